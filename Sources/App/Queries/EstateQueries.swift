import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Read-only estate lists for pages and the API.
enum EstateQueries {
    struct Row: Decodable, Sendable {
        let id: UUID
        let code: String
        let name_th: String
        let name_en: String
        let province_code: Int
        let province_th: String
        let province_en: String
        let operator_kind: String
        let programme_year: Int?
        let is_active: Bool

        /// Column by column: every page with an estate filter reads all the estates.
        init(row: any SQLRow) throws {
            id = try row.decodeID(column: "id")
            code = try row.decode(column: "code", as: String.self)
            name_th = try row.decode(column: "name_th", as: String.self)
            name_en = try row.decode(column: "name_en", as: String.self)
            province_code = try row.decode(column: "province_code", as: Int.self)
            province_th = try row.decode(column: "province_th", as: String.self)
            province_en = try row.decode(column: "province_en", as: String.self)
            operator_kind = try row.decode(column: "operator_kind", as: String.self)
            programme_year = try row.decode(column: "programme_year", as: Int?.self)
            is_active = try row.decode(column: "is_active", as: Bool.self)
        }
    }

    /// Active estates with their province, those in the programme first (by the year they joined).
    static func all(on database: any Database, programmeOnly: Bool = false) async throws -> [Row] {
        let sql = database.sql
        var query = sql.select()
            .column(SQLColumn("id", table: "e")).column(SQLColumn("code", table: "e"))
            .column(SQLColumn("name_th", table: "e")).column(SQLColumn("name_en", table: "e"))
            .column(SQLColumn("province_code", table: "e"))
            .column(SQLColumn("name_th", table: "p"), as: "province_th")
            .column(SQLColumn("name_en", table: "p"), as: "province_en")
            .column(SQLColumn("operator", table: "e"), as: "operator_kind")
            .column(SQLColumn("programme_year", table: "e")).column(SQLColumn("is_active", table: "e"))
            .from(Estate.schema, as: "e")
            .join(
                "provinces",
                as: "p",
                on: SQLColumn("province_code", table: "e"),
                equals: SQLColumn("code", table: "p")
            )
            .where(SQLColumn("is_active", table: "e"), .equal, SQLLiteral.boolean(true))
        if programmeOnly {
            query = query.where(SQLColumn("programme_year", table: "e"), .isNot, SQLLiteral.null)
        }
        return
            try await query
            // Programme estates first, then the rest; `programme_year IS NULL` sorts false (0) before true.
            .orderBy(SQLBinaryExpression(SQLColumn("programme_year", table: "e"), .is, SQLLiteral.null))
            .orderBy(SQLColumn("programme_year", table: "e"))
            .orderBy(SQLColumn("code", table: "e"))
            .all().map(Row.init(row:))
    }
}
