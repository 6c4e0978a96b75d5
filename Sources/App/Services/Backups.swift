import Fluent
import Foundation
import SQLKit
import SQLiteKit
import SanfanCore

/// Copies of the embedded database, made while the server runs, and their restore (issue 16).
///
/// A copy is written by `VACUUM INTO`: one read transaction, so in WAL mode the app servers keep
/// reading and writing while it runs, and the copy is the database as of one moment (never half a
/// transaction). Every copy is checked before it is called good, and before it is restored:
/// - SQLite's own `integrity_check` answers `ok`;
/// - it is Sanfan's (its migrations table and registry are there);
/// - a sample of its sealed national IDs opens with the key present. The key is not in the
///   database (docs/operations.md says how to keep it), and a registry whose IDs nobody can read
///   is not a backup: `restore` refuses it rather than start a server on it.
enum Backups {
    struct Report: Sendable, Equatable {
        let bytes: Int
        let people: Int
        let migrations: Int
        let certificates: Int
        /// Sealed IDs opened with the key present (a random sample, at most `sample`).
        let idsOpened: Int
    }

    /// Sealed IDs tried per check: enough that a wrong key cannot pass by chance, few enough to
    /// take a moment at a million people.
    static let sample = 50

    enum Refusal: Error, Equatable, CustomStringConvertible {
        case postgres
        case exists(String)
        case missing(String)
        case damaged(String)
        case notSanfan
        case idsDoNotOpen(failed: Int, of: Int)
        case notEmpty(String)
        case signingKeyMissing(certificates: Int)
        /// The file is a live database (its write-ahead log beside it holds committed changes).
        case live(String)
        case noDatabase

        var description: String {
            switch self {
            case .postgres:
                "PostgreSQL is backed up with pg_dump and restored with pg_restore (docs/operations.md, "
                    + "scripts/pg-backup.sh and scripts/pg-restore.sh); this command copies the embedded database"
            case .exists(let path): "\(path) exists already: choose a new file, nothing was overwritten"
            case .missing(let path): "\(path) does not exist or cannot be read"
            case .damaged(let answer): "the copy is damaged (SQLite's integrity check: \(answer))"
            case .notSanfan: "the file is an SQLite database but not Sanfan's (no migrations or registry tables)"
            case .idsDoNotOpen(let failed, let of):
                "\(failed) of \(of) sampled national IDs cannot be opened with the key present: restore the "
                    + "national-ID key the backup was made with (data/keys/national-id.key or SANFAN_ID_KEY) first"
            case .notEmpty(let path):
                "\(path) already holds a database: restore only into an empty data folder"
            case .signingKeyMissing(let certificates):
                "the backup holds \(certificates) certificates but the credential signing key file is missing: restore "
                    + "data/keys/credential-signing.json (or SANFAN_SIGNING_KEY_FILE) first, or they stop verifying"
            case .live(let path):
                "\(path) is a live database (its write-ahead log \(path)-wal is beside it): copy it with `sanfan backup`"
            case .noDatabase:
                "there is no database here to work on (check SANFAN_DATA_DIR or DATABASE_URL)"
            }
        }
    }

