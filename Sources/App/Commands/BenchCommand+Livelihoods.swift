import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// The cycle page's livelihood figures at scale: the benchmark cycle's completers given referrals,
/// loans, mentoring, jobs, enterprises and three follow-ups each, in the proportions of the demo.
extension BenchCommand {
    /// Adds the records once (a benchmark cycle that already has referrals keeps them).
    static func livelihoodFixture(app: Application, cycle: Cycle) async throws {
        let sql = app.db.sql
        let cycleID = try cycle.requireID()
        struct Completer: Decodable {
            let participant_id: UUID
            let estate_id: UUID
            let course_id: UUID
            let last_day: String
        }
        let completers = try await sql.raw(
            """
            SELECT en.participant_id, co.estate_id, co.id AS course_id, co.last_day FROM enrolments en JOIN courses co ON co.id = en.course_id \
            WHERE co.cycle_id = \(bind: cycleID) AND en.status = 'completed' ORDER BY en.participant_id
            """
        ).all(decoding: Completer.self)
        let ids = Set(completers.map(\.participant_id))
        struct Person: Decodable { let participant_id: UUID }
        let already = try await sql.raw("SELECT participant_id FROM referrals").all(decoding: Person.self)
        guard !already.contains(where: { ids.contains($0.participant_id) }) else { return }
        let banks = try await Organisation.query(on: app.db).filter(\.$code ~~ ["GSB", "SMEDBANK", "TCG"]).all()
            .map { try $0.requireID() }
        let now = SQLBind(app.sanfan.clock.now())
        let first = cycle.dayRange.first
        var referrals: [[any SQLExpression]] = []
        var loans: [[any SQLExpression]] = []
        var sessions: [[any SQLExpression]] = []
        var attendees: [[any SQLExpression]] = []
        var placements: [[any SQLExpression]] = []
        var enterprises: [[any SQLExpression]] = []
        var members: [[any SQLExpression]] = []
        var followUps: [[any SQLExpression]] = []
        var session: UUID?
        for (index, person) in completers.enumerated() {
            if index % 3 == 0 {
                let referral = UUID()
                let bank = banks[index / 3 % banks.count]
                referrals.append([
                    SQLBind(referral), now, now, SQLBind(person.participant_id), SQLBind(person.estate_id),
                    SQLBind(bank),
                    SQLBind("start_up"), SQLBind(Int64(50_000_00)), SQLBind(first),
                ])
                if index % 9 != 6 {
                    let status = LoanStatus.allCases[index / 3 % LoanStatus.allCases.count]
                    let approved: Int64? = status.wasApproved ? 45_000_00 : nil
                    loans.append([
                        SQLBind(UUID()), now, now, SQLBind(referral), SQLBind(person.participant_id),
                        SQLBind(person.estate_id), SQLBind(bank), SQLBind("สินเชื่อ"), SQLBind(status.rawValue),
                        SQLBind(Int64(50_000_00)), SQLBind(approved), SQLBind(false), SQLBind(first),
                    ])
                }
                if index % 36 == 0 { session = UUID() }
                if let session, index % 4 != 1 {
                    if index % 36 == 0 {
                        sessions.append([
                            SQLBind(session), now, now, SQLBind(person.estate_id), SQLBind(bank),
                            SQLBind("bookkeeping"),
                            SQLBind(first),
                        ])
                    }
                    attendees.append([SQLBind(UUID()), SQLBind(session), SQLBind(person.participant_id)])
                }
            }
            if index % 6 == 1 {
                placements.append([
                    SQLBind(UUID()), now, now, SQLBind(person.participant_id), SQLBind(person.estate_id),
                    SQLBind("โรงงานในนิคมฯ"), SQLBind("พนักงานฝ่ายผลิต"), SQLBind(first), SQLBind(Int64(12_000_00)),
                    SQLBind(true),
                ])
            }
            if index % 17 == 3 {
                let enterprise = UUID()
                enterprises.append([
                    SQLBind(enterprise), now, now, SQLBind(index % 34 == 3 ? "group" : "individual"),
                    SQLBind("กิจการ \(index)"), SQLBind(""), SQLBind(person.estate_id), SQLBind(first),
                ])
                members.append([
                    SQLBind(UUID()), now, SQLBind(enterprise), SQLBind(person.participant_id), SQLBind("founder"),
                    SQLBind(first),
                ])
            }
            guard index % 10 != 7, let end = ThaiCalendar.Day(iso: person.last_day) else { continue }
            for months in FollowUpSchedule.months {
                let due = FollowUpSchedule.dueDay(after: end, months: months).iso
                let reached = (index + months) % 8 != 0
                followUps.append([
                    SQLBind(UUID()), now, SQLBind(person.participant_id), SQLBind(person.estate_id),
                    SQLBind(person.course_id), SQLBind(months), SQLBind(due),
                    SQLBind(due), SQLBind(reached), SQLBind(reached ? Int64(9_000_00 + months * 100_00) : nil),
                    SQLBind(reached ? "job" : nil),
                ])
            }
        }
        try await DemoOutcomes.insert(
            Referral.schema,
            [
                "id", "created_at", "updated_at", "participant_id", "estate_id", "bank_id", "purpose",
                "amount_sought_satang", "referred_on",
            ],
            referrals,
            sql
        )
        try await DemoOutcomes.insert(
            Loan.schema,
            [
                "id", "created_at", "updated_at", "referral_id", "participant_id", "estate_id", "bank_id", "product",
                "status", "amount_requested_satang", "amount_approved_satang", "guaranteed", "referred_on",
            ],
            loans,
            sql
        )
        try await DemoOutcomes.insert(
            MentoringSession.schema,
            ["id", "created_at", "updated_at", "estate_id", "mentor_id", "topic", "held_on"],
            sessions,
            sql
        )
        try await DemoOutcomes.insert(MentoringAttendee.schema, ["id", "session_id", "participant_id"], attendees, sql)
        try await DemoOutcomes.insert(
            Placement.schema,
            [
                "id", "created_at", "updated_at", "participant_id", "estate_id", "employer_name", "position",
                "started_on", "monthly_wage_satang", "inside_estate",
            ],
            placements,
            sql
        )
        try await DemoOutcomes.insert(
            Enterprise.schema,
            ["id", "created_at", "updated_at", "kind", "name", "products", "estate_id", "started_on"],
            enterprises,
            sql
        )
        try await DemoOutcomes.insert(
            EnterpriseMember.schema,
            ["id", "created_at", "enterprise_id", "participant_id", "role", "joined_on"],
            members,
            sql
        )
        try await DemoOutcomes.insert(
            IncomeFollowUp.schema,
            [
                "id", "created_at", "participant_id", "estate_id", "course_id", "months", "due_on", "done_on",
                "reached",
                "monthly_income_satang", "main_source",
            ],
            followUps,
            sql
        )
        try await sql.raw("ANALYZE").run()
    }

