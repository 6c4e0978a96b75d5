import Fluent

/// What a person needs to recognise their own sessions on the sessions page (issue 16): when each
/// began, from which browser and address.
struct AddSessionDetails: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one per ALTER TABLE.
        try await database.schema("sessions").field("created_at", .datetime).update()
        try await database.schema("sessions").field("user_agent", .string).update()
        try await database.schema("sessions").field("ip", .string).update()
    }

    func revert(on database: any Database) async throws {
        for column in ["created_at", "user_agent", "ip"] {
            try await database.schema("sessions").deleteField(.string(column)).update()
        }
    }
}
