import Fluent
import SQLKit

/// The duplicate review (issue 15): the pairs the last scan found, the pairs an officer said are
/// two different people, and each merge with what it needs to be undone exactly.
struct CreateDuplicateReview: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // Rebuilt whole by each scan. The estates are copied in so a reader's scope is a plain filter.
        try await database.schema("duplicate_pairs")
            .id()
            .field("person_a", .uuid, .required, .references(Participant.schema, "id"))
            .field("person_b", .uuid, .required, .references(Participant.schema, "id"))
            .field("estate_a", .uuid, .required)
            .field("estate_b", .uuid, .required)
            .field("reason", .string, .required)
            .field("rule", .string)
            .field("found_at", .datetime, .required)
            .unique(on: "person_a", "person_b")
            .create()
        try await database.sql.create(index: "duplicate_pairs_estate_a").on("duplicate_pairs").column("estate_a").run()
        try await database.sql.create(index: "duplicate_pairs_estate_b").on("duplicate_pairs").column("estate_b").run()
        try await database.sql.create(index: "duplicate_pairs_person_b").on("duplicate_pairs").column("person_b").run()
        // No foreign keys: a dismissal outlives a later merge of either person, harmlessly.
        try await database.schema("duplicate_dismissals")
            .id()
            .field("person_a", .uuid, .required)
            .field("person_b", .uuid, .required)
            .field("dismissed_by", .uuid)
            .field("dismissed_at", .datetime, .required)
            .unique(on: "person_a", "person_b")
            .create()
        try await database.schema("person_merges")
            .id()
            // No foreign key: the kept person may later be merged into someone else (this merge
            // then waits, not undoable, until that one is undone).
            .field("kept_id", .uuid, .required)
            .field("removed_id", .uuid, .required)
            .field("removed_estate_id", .uuid, .required)
            .field("removed_name", .string, .required)
            .field("snapshot", .string, .required)
            .field("merged_by", .uuid)
            .field("merged_at", .datetime, .required)
            .field("undone_by", .uuid)
            .field("undone_at", .datetime)
            .create()
        try await database.sql.create(index: "person_merges_kept").on("person_merges").column("kept_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("person_merges").delete()
        try await database.schema("duplicate_dismissals").delete()
        try await database.schema("duplicate_pairs").delete()
    }
}
