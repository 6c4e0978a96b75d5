import Fluent

/// PostgreSQL's figure-store triggers mark inserted rows once per statement, from the statement's
/// transition table, instead of once per row (issue 15): a `COPY` of a million people had paid a
/// PL/pgSQL call and a one-row insert for each of them. Updates and deletes keep their row
/// triggers (they mark the old and the new owner). SQLite's triggers run inside the engine and
/// stay as they are.
struct MarkInsertsPerStatement: AsyncMigration {
    static var watches: [CreateFigureStore.Watch] { CreateFigureStore.watches + WatchMentoringForFigures.watches }

    func prepare(on database: any Database) async throws {
        try await rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        try await rebuild(insertsPerStatement: false, on: database)
    }

    /// Drops and recreates every watch's triggers in one transaction, so no write goes unmarked
    /// in between.
    private func rebuild(insertsPerStatement: Bool = true, on database: any Database) async throws {
        guard !database.isSQLite else { return }
        try await database.transaction { database in
            try await CreateFigureStore.dropTriggers(Self.watches, on: database)
            try await CreateFigureStore.createTriggers(
                Self.watches,
                insertsPerStatement: insertsPerStatement,
                on: database
            )
        }
    }
}
