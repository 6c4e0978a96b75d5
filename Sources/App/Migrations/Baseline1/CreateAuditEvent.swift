import Fluent
import SQLKit

struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_username", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
        let sql = database.sql
        // The admin page filters by date, user and record, newest first.
        try await sql.create(index: "audit_events_at").on(AuditEvent.schema).column("at").column("id").run()
        try await sql.create(index: "audit_events_actor").on(AuditEvent.schema).column("actor_id").column("at").run()
        try await sql.create(index: "audit_events_entity").on(AuditEvent.schema).column("entity").column("entity_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema).delete()
    }
}
