import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The registry as an export reads it: a page at a time in id order (the primary key's own order,
/// so each page is an index range, never an offset to skip), within the reader's scope. A page reads
/// the person's own row only; the names of estates, communities and addresses (a few thousand) are
/// read once per export (`Names`), not joined to each of a million rows.
enum RegistryExportQueries {
    struct Row: Sendable {
        let id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let gender: String
        let birth_date: String
        let phone: String?
        let education_level: String
        let created_at: Date?
        let estate_id: UUID
        let community_id: UUID?
        let subdistrict_code: Int?
    }

    /// Names in the export's language.
    struct Names: Sendable {
        var estates: [UUID: String] = [:]
        var communities: [UUID: String] = [:]
        /// Subdistrict, district and province, by subdistrict code.
        var addresses: [Int: (subdistrict: String, district: String, province: String)] = [:]
    }

    private struct Named: Decodable {
        let id: UUID
        let name: String
    }

    private struct Address: Decodable {
        let code: Int
        let subdistrict: String
        let district: String?
        let province: String?
    }

    static func names(thai: Bool, on database: any Database) async throws -> Names {
        let column = thai ? "name_th" : "name_en"
        let sql = database.sql
        var names = Names()
        for row in try await sql.raw("SELECT id, \(unsafeRaw: column) AS name FROM estates").all(decoding: Named.self) {
            names.estates[row.id] = row.name
        }
        // Communities have Thai names only.
        for row in try await sql.raw("SELECT id, name_th AS name FROM communities").all(decoding: Named.self) {
            names.communities[row.id] = row.name
        }
        let addresses = try await sql.raw(
            """
            SELECT s.code, s.\(unsafeRaw: column) AS subdistrict, d.\(unsafeRaw: column) AS district, \
            pr.\(unsafeRaw: column) AS province FROM subdistricts s LEFT JOIN districts d ON d.code = s.district_code \
            LEFT JOIN provinces pr ON pr.code = s.province_code
            """
        ).all(decoding: Address.self)
        for row in addresses {
            names.addresses[row.code] = (row.subdistrict, row.district ?? "", row.province ?? "")
        }
        return names
    }

    static let columns = [
        "id", "prefix", "first_name_th", "last_name_th", "gender", "birth_date", "phone", "education_level",
        "created_at", "estate_id", "community_id", "subdistrict_code",
    ]

    static func page(
        after: UUID?,
        scope: RecordScope,
        limit: Int,
        on database: any Database
    ) async throws -> [Row] {
        var query = database.sql.select()
            .columns(columns.map { SQLColumn($0, table: "p") })
            .from(Participant.schema, as: "p")
            .whereParticipants(in: scope)
        if let after { query = query.where(SQLColumn("id", table: "p"), .greaterThan, SQLBind(after)) }
        // Read column by column rather than through `Decodable`: a million rows are read here.
        return try await query.orderBy(SQLColumn("id", table: "p")).limit(limit).all().map { row in
            Row(
                id: try row.decode(column: "id", as: UUID.self),
                prefix: try row.decode(column: "prefix", as: String.self),
                first_name_th: try row.decode(column: "first_name_th", as: String.self),
                last_name_th: try row.decode(column: "last_name_th", as: String.self),
                gender: try row.decode(column: "gender", as: String.self),
                birth_date: try row.decode(column: "birth_date", as: String.self),
                phone: try row.decode(column: "phone", as: String?.self),
                education_level: try row.decode(column: "education_level", as: String.self),
                created_at: try row.decode(column: "created_at", as: Date?.self),
                estate_id: try row.decode(column: "estate_id", as: UUID.self),
                community_id: try row.decode(column: "community_id", as: UUID?.self),
                subdistrict_code: try row.decode(column: "subdistrict_code", as: Int?.self)
            )
        }
    }
}
