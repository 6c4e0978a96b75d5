import Fluent
import SQLKit

/// Sheets uploaded for import (issue 15) and, on each consent an import recorded, the import it
/// came from. An upload is kept with its mapping until it is committed, so the officer can check
/// it, change the mapping and commit without sending the file again.
struct CreateImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SheetImport.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("kind", .string, .required)
            .field("estate_id", .uuid, .required, .references(Estate.schema, "id"))
            .field("created_by", .uuid, .references(User.schema, "id"))
            .field("file_name", .string, .required)
            .field("encoding", .string)
            .field("content", .data, .required)
            .field("mapping", .string)
            .field("status", .string, .required)
            .field("rows_read", .int, .required)
            .field("rows_created", .int, .required)
            .field("committed_at", .datetime)
            .create()
        try await database.sql.create(index: "imports_estate").on(SheetImport.schema).column("estate_id")
            .column("created_at").run()
        try await database.schema(Consent.schema).field("import_id", .uuid, .references(SheetImport.schema, "id"))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Consent.schema).deleteField("import_id").update()
        try await database.schema(SheetImport.schema).delete()
    }
}
