import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App

/// A clock tests can move: throttling and session expiry depend on time.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_583_366_400)) { current = start }  // 5 Mar 2020, 00:00 UTC

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }

    var clock: Clock { Clock { [self] in self.now } }
}

/// The database the suite runs on: in-memory SQLite by default, PostgreSQL when
/// `SANFAN_TEST_DATABASE_URL` is set (that database is wiped before every test).
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["SANFAN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `file`: a SQLite file (WAL, as `serve` runs it) rather than memory. The tests that race
    /// requests need it: an in-memory database shares one cache between connections, where a
    /// writer locks whole tables and a racing statement fails at once instead of waiting its turn.
    static func settings(file: String? = nil) -> Settings {
        let sqlite: Settings.DatabaseChoice = file.map { .sqliteFile(path: $0) } ?? .sqliteMemory
        var settings = Settings(database: postgresURL.map { .postgres(url: $0) } ?? sqlite)
        settings.bcryptCost = 4  // bcrypt's minimum: the rules are the same, the suite is 100× faster
        settings.nationalIDKey = Data(repeating: 42, count: 32)  // a fixed test key, as production sets SANFAN_ID_KEY
        settings.trustProxy = true  // tests set X-Forwarded-For to act from different addresses
        settings.countStatements = true  // every response says how many SQL statements it ran
        return settings
    }
}

/// A configured app on a fresh database with reference data and the demo accounts.
func withApp(
    clock: TestClock = TestClock(),
    demoAccounts: Bool = true,
    onDisk: Bool = false,
    _ body: (Application, TestClock) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sanfan-test-\(UUID())")
    defer { try? FileManager.default.removeItem(at: directory) }
    var settings = TestDatabase.settings(file: onDisk ? directory.appendingPathComponent("test.sqlite").path : nil)
    settings.dataDirectory = directory.path
    if TestDatabase.postgresURL != nil {
        // As production: PostgreSQL servers share a signing key file made with `sanfan keys rotate`.
        let keyFile = directory.appendingPathComponent("keys/credential-signing.json").path
        _ = try CredentialKeys.rotate(keyFile, now: clock.now)
        settings.signingKeyFile = keyFile
    }
    do {
        try await configure(app, settings: settings, clock: clock.clock)
        if TestDatabase.postgresURL != nil {
            let sql = app.db.sql
            try await sql.raw("DROP SCHEMA public CASCADE").run()
            try await sql.raw("CREATE SCHEMA public").run()
        }
        app.logger.logLevel = .warning
        app.fluent.migrationLogLevel = .debug
        try await app.autoMigrate()
        try await ReferenceData.seed(on: app.db)
        if demoAccounts {
            _ = try await DemoData.createAccounts(
                on: app.db,
                .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
            )
        }
        try await body(app, clock)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Runs every queued import as `ImportWorker` would, one after another; returns how many ran.
@discardableResult
func runQueuedImports(_ app: Application) async throws -> Int {
    var ran = 0
    let deps = Registry.Dependencies(vault: app.sanfan.vault, clock: app.sanfan.clock, bands: .default)
    while let job = try await ImportJobs.claim(now: app.sanfan.clock.now(), on: app.db) {
        try await ImportJobs.run(job, deps: deps, on: app.db)
        ran += 1
    }
    return ran
}
