import Fluent
import FluentSQLiteDriver
import SQLKit
import Vapor

/// Settings for each SQLite connection, which SQLite keeps per connection and the driver offers no
/// hook for: the pool holds one connection per event loop for the life of the app, so each is
/// set once at start-up, through that loop's pool.
///
/// - `mmap_size`: reads map the file instead of copying each page through `read(2)` into the
///   connection's page cache (a profile of the cycle page spent a tenth of its time in that copy).
/// - `cache_size`: 64 MiB per connection rather than SQLite's 2 MiB, so an index walked on every
///   request stays in the connection.
/// - `temp_store`: sorts and materialised subqueries in memory.
enum SQLiteTuning {
    /// SQLite's own ceiling (`SQLITE_MAX_MMAP_SIZE`): the first 2 GiB of the file.
    static let mmapBytes = 0x7fff_0000
    static let cacheKiB = 65_536

    static let pragmas = [
        "PRAGMA mmap_size = \(mmapBytes)",
        "PRAGMA cache_size = -\(cacheKiB)",
        "PRAGMA temp_store = MEMORY",
    ]

    static func apply(_ app: Application) async throws {
        for id in [nil, DatabaseID.jobs] where id == nil || app.databases.ids().contains(.jobs) {
            for loop in app.eventLoopGroup.makeIterator() {
                guard let database = app.databases.database(id, logger: app.logger, on: loop) else { continue }
                for pragma in pragmas { _ = try await database.sql.raw(SQLQueryString(pragma)).all() }
            }
        }
    }
}

extension DatabaseID {
    /// The embedded database's second pool, for background jobs (`ImportWorker`).
    static let jobs = DatabaseID(string: "jobs")
}

extension Application {
    /// Where background jobs run their long transactions: the jobs pool when the database is an
    /// embedded file, else the app's own (PostgreSQL's pools hold several connections per loop;
    /// an in-memory test database is one database only through its own pool).
    var jobsDatabase: any Database {
        databases.ids().contains(.jobs) ? db(.jobs) : db
    }
}
