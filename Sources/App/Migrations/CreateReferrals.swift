import Fluent
import SQLKit

/// Referrals of people to partner banks.
struct CreateReferrals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Referral.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("participant_id", .uuid, .required, .references(Participant.schema, "id"))
            .field("estate_id", .uuid, .required, .references(Estate.schema, "id"))
            .field("bank_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("purpose", .string, .required)
            .field("amount_sought_satang", .int64, .required)
            .field("referred_on", .string, .required)
            .field("notes", .string)
            .field("referred_by", .uuid)
            .create()
        let sql = database.sql
        try await sql.create(index: "referrals_bank").on(Referral.schema).column("bank_id").column("referred_on").run()
        try await sql.create(index: "referrals_estate").on(Referral.schema).column("estate_id").column("referred_on")
            .run()
        try await sql.create(index: "referrals_participant").on(Referral.schema).column("participant_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Referral.schema).delete()
    }
}
