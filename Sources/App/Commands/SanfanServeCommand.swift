import ConsoleKit
import Fluent
import SQLKit
import Vapor

/// `sanfan serve [--demo] [--hostname H] [--port P]`: prepares the database, then hands over to
/// Vapor's own server command.
///
/// The embedded database is migrated and given its reference data automatically, so the first run
/// needs nothing. PostgreSQL is migrated only by `sanfan migrate`, run once per release, because
/// several app servers starting together must not race to change the schema.
struct SanfanServeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "demo", help: "Load reference data and the demo accounts into an empty database.")
        var demo: Bool
        @Option(name: "hostname", short: "H", help: "The address to listen on (default 127.0.0.1).")
        var hostname: String?
        @Option(name: "port", short: "p", help: "The port to listen on (default 8080).")
        var port: Int?
    }

    let vaporServe: Vapor.ServeCommand

    var help: String { "Starts the Sanfan web server." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        if app.sanfan.settings.database.isEmbedded {
            try await app.autoMigrate()
            try await ReferenceData.seed(on: app.db)
            // Statistics for any index that has none yet (a migration may just have added one), so
            // SQLite's planner keeps choosing the list's own index; cheap when nothing changed.
            try await app.db.sql.raw("PRAGMA optimize=0x10002").run()
        }
        try await NationalIDKeyStore.verify(app.sanfan.generatedKeyFile, on: app.db)
        try await CredentialKeys.verify(app.sanfan.signing, on: app.db)
        try await DatabaseSessions.purgeExpired(on: app.db, now: app.sanfan.clock.now())
        if signature.demo {
            // The demo accounts share one published password: asking them for a second step
            // would only get in the way of trying the system. Real servers require it.
            app.sanfan.settings.requireTwoFactor = false
            try await ReferenceData.seed(on: app.db)
            let outcome = try await DemoData.createAccounts(
                on: app.db,
                .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
            )
            // The programme's story brings its own people: 1,223 trained in the pilot year and more.
            if outcome != .refused {
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                try await DemoAssessments.seed(on: app.db, now: app.sanfan.clock.now())
                try await DemoLivelihoods.seed(on: app.db, now: app.sanfan.clock.now())
            }
            printDemoBanner(outcome, context: context, signature: signature)
        }
        // The dashboard's store, brought up to date before the first request rather than during it
        // (after a migration that created it, rebuilding it at a million people takes a minute).
        try await FigureStore.refresh(bands: app.sanfan.settings.ageBands, on: app.db)
        let refresher = FigureStoreRefresher()
        refresher.start(app)
        app.lifecycle.use(refresher)
        let importer = ImportWorker()
        importer.start(app)
        app.lifecycle.use(importer)
        var arguments = ["sanfan"]
        if let hostname = signature.hostname { arguments += ["--hostname", hostname] }
        if let port = signature.port { arguments += ["--port", String(port)] }
        var serveContext = context
        serveContext.input = CommandInput(arguments: arguments)
        try await vaporServe.run(using: &serveContext)
    }

    private func printDemoBanner(_ outcome: DemoData.Outcome, context: CommandContext, signature: Signature) {
        let console = context.console
        switch outcome {
        case .refused:
            console.warning("--demo: this database already has real accounts; no demo accounts were added.")
            return
        case .created, .alreadyThere:
            break
        }
        let url = "http://\(signature.hostname ?? "127.0.0.1"):\(signature.port ?? 8080)"
        console.info("Sanfan demo: open \(url) and sign in with one of these (password: \(DemoData.password))")
        for line in Self.demoAccountLines() { console.print(line) }
    }

    /// One line per demo account: username, role, scope. The column is as wide as the longest
    /// username, so none is cut (`demo-officer-lcb` once lost its last two letters).
    static func demoAccountLines() -> [String] {
        let width = (DemoData.accounts.map(\.username.count).max() ?? 0) + 2
        return DemoData.accounts.map { account in
            let scope = account.estateCode ?? account.organisationCode ?? ""
            return
                "  \(account.username.padding(toLength: width, withPad: " ", startingAt: 0)) \(account.role.rawValue) \(scope)"
        }
    }
}
