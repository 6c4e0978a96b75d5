import Fluent
import SQLKit

/// Browser sessions live in the database so any app server can serve any request.
struct CreateSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field("key_digest", .string, .identifier(auto: false))
            .field("data", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("touched_at", .datetime, .required)
            .create()
        try await database.sql.create(index: "sessions_expires").on("sessions")
            .column("expires_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").delete()
    }
}
