import Fluent
import SQLKit

/// Consent history (append-only) and the current shares it implies.
struct CreateConsent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Consent.schema)
            .id()
            .field("created_at", .datetime)
            .field("participant_id", .uuid, .required, .references(Participant.schema, "id", onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("recipient_id", .uuid, .references(Organisation.schema, "id"))
            .field("granted", .bool, .required)
            .field("text_version", .string, .required)
            .field("given_on", .string, .required)
            .field("channel", .string, .required)
            .field("recorded_by", .uuid)
            .field("recorded_by_name", .string, .required)
            .create()
        try await database.schema("participant_shares")
            .field("participant_id", .uuid, .required, .references(Participant.schema, "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .compositeIdentifier(over: "organisation_id", "participant_id")
            .create()
        let sql = database.sql
        try await sql.create(index: "consents_participant").on(Consent.schema).column("participant_id")
            .column("created_at").run()
        try await sql.create(index: "participant_shares_participant").on("participant_shares").column("participant_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("participant_shares").delete()
        try await database.schema(Consent.schema).delete()
    }
}
