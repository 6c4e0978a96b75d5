import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The registry as an export reads it: a page at a time in id order (the primary key's own order,
/// so each page is an index range, never an offset to skip), within the reader's scope.
enum RegistryExportQueries {
    struct Row: Decodable, Sendable {
        let id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let gender: String
        let birth_date: String
        let phone: String?
        let education_level: String
        let created_at: Date?
        let estate_name: String
        let community_name: String?
        let subdistrict: String?
        let district: String?
        let province: String?
    }

    static func page(
        after: UUID?,
        scope: RecordScope,
        thai: Bool,
        limit: Int,
        on database: any Database
    ) async throws -> [Row] {
        let names = thai ? "name_th" : "name_en"
        var query = database.sql.select()
            .columns(
                [
                    "id", "prefix", "first_name_th", "last_name_th", "gender", "birth_date", "phone", "education_level",
                    "created_at",
                ]
                .map { SQLColumn($0, table: "p") }
            )
            .column(SQLColumn(names, table: "e"), as: "estate_name")
            .column(SQLColumn("name_th", table: "c"), as: "community_name")
            .column(SQLColumn(names, table: "s"), as: "subdistrict")
            .column(SQLColumn(names, table: "d"), as: "district")
            .column(SQLColumn(names, table: "pr"), as: "province")
            .from(Participant.schema, as: "p")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "p"), equals: SQLColumn("id", table: "e"))
            .join(
                Community.schema,
                as: "c",
                method: SQLJoinMethod.left,
                on: SQLColumn("community_id", table: "p"),
                equals: SQLColumn("id", table: "c")
            )
            .join(
                "subdistricts",
                as: "s",
                method: SQLJoinMethod.left,
                on: SQLColumn("subdistrict_code", table: "p"),
                equals: SQLColumn("code", table: "s")
            )
            .join(
                "districts",
                as: "d",
                method: SQLJoinMethod.left,
                on: SQLColumn("district_code", table: "s"),
                equals: SQLColumn("code", table: "d")
            )
            .join(
                "provinces",
                as: "pr",
                method: SQLJoinMethod.left,
                on: SQLColumn("province_code", table: "s"),
                equals: SQLColumn("code", table: "pr")
            )
            .whereParticipants(in: scope)
        if let after { query = query.where(SQLColumn("id", table: "p"), .greaterThan, SQLBind(after)) }
        return try await query.orderBy(SQLColumn("id", table: "p")).limit(limit).all(decoding: Row.self)
    }
}
