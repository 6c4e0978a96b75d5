import ConsoleKit
import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// `sanfan bench-certificates [--certificates N] [--iterations K] [--codes FILE]`: fills the
/// configured database with N certificates (each with its own synthetic person and round place,
/// once), then measures the public verify lookup in-process beside the same SQL straight through
/// SQLite, and the printout of a round of 100 certificates (QR codes and HTML). Writes a sample of
/// codes to FILE for `scripts/bench-verify.sh`. A benchmark, never a test: figures go in
/// docs/benchmarks.md.
struct BenchCertificatesCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "certificates", help: "How many certificates the database should hold (default 1000000).")
        var certificates: Int?
        @Option(name: "iterations", help: "Runs per scenario (default 500).")
        var iterations: Int?
        @Option(name: "codes", help: "Write 10,000 random codes to this file.")
        var codes: String?
        @Flag(name: "token", help: "Also create bench-admin and print its password and an API token.")
        var token: Bool
    }

    var help: String { "Loads synthetic certificates and reports verify and print latency (p50, p99)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        if app.sanfan.settings.database.isEmbedded {
            try await app.autoMigrate()
            try await ReferenceData.seed(on: app.db)
        }
        let target = signature.certificates ?? 1_000_000
        let round = try await Self.fixture(app: app, place: "bench")
        let printRound = try await Self.fixture(app: app, place: "bench-print")
        let existing = try await Certificate.query(on: app.db).count()
        if existing < target {
            console.info("Loading \((target - existing).grouped) synthetic certificates (have \(existing.grouped))…")
            let started = Date()
            try await Self.load(target - existing, offset: existing, round: round, printRound: printRound, app: app) {
                done in
                if done % 100_000 == 0 { console.print("  \(done.grouped)") }
            }
            let seconds = Date().timeIntervalSince(started)
            console.info(
                String(format: "Loaded in %.0f s (%.0f certificates/s).", seconds, Double(target - existing) / seconds)
            )
            try await app.db.sql.raw("ANALYZE").run()
        }
        if signature.token { try await BenchCommand.printToken(app, console) }
        let sample = try await app.db.sql.raw("SELECT code FROM certificates ORDER BY random() LIMIT 10000").all()
            .map { try $0.decode(column: "code", as: String.self) }
        if let path = signature.codes {
            try sample.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            console.print("codes: \(path)")
        }
        console.print("print round: \(try printRound.requireID().uuidString.lowercased())")
        console.print(
            try await Self.measure(app: app, codes: sample, round: round, iterations: signature.iterations ?? 500)
        )
    }

    /// A benchmark cycle, estate and standard, and a round: `bench` holds the million, `bench-print`
    /// the first hundred, printed together.
    static func fixture(app: Application, place: String) async throws -> AssessmentRound {
        if let round = try await AssessmentRound.query(on: app.db).filter(\.$place == place).first() { return round }
        var cycle = try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2599).first()
        if cycle == nil {
            let made = Cycle()
            made.fiscalYear = 2599
            made.nameTh = "รอบทดสอบสมรรถนะ"
            made.nameEn = "Benchmark"
            made.status = .closed
            try await made.create(on: app.db)
            cycle = made
        }
        let occupation = try await Occupation.query(on: app.db).filter(\.$code == "MASSAGE").first()!
        _ = try await DemoAssessments.ensureStandard(occupation, on: app.db)
        let estate = try await Estate.query(on: app.db).sort(\.$code).first()!
        let round = AssessmentRound()
        round.$cycle.id = try cycle!.requireID()
        round.$estate.id = try estate.requireID()
        round.$occupation.id = try occupation.requireID()
        round.$assessor.id = try await CatalogueQueries.organisation(code: "TPQI", on: app.db)!.requireID()
        round.body = .tpqi
        round.heldOn = "2020-03-10"
        round.place = place
        try await round.create(on: app.db)
        return round
    }

    /// People, candidates and certificates in 1,000-row statements, 20,000 to a transaction.
    static func load(
        _ count: Int,
        offset: Int,
        round: AssessmentRound,
        printRound: AssessmentRound,
        app: Application,
        progress: (Int) -> Void
    ) async throws {
        let printRoundID = try printRound.requireID()
        var generator = SyntheticPeople.Generator(seed: UInt64(offset + 1))
        let roundID = try round.requireID()
        let estateID = round.$estate.id
        var done = 0
        while done < count {
            // 20,000 rows to a transaction, 1,000 to a statement.
            let size = min(20_000, count - done)
            var people: [[any SQLExpression]] = []
            var candidates: [[any SQLExpression]] = []
            var certificates: [[any SQLExpression]] = []
            let now = Date()
            for i in 0..<size {
                let n = offset + done + i
                let person = UUID()
                let candidate = UUID()
                let first = "ทดสอบ\(n)"
                let inRound = n < 100 ? printRoundID : roundID
                let revoked = n >= 100 && n % 50 == 27
                people.append([
                    SQLBind(person), SQLBind(now), SQLBind(now), SQLBind(estateID), SQLBind("นาย"), SQLBind(first),
                    SQLBind("สมรรถนะ"), SQLBind("male"), SQLBind("1980-01-01"), SQLBind("ไม่มีบัตร"), SQLBind(110101),
                    SQLBind("unknown"), SQLBind(Int64(0)), SQLBind("สมรรถนะ \(first) \(n)"), SQLBind(first),
                    SQLBind("สมรรถนะ"), SQLBind("bench|\(n)"),
                ])
                candidates.append([
                    SQLBind(candidate), SQLBind(now), SQLBind(inRound), SQLBind(person), SQLBind("passed"),
                ])
                certificates.append([
                    SQLBind(UUID()), SQLBind(now), SQLBind(now),
                    SQLBind(VerificationCode.make(using: &generator).characters), SQLBind(candidate), SQLBind(person),
                    SQLBind(inRound), SQLBind(estateID), SQLBind("tpqi"), SQLBind("มาตรฐานอาชีพนวดเพื่อสุขภาพ"),
                    SQLBind("2"), SQLBind("MASSAGE-01 ปฏิบัติงาน"), SQLBind("สคช. B-\(n)"), SQLBind("2020-03-15"),
                    SQLBind(revoked ? "2020-06-01" : Optional<String>.none),
                    SQLBind(revoked ? "issued_in_error" : Optional<String>.none),
                ])
            }
            try await insert(people, candidates, certificates, on: app.db)
            done += size
            progress(done)
        }
    }

    private static func insert(
        _ people: [[any SQLExpression]],
        _ candidates: [[any SQLExpression]],
        _ certificates: [[any SQLExpression]],
        on database: any Database
    ) async throws {
        try await database.transaction { db in
            let sql = db.sql
            for start in stride(from: 0, to: people.count, by: 1_000) {
                let end = min(start + 1_000, people.count)
                try await sql.insert(into: Participant.schema)
                    .columns(
                        "id",
                        "created_at",
                        "updated_at",
                        "estate_id",
                        "prefix",
                        "first_name_th",
                        "last_name_th",
                        "gender",
                        "birth_date",
                        "no_id_reason",
                        "subdistrict_code",
                        "education_level",
                        "baseline_income_satang",
                        "sort_key",
                        "first_name_key",
                        "last_name_key",
                        "duplicate_key"
                    )
                    .rows(Array(people[start..<end])).run()
                try await sql.insert(into: RoundCandidate.schema)
                    .columns("id", "created_at", "round_id", "participant_id", "overall")
                    .rows(Array(candidates[start..<end])).run()
                try await sql.insert(into: Certificate.schema)
                    .columns(
                        "id",
                        "created_at",
                        "updated_at",
                        "code",
                        "candidate_id",
                        "participant_id",
                        "round_id",
                        "estate_id",
                        "body",
                        "standard_name",
                        "standard_level",
                        "units",
                        "external_number",
                        "issued_on",
                        "revoked_on",
                        "revoked_reason"
                    )
                    .rows(Array(certificates[start..<end])).run()
            }
        }
    }

    static func measure(
        app: Application,
        codes: [String],
        round: AssessmentRound,
        iterations: Int
    ) async throws
        -> String
    {
        var lines = [
            "| scenario | p50 ms | p99 ms | raw SQLite p50 | raw SQLite p99 |", "|---|---:|---:|---:|---:|",
        ]
        // The verify page's lookup by code, with its joins, through SQLKit and decoding…
        var app_times: [Double] = []
        var raw_times: [Double] = []
        for i in 0..<(iterations + 10) {
            let code = codes[i % codes.count]
            let started = DispatchTime.now().uptimeNanoseconds
            _ = try await CertificateQueries.publicView(code: code, on: app.db)
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
            if let sqlite = app.db as? any SQLiteDatabase {
                let rawStarted = DispatchTime.now().uptimeNanoseconds
                _ = try await sqlite.query(
                    "SELECT c.code, p.first_name_th, p.last_name_th FROM certificates c JOIN participants p ON p.id = c.participant_id JOIN assessment_rounds r ON r.id = c.round_id WHERE c.code = ?",
                    [.text(codes[(i + 1) % codes.count])]
                )
                if i >= 10 { raw_times.append(Double(DispatchTime.now().uptimeNanoseconds - rawStarted) / 1e6) }
            }
            if i >= 10 { app_times.append(elapsed) }
        }
        func row(_ name: String, _ times: [Double], _ raw: [Double]) -> String {
            let rawText =
                raw.isEmpty
                ? "— | —"
                : "\(BenchCommand.format(BenchCommand.percentile(raw, 0.5))) | \(BenchCommand.format(BenchCommand.percentile(raw, 0.99)))"
            return
                "| \(name) | \(BenchCommand.format(BenchCommand.percentile(times, 0.5))) | \(BenchCommand.format(BenchCommand.percentile(times, 0.99))) | \(rawText) |"
        }
        lines.append(row("verify lookup by code (\(codes.count.grouped) codes, random)", app_times, raw_times))
        // …and the printout of 100 certificates: QR codes and the HTML, without the database.
        var print_times: [Double] = []
        var qr_times: [Double] = []
        for i in 0..<12 {
            let started = DispatchTime.now().uptimeNanoseconds
            var sheets: [CertificatePrint.Sheet] = []
            for code in codes.prefix(100) {
                let url = "https://sanfan.example/verify/\(code)"
                sheets.append(
                    .init(
                        holder: "นายทดสอบ สมรรถนะ",
                        standard: "มาตรฐานอาชีพนวดเพื่อสุขภาพ",
                        level: "2",
                        occupation: "นวดเพื่อสุขภาพ",
                        body: "สคช. (TPQI)",
                        assessor: "สถาบันคุณวุฒิวิชาชีพ",
                        estate: "นิคมอุตสาหกรรมบางปู",
                        externalNumber: "สคช. 62-1",
                        heldOn: "10 มี.ค. 2563",
                        issuedOn: "15 มี.ค. 2563",
                        expiresOn: nil,
                        code: code,
                        verifyURL: url,
                        qr: try QRCode(url).svg()
                    )
                )
            }
            let encoded = DispatchTime.now().uptimeNanoseconds
            var model = CertificatePrint.Model(title: "bench", back: "/")
            model.sheets = sheets
            let context = PageContext(t: Localizer(language: .thai), viewer: nil, csrfToken: nil, path: "/", nav: [])
            _ = CertificatePrint.view(model, context).render()
            let finished = DispatchTime.now().uptimeNanoseconds
            if i >= 2 {
                print_times.append(Double(finished - started) / 1e6)
                qr_times.append(Double(encoded - started) / 1e6)
            }
        }
        lines.append(row("print 100 certificates: QR codes + HTML", print_times, []))
        lines.append(row("print 100 certificates: QR codes alone", qr_times, []))
        return lines.joined(separator: "\n")
    }
}