    /// The livelihood figures in-process, beside the same statements straight through SQLiteNIO.
    static func measureLivelihoods(app: Application, cycle: Cycle, iterations: Int) async throws -> String {
        let db = app.db
        struct Count: Decodable { let n: Int }
        func count(_ table: String) async throws -> String {
            (try await db.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first(decoding: Count.self)?.n ?? 0)
                .grouped
        }
        let cohort =
            try await db.sql.raw(
                """
                SELECT COUNT(DISTINCT en.participant_id) AS n FROM enrolments en JOIN courses co ON co.id = en.course_id \
                WHERE co.cycle_id = \(bind: try cycle.requireID()) AND en.status = 'completed'
                """
            ).first(decoding: Count.self)?.n ?? 0
        var lines = [
            "fiscal year \(cycle.fiscalYear): \(cohort.grouped) people completed a course; in the database: "
                + "referrals \(try await count("referrals")), loans \(try await count("loans")), mentoring attendances "
                + "\(try await count("mentoring_attendees")), placements \(try await count("placements")), "
                + "enterprises \(try await count("enterprises")), follow-ups \(try await count("income_followups")); "
                + "iterations: \(iterations); times in milliseconds",
            "",
            "| scenario | p50 | p99 | raw SQLite p50 | raw SQLite p99 |", "|---|---:|---:|---:|---:|",
        ]
        let statements = try LivelihoodProgressQueries.statements(cycle)
        let all = [statements.people, statements.loans, statements.businesses, statements.income]
        func raw() async throws -> Double? { try await rawStatementTime(all, db) }
        let scenarios: [(String, () async throws -> Void, Bool)] = [
            (
                "livelihood figures, one cycle (4 statements, all estates)",
                { _ = try await LivelihoodProgressQueries.rows(cycle, on: db) }, true
            ),
            (
                "the whole cycle page's queries (target against actual, livelihoods, age groups)",
                {
                    _ = try await ProgressQueries.rows(cycle, on: db)
                    _ = try await LivelihoodProgressQueries.rows(cycle, on: db)
                    _ = try await ProgressQueries.ageGroups(cycle, bands: app.sanfan.settings.ageBands, on: db)
                },
                false
            ),
        ]
        for (name, run, withRaw) in scenarios {
            var timings: [Double] = []
            var rawTimings: [Double] = []
            for iteration in 0..<(iterations + 3) {
                let started = DispatchTime.now().uptimeNanoseconds
                try await run()
                if iteration >= 3 { timings.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) }
                if withRaw, let time = try await raw(), iteration >= 3 { rawTimings.append(time) }
            }
            let rawText =
                rawTimings.isEmpty
                ? "— | —" : "\(format(percentile(rawTimings, 0.5))) | \(format(percentile(rawTimings, 0.99)))"
            lines.append(
                "| \(name) | \(format(percentile(timings, 0.5))) | \(format(percentile(timings, 0.99))) | \(rawText) |"
            )
        }
        lines.append("")
        lines.append("cycle: \(try cycle.requireID().uuidString.lowercased())")
        return lines.joined(separator: "\n")
    }
}
