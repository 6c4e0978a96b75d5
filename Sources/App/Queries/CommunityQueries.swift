import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Communities of the estates a user may reach.
enum CommunityQueries {
    struct Row: Decodable, Sendable {
        let id: UUID
        let name_th: String
        let households: Int?
        let estate_id: UUID
        let estate_name_th: String
        let estate_name_en: String
        let subdistrict_th: String
        let district_th: String
        let people: Int
    }

    struct Choice: Decodable, Sendable {
        let id: UUID
        let name_th: String
        let estate_id: UUID
        let estate_name_th: String
        let estate_name_en: String

        /// Column by column: the registry's filter reads every community in reach on each page.
        init(row: any SQLRow) throws {
            id = try row.decodeID(column: "id")
            name_th = try row.decode(column: "name_th", as: String.self)
            estate_id = try row.decodeID(column: "estate_id")
            estate_name_th = try row.decode(column: "estate_name_th", as: String.self)
            estate_name_en = try row.decode(column: "estate_name_en", as: String.self)
        }
    }

    /// One community by id, only if its estate is in `scope`.
    static func find(_ id: UUID, scope: RecordScope, on database: any Database) async throws -> Community? {
        let query = Community.query(on: database).filter(\.$id == id)
        switch scope {
        case .everything: break
        case .estates(let ids): query.filter(\.$estate.$id ~~ ids)
        case .sharedWith, .nothing: return nil
        }
        return try await query.first()
    }

    /// Whether an estate already has a community of this name (other than `except`).
    static func nameTaken(
        _ name: String,
        estate: UUID,
        except id: UUID?,
        on database: any Database
    ) async throws
        -> Bool
    {
        try await Community.query(on: database).filter(\.$estate.$id == estate).filter(\.$nameTh == name)
            .filter(\.$id != (id ?? UUID())).count() > 0
    }

    /// Names only, for pickers and filters: no counting, so it stays cheap beside a million people.
    static func choices(scope: RecordScope, on database: any Database) async throws -> [Choice] {
        try await database.sql.select()
            .column(SQLColumn("id", table: "c")).column(SQLColumn("name_th", table: "c"))
            .column(SQLColumn("estate_id", table: "c"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .from(Community.schema, as: "c")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "c"), equals: SQLColumn("id", table: "e"))
            .whereEstates(in: scope, column: SQLColumn("estate_id", table: "c"))
            .orderBy(SQLColumn("name_th", table: "e")).orderBy(SQLColumn("name_th", table: "c"))
            .all().map(Choice.init(row:))
    }

    /// The communities page, with how many people each has (counted from the community index).
    static func list(scope: RecordScope, on database: any Database) async throws -> [Row] {
        let sql = database.sql
        var query = sql.select()
            .column(SQLColumn("id", table: "c")).column(SQLColumn("name_th", table: "c"))
            .column(SQLColumn("households", table: "c")).column(SQLColumn("estate_id", table: "c"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("name_th", table: "s"), as: "subdistrict_th")
            .column(SQLColumn("name_th", table: "d"), as: "district_th")
            .column(
                SQLGroupExpression(
                    SQLQueryString("SELECT COUNT(*) FROM participants p WHERE p.community_id = c.id")
                ),
                as: "people"
            )
            .from(Community.schema, as: "c")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "c"), equals: SQLColumn("id", table: "e"))
            .join(
                "subdistricts",
                as: "s",
                on: SQLColumn("subdistrict_code", table: "c"),
                equals: SQLColumn("code", table: "s")
            )
            .join(
                "districts",
                as: "d",
                on: SQLColumn("district_code", table: "s"),
                equals: SQLColumn("code", table: "d")
            )
        query = query.whereEstates(in: scope, column: SQLColumn("estate_id", table: "c"))
        return try await query.orderBy(SQLColumn("name_th", table: "e")).orderBy(SQLColumn("name_th", table: "c"))
            .all(decoding: Row.self)
    }
}
