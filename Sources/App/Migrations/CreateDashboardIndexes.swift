import Fluent
import SQLKit

/// Two covering indexes for the dashboard (issue 13). The figures join each counted record to its
/// person for gender, age group, home province and community: read from the table, that is a
/// random read per record in a file of gigabytes at a million people; read from an index holding
/// just those columns, it is a lookup in a few tens of megabytes. Registrations in a fiscal year are
/// counted by estate from the second, without touching the table at all.
struct CreateDashboardIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(index: "participants_figures").on(Participant.schema)
            .column("id").column("gender").column("birth_date").column("subdistrict_code").column("community_id")
            .run()
        try await sql.create(index: "participants_registrations").on(Participant.schema)
            .column("estate_id").column("created_at").column("gender").column("birth_date").column("subdistrict_code")
            .run()
        // The second begins with the columns of this one, which it replaces.
        try await sql.drop(index: "participants_estate_created").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(index: "participants_estate_created").on(Participant.schema)
            .column("estate_id").column("created_at").run()
        try await sql.drop(index: "participants_registrations").run()
        try await sql.drop(index: "participants_figures").run()
    }
}
