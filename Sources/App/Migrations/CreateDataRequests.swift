import Fluent
import SQLKit

/// The register of people's requests under the PDPA (issue 16).
struct CreateDataRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(DataRequest.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("participant_id", .uuid, .required, .references(Participant.schema, "id"))
            .field("estate_id", .uuid, .required, .references(Estate.schema, "id"))
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("received_on", .string, .required)
            .field("due_on", .string, .required)
            .field("identity_check", .string, .required)
            .field("details", .string)
            .field("status", .string, .required)
            .field("closed_on", .string)
            .field("outcome", .string)
            .field("recorded_by", .uuid)
            .field("recorded_by_name", .string, .required)
            .create()
        let sql = database.sql
        // The work list: open requests of some estates by deadline.
        try await sql.create(index: "data_requests_work").on(DataRequest.schema).column("status").column("due_on")
            .column("estate_id").run()
        try await sql.create(index: "data_requests_participant").on(DataRequest.schema).column("participant_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DataRequest.schema).delete()
    }
}