    /// Writes a consistent copy of the live embedded database to `path`, checks it, and reports it.
    /// A copy that fails its check is removed.
    static func backUp(_ database: any Database, to given: String, vault: NationalIDVault) async throws -> Report {
        guard database.isSQLite else { throw Refusal.postgres }
        // An absolute path, so SQLite never reads the name as a `file:` URI and writes elsewhere.
        let path = URL(fileURLWithPath: given).standardizedFileURL.path
        guard (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) == nil,
            !FileManager.default.fileExists(atPath: path)
        else { throw Refusal.exists(path) }
        guard try await count(database.sql, "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'participants'") == 1
        else { throw Refusal.noDatabase }
        // Made empty first, readable by its owner only: it holds everyone's record. VACUUM INTO
        // writes into an empty file.
        guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        else { throw Refusal.missing(path) }
        do {
            try await database.sql.raw("VACUUM INTO \(bind: path)").run()
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        do {
            return try await check(file: path, vault: vault)
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Checks a copy on its own connection: integrity, Sanfan's tables, and the sample of IDs.
    static func check(file path: String, vault: NationalIDVault) async throws -> Report {
        guard FileManager.default.isReadableFile(atPath: path),
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        else { throw Refusal.missing(path) }
        let connection = try await SQLiteConnection.open(storage: .file(path: path)).get()
        do {
            let report = try await check(connection, bytes: bytes, vault: vault)
            try await connection.close()
            return report
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func check(_ connection: SQLiteConnection, bytes: Int, vault: NationalIDVault) async throws -> Report
    {
        let sql = connection.sql()
        // A file that is not SQLite at all fails the first statement: that is damage too.
        let answers: [String]
        do {
            answers = try await sql.raw("PRAGMA integrity_check").all().map {
                try $0.decode(column: "integrity_check", as: String.self)
            }
        } catch {
            throw Refusal.damaged(String(describing: error))
        }
        guard answers == ["ok"] else { throw Refusal.damaged(answers.prefix(3).joined(separator: "; ")) }
        let tables = try await count(
            sql,
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('_fluent_migrations', 'participants')"
        )
        guard tables == 2 else { throw Refusal.notSanfan }
        let opened = try await openSample(sql, vault: vault)
        return Report(
            bytes: bytes,
            people: try await count(sql, "SELECT COUNT(*) AS n FROM participants"),
            migrations: try await count(sql, "SELECT COUNT(*) AS n FROM _fluent_migrations"),
            // (A backup from before certificates existed has no such table.)
            certificates: try await count(sql, "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'certificates'")
                == 1
                ? try await count(sql, "SELECT COUNT(*) AS n FROM certificates") : 0,
            idsOpened: opened
        )
    }

    /// Opens a random sample of the database's sealed national IDs with the key present; throws
    /// when any fails. On either database: after `pg_restore`, `sanfan check-keys` runs it.
    static func openSample(_ sql: any SQLDatabase, vault: NationalIDVault) async throws -> Int {
        let sealed = try await sql.raw(
            """
            SELECT national_id_sealed AS s FROM participants WHERE national_id_sealed IS NOT NULL \
            ORDER BY random() LIMIT \(literal: sample)
            """
        ).all().map { try $0.decode(column: "s", as: String.self) }
        let failed = sealed.filter { (try? vault.open($0)) == nil }.count
        guard failed == 0 else { throw Refusal.idsDoNotOpen(failed: failed, of: sealed.count) }
        return sealed.count
    }

    static func count(_ sql: any SQLDatabase, _ query: String) async throws -> Int {
        try await sql.raw(SQLQueryString(query)).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Puts a checked copy in place as the data folder's database. `live` is the (empty) database
    /// this command opened at start; it is closed (`shutdown`) before its file is replaced.
    static func restore(
        file: String,
        to databasePath: String,
        live: any Database,
        vault: NationalIDVault,
        signingKeyMadeNow: Bool,
        shutdown: () async -> Void
    ) async throws -> Report {
        let tables = try await count(live.sql, "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'")
        guard tables == 0 else { throw Refusal.notEmpty(databasePath) }
        // A database in use keeps committed pages in its log: the main file alone is not all of it.
        let log = (try? FileManager.default.attributesOfItem(atPath: file + "-wal"))?[.size] as? Int ?? 0
        guard log == 0 else { throw Refusal.live(file) }
        let report = try await check(file: file, vault: vault)
        if signingKeyMadeNow, report.certificates > 0 {
            throw Refusal.signingKeyMissing(certificates: report.certificates)
        }
        await shutdown()
        // Copied beside the target and renamed over it, so a failed copy leaves no half database.
        let partial = databasePath + ".restoring"
        try? FileManager.default.removeItem(atPath: partial)
        try FileManager.default.copyItem(atPath: file, toPath: partial)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
        try FileManager.default.moveItem(atPath: partial, toPath: databasePath)
        return report
    }
}
