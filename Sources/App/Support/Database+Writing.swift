import Fluent
import SQLKit

extension Database {
    /// A transaction that writes: every service's changes go through here.
    ///
    /// On SQLite (one server's own file) write transactions queue inside the process. Two begun
    /// together would both read, and the second to write would find its snapshot stale, which SQLite
    /// refuses (`SQLITE_BUSY_SNAPSHOT`) rather than waits for: a 500 for whoever clicked second.
    /// On PostgreSQL it is an ordinary transaction; where a check must hold across app servers the
    /// service locks what it checks (`lock(key:)`, `SELECT … FOR UPDATE`).
    func writing<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        if inTransaction { return try await body(self) }
        guard isSQLite else { return try await transaction(body) }
        return try await SQLiteWrites.gate.run {
            try await self.transaction { db in
                // Fluent opens SQLite transactions DEFERRED: the write lock is only asked for at the
                // first write, after the reads, and any write committed in between (a session, a
                // sign-in record) leaves the snapshot stale. IMMEDIATE takes the lock first.
                let sql = db.sql
                try await sql.raw("COMMIT TRANSACTION").run()
                try await sql.raw("BEGIN IMMEDIATE TRANSACTION").run()
                return try await body(db)
            }
        }
    }

    /// Inside a transaction on PostgreSQL, waits for and holds a lock named `key` until the
    /// transaction ends, on every app server. On SQLite `writing` already runs one at a time.
    func lock(key: String) async throws {
        guard !isSQLite else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(hashtextextended(\(bind: key), 0))").run()
    }

    var isSQLite: Bool { sql.dialect.name == "sqlite" }

    /// The same database as SQLKit sees it, for lists, reports and bulk paths. Both drivers Sanfan
    /// runs on (SQLite and PostgreSQL) are SQL databases: this is the one place that says so.
    var sql: any SQLDatabase {
        guard let sql = self as? any SQLDatabase else {
            preconditionFailure("Sanfan runs only on SQL databases (SQLite, PostgreSQL)")
        }
        return sql
    }
}

enum SQLiteWrites {
    static let gate = SerialGate()
}
