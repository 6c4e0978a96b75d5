import Fluent
import SQLKit

/// The cycle page reads its livelihood columns from the figure store (issue 14), and one of them,
/// people mentored, is counted from a table the store did not watch: attending a mentoring session
/// now marks the person's figures dirty, and the first refresh after this rebuilds the store with
/// the new kinds of facts (`FigureStore.definition` 4).
struct WatchMentoringForFigures: AsyncMigration {
    static let watches = [CreateFigureStore.Watch("mentoring_attendees", columns: ["session_id", "participant_id"])]

    func prepare(on database: any Database) async throws {
        try await CreateFigureStore.createTriggers(Self.watches, on: database)
    }

    func revert(on database: any Database) async throws {
        try await CreateFigureStore.dropTriggers(Self.watches, on: database)
    }
}
