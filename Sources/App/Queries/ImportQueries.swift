import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Uploaded sheets, always within the reader's estates.
enum ImportQueries {
    /// One upload, only if its estate is in `scope`.
    static func find(_ id: UUID, scope: RecordScope, on database: any Database) async throws -> SheetImport? {
        try await database.sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("i")))
            .from(SheetImport.schema, as: "i")
            .where(SQLColumn("id", table: "i"), .equal, SQLBind(id))
            .whereEstates(in: scope, column: SQLColumn("estate_id", table: "i"))
            .first()?.decode(fluentModel: SheetImport.self)
    }

    struct Recent: Sendable {
        let id: UUID
        let fileName: String
        let estateTh: String
        let estateEn: String
        let status: SheetImport.Status
        let rowsRead: Int
        let rowsCreated: Int
        let createdAt: Date?
    }

    /// The latest uploads within `scope`, newest first (without their files).
    static func recent(scope: RecordScope, limit: Int = 20, on database: any Database) async throws -> [Recent] {
        try await database.sql.select()
            .column(SQLColumn("id", table: "i")).column(SQLColumn("file_name", table: "i"))
            .column(SQLColumn("status", table: "i")).column(SQLColumn("rows_read", table: "i"))
            .column(SQLColumn("rows_created", table: "i")).column(SQLColumn("created_at", table: "i"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_en")
            .from(SheetImport.schema, as: "i")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "i"), equals: SQLColumn("id", table: "e"))
            .whereEstates(in: scope, column: SQLColumn("estate_id", table: "i"))
            .orderBy(SQLColumn("created_at", table: "i"), SQLDirection.descending)
            .limit(limit)
            .all()
            .map {
                Recent(
                    id: try $0.decodeID(column: "id"),
                    fileName: try $0.decode(column: "file_name", as: String.self),
                    estateTh: try $0.decode(column: "estate_th", as: String.self),
                    estateEn: try $0.decode(column: "estate_en", as: String.self),
                    status: SheetImport.Status(rawValue: try $0.decode(column: "status", as: String.self)) ?? .checked,
                    rowsRead: try $0.decode(column: "rows_read", as: Int.self),
                    rowsCreated: try $0.decode(column: "rows_created", as: Int.self),
                    createdAt: try $0.decode(column: "created_at", as: Date?.self)
                )
            }
    }
}
