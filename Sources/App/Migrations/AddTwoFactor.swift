import Fluent
import SQLKit

/// Two-factor sign-in (issue 16): each account's sealed TOTP secret and last accepted step, and
/// its single-use recovery codes, kept as digests.
struct AddTwoFactor: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one per ALTER TABLE.
        try await database.schema(User.schema).field("totp_secret_sealed", .string).update()
        try await database.schema(User.schema).field("totp_enabled_at", .datetime).update()
        try await database.schema(User.schema).field("totp_last_step", .int64).update()
        try await database.schema("recovery_codes")
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("code_digest", .string, .required)
            .field("used_at", .datetime)
            .create()
        try await database.sql.create(index: "recovery_codes_user").on("recovery_codes").column("user_id")
            .column("code_digest").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("recovery_codes").delete()
        for column in ["totp_secret_sealed", "totp_enabled_at", "totp_last_step"] {
            try await database.schema(User.schema).deleteField(.string(column)).update()
        }
    }
}
