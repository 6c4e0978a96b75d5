import ConsoleKit
import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// `sanfan bench-dashboard [--iterations K] [--token]`: on a database filled by `sanfan bench` (a
/// million people, the benchmark cycle's enrolments and livelihoods), gives the benchmark cycle's
/// completers assessment rounds and certificates (once), then measures the dashboard's figures
/// in-process beside the same statement straight through SQLiteNIO. A benchmark, never a test:
/// figures go in docs/benchmarks.md (`scripts/bench-dashboard.sh` adds HTTP and the exports).
struct BenchDashboardCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "iterations", help: "Runs per scenario (default 30).")
        var iterations: Int?
        @Flag(name: "token", help: "Also create bench-admin and print its password and an API token.")
        var token: Bool
    }

    var help: String { "Reports the dashboard's query latency (p50, p95) beside the raw statement." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        if app.sanfan.settings.database.isEmbedded { try await app.autoMigrate() }
        let cycles = try await CycleQueries.all(on: app.db)
        if let bench = cycles.first { try await Self.certificateFixture(app: app, cycle: bench) }
        if signature.token { try await BenchCommand.printToken(app, console) }
        // `--iterations 0`: only the fixture and the token, for the HTTP and export runs.
        let iterations = signature.iterations ?? 30
        if iterations > 0 { console.print(try await Self.measure(app: app, cycles: cycles, iterations: iterations)) }
    }

    /// A round per course of the cycle, every completer a candidate (two in three passing), and a
    /// certificate for each pass: the records the certified figures count.
    static func certificateFixture(app: Application, cycle: Cycle) async throws {
        let sql = app.db.sql
        let id = try cycle.requireID()
        guard try await AssessmentRound.query(on: app.db).filter(\.$cycle.$id == id).count() == 0 else { return }
        struct Course: Decodable {
            let id: UUID
            let estate_id: UUID
            let occupation_id: UUID
            let last_day: String
        }
        let courses = try await sql.raw(
            "SELECT id, estate_id, occupation_id, last_day FROM courses WHERE cycle_id = \(bind: id)"
        ).all(decoding: Course.self)
        guard let assessor = try await Organisation.query(on: app.db).filter(\.$kind == .certifyingBody).first() else {
            return
        }
        let assessorID = try assessor.requireID()
        let now = SQLBind(app.sanfan.clock.now())
        var rounds: [[any SQLExpression]] = []
        var candidates: [[any SQLExpression]] = []
        var certificates: [[any SQLExpression]] = []
        struct Person: Decodable { let participant_id: UUID }
        for (index, course) in courses.enumerated() {
            let round = UUID()
            rounds.append([
                SQLBind(round), now, now, SQLBind(id), SQLBind(course.estate_id), SQLBind(course.id),
                SQLBind(course.occupation_id), SQLBind(assessorID), SQLBind("tpqi"), SQLBind(course.last_day),
                SQLBind("bench"),
            ])
            let people = try await sql.raw(
                "SELECT participant_id FROM enrolments WHERE course_id = \(bind: course.id) AND status = 'completed'"
            ).all(decoding: Person.self)
            for (offset, person) in people.enumerated() {
                let candidate = UUID()
                let passed = (index + offset) % 3 != 0
                candidates.append([
                    SQLBind(candidate), now, SQLBind(round), SQLBind(person.participant_id),
                    SQLBind(passed ? "passed" : "not_yet_competent"),
                ])
                if passed {
                    certificates.append([
                        SQLBind(UUID()), now, now, SQLBind("B" + UUID().uuidString.prefix(15)), SQLBind(candidate),
                        SQLBind(person.participant_id), SQLBind(round), SQLBind(course.estate_id), SQLBind("tpqi"),
                        SQLBind("bench"), SQLBind("1"), SQLBind("[]"), SQLBind(course.last_day),
                    ])
                }
            }
        }
        func insert(_ table: String, _ columns: [String], _ rows: [[any SQLExpression]]) async throws {
            try await DemoOutcomes.insert(table, columns, rows, sql)
        }
        try await insert(
            AssessmentRound.schema,
            [
                "id", "created_at", "updated_at", "cycle_id", "estate_id", "course_id", "occupation_id", "assessor_id",
                "body", "held_on", "place",
            ],
            rounds
        )
        try await insert(
            RoundCandidate.schema,
            ["id", "created_at", "round_id", "participant_id", "overall"],
            candidates
        )
        try await insert(
            Certificate.schema,
            [
                "id", "created_at", "updated_at", "code", "candidate_id", "participant_id", "round_id", "estate_id",
                "body",
                "standard_name", "standard_level", "units", "issued_on",
            ],
            certificates
        )
        try await sql.raw("ANALYZE").run()
    }

    static func measure(app: Application, cycles: [Cycle], iterations: Int) async throws -> String {
        let db = app.db
        let bands = app.sanfan.settings.ageBands
        let admin = Principal(userID: UUID(), username: "bench", role: .admin)
        struct Count: Decodable { let n: Int }
        func count(_ table: String) async throws -> String {
            (try await db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first(decoding: Count.self)?.n ?? 0)
                .grouped
        }
        var lines = [
            "people \(try await count("participants")), enrolments \(try await count("enrolments")), certificates "
                + "\(try await count("certificates")), referrals \(try await count("referrals")), loans "
                + "\(try await count("loans")), placements \(try await count("placements")), enterprises "
                + "\(try await count("enterprises")), follow-ups \(try await count("income_followups")); "
                + "iterations: \(iterations); times in milliseconds",
            "",
            "| scenario | p50 | p95 | raw SQLite p50 | raw SQLite p95 |", "|---|---:|---:|---:|---:|",
        ]
        let keys = try cycles.map {
            IndicatorQueries.CycleKey(id: try $0.requireID(), fiscalYear: $0.fiscalYear, bands: bands)
        }
        let bench = Array(cycles.prefix(1))
        // The bench cycle's largest estate, for an officer; GSB, for a bank.
        struct Estate: Decodable { let estate_id: UUID }
        let estates = try await db.sql.raw(
            """
            SELECT co.estate_id FROM enrolments en JOIN courses co ON co.id = en.course_id \
            WHERE co.cycle_id = \(bind: keys[0].id) GROUP BY co.estate_id ORDER BY COUNT(*) DESC LIMIT 2
            """
        ).all(decoding: Estate.self).map(\.estate_id)
        let estate = estates.first
        let gsb = try await CatalogueQueries.organisation(code: "GSB", on: db)?.requireID()
        let officer = Principal(
            userID: UUID(),
            username: "bench-officer",
            role: .estateOfficer,
            estateIDs: Set([estate].compactMap { $0 })
        )
        let bank = Principal(
            userID: UUID(),
            username: "bench-bank",
            role: .partner,
            organisationID: gsb,
            partnerPart: .lender
        )
        let scenarios: [(String, [Cycle], IndicatorQueries.Filter, Principal)] = [
            ("every cycle, all breakdowns (the dashboard's default)", cycles, .init(), admin),
            ("the benchmark cycle only", bench, .init(), admin),
            ("every cycle, women of working age", cycles, .init(gender: .female, ageGroup: .workingAge), admin),
            ("every cycle, one province (Chon Buri)", cycles, .init(province: 20), admin),
            (
                "every cycle, one occupation at one estate", cycles,
                .init(estate: estate, occupation: try await firstOccupation(db)), admin
            ),
            ("an estate officer (the largest estate), every cycle", cycles, .init(), officer),
            ("a bank (GSB: people referred to it), every cycle", cycles, .init(), bank),
            (
                "an officer of two estates (distinct counts among the facts)", cycles, .init(),
                Principal(userID: UUID(), username: "bench-officer-2", role: .estateOfficer, estateIDs: Set(estates))
            ),
            (
                "two of the three cycles: the benchmark cycle and one real-sized (distinct counts among the facts)",
                Array(cycles.prefix(2)), .init(), admin
            ),
            (
                "two of the three cycles: the demo's real-sized years (distinct counts among the facts)",
                Array(cycles.suffix(2)), .init(), admin
            ),
        ]
        for (name, chosen, filter, principal) in scenarios {
            let chosenKeys = keys.filter { key in chosen.contains { $0.id == key.id } }
            // The same reads as the app: is the store up to date, the figures, the targets.
            let statements: [SQLQueryString] = [
                FigureStore.pendingStatement,
                IndicatorQueries.statement(
                    chosenKeys,
                    everyCycle: chosenKeys.count == keys.count,
                    filter,
                    AccessPolicy.figureScope(for: principal),
                    DashboardFigures.pageBreakdowns
                ),
                DashboardFigures.targetsStatement(chosenKeys.map(\.id)),
            ]
            var timings: [Double] = []
            var rawTimings: [Double] = []
            for iteration in 0..<(iterations + 2) {
                let started = DispatchTime.now().uptimeNanoseconds
                _ = try await DashboardFigures.load(
                    cycles: chosen,
                    filter: filter,
                    principal: principal,
                    bands: bands,
                    on: db
                )
                let app = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                let raw = try await BenchCommand.rawStatementTime(statements, db)
                if iteration >= 2 {
                    timings.append(app)
                    if let raw { rawTimings.append(raw) }
                }
            }
            lines.append(row(name, timings, rawTimings))
        }
        lines += try await refreshTimings(db, bands: bands, cycle: keys[0].id, iterations: iterations)
        lines.append("")
        lines.append(
            "cycles: " + (try cycles.map { try $0.requireID().uuidString.lowercased() }.joined(separator: " "))
        )
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, _ timings: [Double], _ rawTimings: [Double]) -> String {
        let rawText =
            rawTimings.isEmpty
            ? "— | —"
            : "\(BenchCommand.format(BenchCommand.percentile(rawTimings, 0.5))) | "
                + BenchCommand.format(BenchCommand.percentile(rawTimings, 0.95))
        return "| \(name) | \(BenchCommand.format(BenchCommand.percentile(timings, 0.5))) | "
            + "\(BenchCommand.format(BenchCommand.percentile(timings, 0.95))) | \(rawText) |"
    }

    private static func firstOccupation(_ db: any Database) async throws -> UUID? {
        try await Occupation.query(on: db).sort(\.$code).first()?.requireID()
    }

    /// What keeping the store costs: a day's changes (300 of the benchmark cycle's people, each
    /// with their records), and rebuilding everything from the records.
    private static func refreshTimings(
        _ db: any Database,
        bands: AgeBands,
        cycle: UUID,
        iterations: Int
    ) async throws -> [String] {
        struct Person: Decodable { let participant_id: UUID }
        let people = try await db.sql.raw(
            """
            SELECT DISTINCT en.participant_id FROM enrolments en JOIN courses co ON co.id = en.course_id \
            WHERE co.cycle_id = \(bind: cycle) AND en.status = 'completed'
            """
        ).all(decoding: Person.self).map(\.participant_id)
        var day: [Double] = []
        for iteration in 0..<(iterations + 2) {
            let chosen = people.shuffled().prefix(300)
            let values: [SQLQueryString] = chosen.map { "('person', \(bind: $0))" }
            try await db.sql.raw("INSERT INTO figure_dirty (kind, ref) VALUES \(values.joined(separator: ", "))").run()
            let started = DispatchTime.now().uptimeNanoseconds
            try await FigureStore.refresh(bands: bands, on: db)
            if iteration >= 2 { day.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) }
        }
        try await db.sql.raw("INSERT INTO figure_dirty (kind) VALUES ('all')").run()
        let started = DispatchTime.now().uptimeNanoseconds
        try await FigureStore.refresh(bands: bands, on: db)
        let rebuild = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        return [
            row("refresh after a day's changes (300 people)", day, []),
            "| rebuild the store from every record (once) | \(BenchCommand.format(rebuild)) | | | |",
        ]
    }
}
