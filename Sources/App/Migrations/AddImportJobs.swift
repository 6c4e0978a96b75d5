import Fluent
import SQLKit

/// Imports committed in the background (issue 15): a queued commit, the server running it and
/// until when (a lease another server may take over when it lapses), how far it got, how many
/// times it was started, and why it failed when it did.
struct AddImportJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        let fields: [(String, DatabaseSchema.DataType)] = [
            ("mode", .string), ("queued_by", .uuid), ("progress_rows", .int), ("lease_until", .datetime),
            ("attempts", .int), ("started_at", .datetime), ("message", .string), ("update_existing", .bool),
            ("rows_updated", .int),
        ]
        for (name, type) in fields {
            try await database.schema(SheetImport.schema).field(.string(name), type).update()
        }
        try await database.sql.create(index: "imports_status").on(SheetImport.schema).column("status").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "imports_status").run()
        for field in [
            "mode", "queued_by", "progress_rows", "lease_until", "attempts", "started_at", "message", "update_existing",
            "rows_updated",
        ] {
            try await database.schema(SheetImport.schema).deleteField(.string(field)).update()
        }
    }
}
