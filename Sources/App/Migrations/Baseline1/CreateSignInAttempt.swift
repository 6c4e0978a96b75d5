import Fluent
import SQLKit

/// Every sign-in attempt, kept for throttling (in the database, shared by all app servers) and review.
struct CreateSignInAttempt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sign_in_attempts")
            .id()
            .field("at", .datetime, .required)
            .field("username", .string, .required)
            .field("ip", .string, .required)
            .field("outcome", .string, .required)
            .field("channel", .string, .required)
            .create()
        let sql = database.sql
        try await sql.create(index: "sign_in_attempts_username").on("sign_in_attempts").column("username")
            .column("at").run()
        try await sql.create(index: "sign_in_attempts_ip").on("sign_in_attempts").column("ip").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sign_in_attempts").delete()
    }
}
