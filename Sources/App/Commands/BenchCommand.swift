import ConsoleKit
import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// `sanfan bench [--people N] [--iterations K]`: fills the configured database with synthetic people
/// (once) and measures the registry's list and search queries in-process, with SQLite's own time for
/// the same SQL beside them. A benchmark, never a test: see docs/benchmarks.md for the figures.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "people", help: "How many people the database should hold (default 1000000).")
        var people: Int?
        @Option(name: "iterations", help: "Runs per scenario (default 200).")
        var iterations: Int?
        @Flag(name: "token", help: "Also create the user bench-admin and print an API token for HTTP load tests.")
        var token: Bool
        @Option(name: "enrolments", help: "Enrolments in the benchmark cycle (default 50000; 0 skips the programme).")
        var enrolments: Int?
    }

    var help: String { "Loads synthetic people and reports registry list/search latency (p50, p99)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        if app.sanfan.settings.database.isEmbedded {
            try await app.autoMigrate()
            try await ReferenceData.seed(on: app.db)
        }
        let target = signature.people ?? 1_000_000
        let existing = try await ParticipantQueries.count(scope: .everything, on: app.db)
        if existing < target {
            console.info("Loading \((target - existing).grouped) synthetic people (have \(existing.grouped))…")
            let started = Date()
            _ = try await DemoPeople.seedDemo(people: target - existing, seed: 7, app: app) { done in
                if done % 100_000 < 400 { console.print("  \(done.grouped)") }
            }
            let seconds = Date().timeIntervalSince(started)
            console.info(
                String(format: "Loaded in %.0f s (%.0f people/s).", seconds, Double(target - existing) / seconds)
            )
            try await app.db.sql.raw("ANALYZE").run()
        }
        if signature.token { try await Self.printToken(app, console) }
        let report = try await Self.measure(app: app, iterations: signature.iterations ?? 200)
        console.print(report)
        let enrolments = signature.enrolments ?? 50_000
        if enrolments > 0 {
            let cycle = try await Self.programmeFixture(app: app, enrolments: enrolments)
            console.print("")
            console.print(
                try await Self.measureProgramme(app: app, cycle: cycle, iterations: signature.iterations ?? 200)
            )
            // The demo's pilot year (a real year's size) with its livelihoods, and the benchmark cycle's.
            try await DemoLivelihoods.seed(on: app.db, now: app.sanfan.clock.now())
            try await Self.livelihoodFixture(app: app, cycle: cycle)
            let pilot = try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first()
            for measured in [pilot, cycle].compactMap({ $0 }) {
                console.print("")
                console.print(
                    try await Self.measureLivelihoods(
                        app: app,
                        cycle: measured,
                        iterations: signature.iterations ?? 200
                    )
                )
            }
        }
    }

    struct Scenario {
        let name: String
        let scope: RecordScope
        let filters: [ParticipantQueries.Filter]
    }

    static func measure(app: Application, iterations: Int) async throws -> String {
        let db = app.db
        let sql = db.sql
        let vault = app.sanfan.vault
        let bands = app.sanfan.settings.ageBands
        let today = ThaiCalendar.Day.containing(app.sanfan.clock.now())
        let total = try await ParticipantQueries.count(scope: .everything, on: db)
        let estates = try await EstateQueries.all(on: db, programmeOnly: true)
        let bangpoo = estates.first { $0.code == "BANGPOO" }?.id ?? estates[0].id
        let gsb = try await Organisation.query(on: db).filter(\.$code == "GSB").first()?.id
        struct Key: Decodable {
            let sort_key: String
            let id: UUID
        }
        let deep = try await sql.select().columns("sort_key", "id").from(Participant.schema)
            .orderBy("sort_key").orderBy("id").offset(min(total / 2, 500_000)).limit(1).first(decoding: Key.self)
        struct Sample: Decodable {
            let phone: String?
            let first_name_th: String
            let last_name_th: String
        }
        let samples = try await sql.select().columns("phone", "first_name_th", "last_name_th").from(Participant.schema)
            .limit(50).all(decoding: Sample.self)
        let ids = (0..<50).map { SyntheticPeople.nationalID(number: 7_000_000 + $0 * 997 % max(total, 1)).digits }
        func filters(_ terms: [String]) -> [ParticipantQueries.Filter] { terms.map { .init(search: $0) } }

        var scenarios = [
            Scenario(name: "list, first page, everyone (admin)", scope: .everything, filters: [.init()]),
            Scenario(name: "list, first page, one estate (officer)", scope: .estates([bangpoo]), filters: [.init()]),
            Scenario(
                name: "list, a page half way through (keyset)",
                scope: .everything,
                filters: [.init(after: deep.map { .init(sortKey: $0.sort_key, id: $0.id) })]
            ),
            Scenario(
                name: "search, whole first name",
                scope: .everything,
                filters: filters(samples.map(\.first_name_th))
            ),
            Scenario(
                name: "search, first 2–3 letters",
                scope: .everything,
                filters: filters(["สม", "บุญ", "ปร", "วิ", "เพ็", "อน"])
            ),
            Scenario(name: "search, last name", scope: .everything, filters: filters(samples.map(\.last_name_th))),
            Scenario(
                name: "search, first and last name",
                scope: .everything,
                filters: filters(samples.map { $0.first_name_th + " " + $0.last_name_th.prefix(3) })
            ),
            Scenario(name: "search, national ID", scope: .everything, filters: filters(ids)),
            Scenario(
                name: "search, phone (first 6 digits)",
                scope: .everything,
                filters: filters(samples.compactMap { $0.phone.map { String($0.prefix(6)) } })
            ),
            Scenario(
                name: "filter, estate + elderly, officer",
                scope: .estates([bangpoo]),
                filters: [.init(estateID: bangpoo, ageGroup: .elderly)]
            ),
            Scenario(
                name: "search by name within one estate (officer)",
                scope: .estates([bangpoo]),
                filters: filters(samples.map(\.first_name_th))
            ),
        ]
        if let gsb {
            scenarios.append(
                Scenario(
                    name: "list, first page, partner (GSB shares)",
                    scope: .sharedWith(organisation: gsb),
                    filters: [.init()]
                )
            )
        }

        var lines = [
            "people: \(total.grouped); iterations per scenario: \(iterations); times in milliseconds",
            "",
            "| scenario | rows | p50 | p99 | raw SQLite p50 | raw SQLite p99 |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for scenario in scenarios {
            var timings: [Double] = []
            var rawTimings: [Double] = []
            var rows = 0
            for iteration in 0..<(iterations + 10) {
                let filter = scenario.filters[iteration % scenario.filters.count]
                let started = DispatchTime.now().uptimeNanoseconds
                let page = try await ParticipantQueries.page(
                    filter,
                    scope: scenario.scope,
                    today: today,
                    bands: bands,
                    vault: vault,
                    on: db
                )
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                if iteration >= 10 { timings.append(elapsed) }  // the first runs warm the caches
                rows = max(rows, page.count)
                if let raw = try await rawTime(filter, scenario.scope, today, bands, vault, db), iteration >= 10 {
                    rawTimings.append(raw)
                }
            }
            let raw =
                rawTimings.isEmpty
                ? ("—", "—") : (format(percentile(rawTimings, 0.5)), format(percentile(rawTimings, 0.99)))
            lines.append(
                "| \(scenario.name) | \(rows) | \(format(percentile(timings, 0.5))) | \(format(percentile(timings, 0.99))) | \(raw.0) | \(raw.1) |"
            )
        }
        return lines.joined(separator: "\n")
    }

    /// The same SQL straight through SQLiteNIO: SQLite's own time plus the least possible overhead,
    /// without SQLKit's row decoding. `nil` on PostgreSQL.
    static func rawTime(
        _ filter: ParticipantQueries.Filter,
        _ scope: RecordScope,
        _ today: ThaiCalendar.Day,
        _ bands: AgeBands,
        _ vault: NationalIDVault,
        _ db: any Database
    ) async throws -> Double? {
        guard let sqlite = db as? any SQLiteDatabase else { return nil }
        let sql = db.sql
        let query = try await ParticipantQueries.pageQuery(
            filter,
            scope: scope,
            today: today,
            bands: bands,
            vault: vault,
            on: sql
        )
        var serializer = SQLSerializer(database: sql)
        query.serialize(to: &serializer)
        let encoder = SQLiteDataEncoder()
        let binds = try serializer.binds.map { try encoder.encode($0) }
        let started = DispatchTime.now().uptimeNanoseconds
        _ = try await sqlite.query(serializer.sql, binds)
        return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
    }

    /// Statements straight through SQLiteNIO, rows read but not decoded: the database's own time
    /// plus the least possible overhead, the baseline an app's figures are set beside. nil on
    /// PostgreSQL.
    static func rawStatementTime(_ statements: [SQLQueryString], _ db: any Database) async throws -> Double? {
        guard db is any SQLiteDatabase else { return nil }
        // On one connection, set up as the app sets it up (temporary sorts in memory).
        return try await db.withConnection { connection in
            guard let sqlite = connection as? any SQLiteDatabase else { return nil }
            _ = try await sqlite.query("PRAGMA temp_store = MEMORY", [])
            let started = DispatchTime.now().uptimeNanoseconds
            for statement in statements {
                var serializer = SQLSerializer(database: connection.sql)
                statement.serialize(to: &serializer)
                let binds = try serializer.binds.map { try SQLiteDataEncoder().encode($0) }
                _ = try await sqlite.query(serializer.sql, binds)
            }
            return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        }
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.down)))]
    }

    static func format(_ ms: Double) -> String { String(format: ms < 10 ? "%.2f" : "%.1f", ms) }

    static func printToken(_ app: Application, _ console: any Console) async throws {
        let deps = Accounts.Dependencies(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
        let password = SecretToken.generate()
        var user = try await User.query(on: app.db).filter(\.$username == "bench-admin").first()
        if user == nil {
            user = try await Accounts.create(
                .init(username: "bench-admin", displayName: "Benchmark", password: password, role: "admin"),
                by: .commandLine,
                on: app.db,
                deps
            )
        } else {
            try await Accounts.resetPassword(user!, to: password, by: .commandLine, on: app.db, deps)
        }
        let issued = try await ApiTokens.issue(for: user!, lifetime: 86_400, on: app.db, now: app.sanfan.clock.now())
        console.print("token: \(issued.token)")
        console.print("password: \(password)")
    }
}
