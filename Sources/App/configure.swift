import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// The composition root: settings, database, sessions, middleware, migrations, commands and routes.
public func configure(_ app: Application, settings: Settings, clock: Clock = .live) async throws {
    let key = try NationalIDKeyStore.load(settings)
    app.sanfan = Sanfan(
        settings: settings,
        clock: clock,
        passwords: try PasswordHasher(cost: settings.bcryptCost),
        vault: key.vault,
        generatedKeyFile: key.generatedFile,
        signing: try CredentialKeys.load(settings, now: clock.now())
    )

    switch settings.database {
    case .sqliteFile(let path):
        try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
        app.databases.use(.sqlite(.file(path)), as: .sqlite)
        // Background jobs (a sheet's import) hold a connection for a whole transaction: a pool of
        // their own, so the request pools' one connection per loop keeps answering pages meanwhile.
        app.databases.use(.sqlite(.file(path)), as: .jobs, isDefault: false)
    case .sqliteMemory:
        app.databases.use(.sqlite(.memory), as: .sqlite)
    case .postgres(let url):
        // PostgreSQL answers queries concurrently, so each event loop keeps several connections
        // (SQLite's driver keeps one per loop, its calls running on the thread pool).
        app.databases.use(
            try .postgres(url: url, maxConnectionsPerEventLoop: settings.postgresConnectionsPerLoop),
            as: .psql
        )
    }
    for migration in Migrations.all { app.migrations.add(migration) }
    if case .sqliteFile = settings.database {
        // WAL lets readers carry on while a writer commits; it is a property of the file and persists.
        _ = try await app.db.sql.raw("PRAGMA journal_mode=WAL").all()
    }
    if case .postgres = settings.database {} else { try await SQLiteTuning.apply(app) }

    app.routes.defaultMaxBodySize = ByteCount(value: settings.maxBodyBytes)
    app.sessions.use { app in
        DatabaseSessions(idleTimeout: app.sanfan.settings.sessionIdleTimeout, clock: app.sanfan.clock)
    }
    app.sessions.configuration = SessionsConfiguration(cookieName: SessionCookie.name) { id in
        HTTPCookies.Value(
            string: id.string,
            expires: nil,
            maxAge: nil,
            path: "/",
            isSecure: settings.secureCookies,
            isHTTPOnly: true,
            sameSite: .lax
        )
    }

    // Order matters: headers wrap everything; errors become pages or JSON inside them; static files
    // are served before any session is read.
    app.middleware = Middlewares()
    if settings.countStatements { app.middleware.use(StatementCounter()) }
    app.middleware.use(RequestLog())
    app.middleware.use(SecurityHeaders())
    app.middleware.use(ErrorResponder())
    app.middleware.use(URILimit())
    app.middleware.use(BodyLimit(maxBytes: settings.maxBodyBytes))
    app.middleware.use(PublicFiles(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(CurrentUser())

    let vaporServe = await app.servers.asyncCommand
    app.asyncCommands.use(SanfanServeCommand(vaporServe: vaporServe), as: "serve", isDefault: true)
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(KeysCommand(), as: "keys")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(CheckKeysCommand(), as: "check-keys")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ImportCommand(), as: "import-people")
    app.asyncCommands.use(BenchImportSheetCommand(), as: "bench-import-sheet")
    app.asyncCommands.use(BenchCommand(), as: "bench")
    app.asyncCommands.use(BenchCertificatesCommand(), as: "bench-certificates")
    app.asyncCommands.use(BenchDashboardCommand(), as: "bench-dashboard")

    try routes(app)
}
