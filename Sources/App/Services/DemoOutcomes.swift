import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The demo's livelihoods after referral, for the 2562 pilot year: loans at every stage at each
/// bank, mentoring by the banks, businesses and community enterprises with members and revenue,
/// jobs (some with the demo employer), and income follow-ups with some people never reached. The
/// 2563 completers' follow-ups are left due, for the officers' work list. Synthetic, added once.
enum DemoOutcomes {
    private struct Completer: Decodable {
        let participant_id: UUID
        let estate_id: UUID
        let community_id: UUID?
        let occupation_id: UUID
        let course_id: UUID
        let first_day: String
        let last_day: String
        let baseline_income_satang: Int64
        let fiscal_year: Int
    }

    private struct Referred: Decodable {
        let id: UUID
        let participant_id: UUID
        let estate_id: UUID
        let bank_id: UUID
        let amount_sought_satang: Int64
        let referred_on: String
    }

    static func seed(on database: any Database, now: Date) async throws {
        let sql = database.sql
        var generator = SyntheticPeople.Generator(seed: 2_562_13)
        func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }
        func days(_ iso: String, _ range: ClosedRange<Int>) -> String {
            var day = ThaiCalendar.Day(iso: iso)!
            for _ in 0..<Int.random(in: range, using: &generator) { day = day.next }
            return day.iso
        }
        let completers = try await sql.raw(
            """
            SELECT en.participant_id, p.estate_id, p.community_id, co.occupation_id, co.id AS course_id, co.first_day, \
            co.last_day, p.baseline_income_satang, cy.fiscal_year FROM enrolments en JOIN courses co ON co.id = en.course_id \
            JOIN cycles cy ON cy.id = co.cycle_id JOIN participants p ON p.id = en.participant_id \
            WHERE en.status = 'completed' AND cy.fiscal_year IN (2562, 2563) ORDER BY co.last_day, en.participant_id
            """
        ).all(decoding: Completer.self)
        let pilot = completers.filter { $0.fiscal_year == 2562 }
        // The pilot year's referrals; once: not if any of them has a loan already.
        let referred = try await sql.raw(
            """
            SELECT r.id, r.participant_id, r.estate_id, r.bank_id, r.amount_sought_satang, r.referred_on FROM referrals r \
            WHERE EXISTS (SELECT 1 FROM enrolments en JOIN courses co ON co.id = en.course_id JOIN cycles cy \
            ON cy.id = co.cycle_id WHERE en.participant_id = r.participant_id AND cy.fiscal_year = 2562) \
            ORDER BY r.referred_on, r.id
            """
        ).all(decoding: Referred.self)
        guard !referred.isEmpty,
            try await Loan.query(on: database).filter(\.$referral.$id ~~ referred.map(\.id)).count() == 0
        else { return }
        let stamp = SQLBind(now)

        // Loans: about two in three referrals become an application, spread over every status.
        var loans: [[any SQLExpression]] = []
        let outcomes: [LoanStatus] = [.referred, .applied, .approved, .declined, .withdrawn, .disbursed, .disbursed]
        for (index, referral) in referred.enumerated() where chance(65) {
            let status = outcomes[index % outcomes.count]
            let applied = days(referral.referred_on, 7...30)
            let decided = days(applied, 14...45)
            let approved =
                status.wasApproved
                ? referral.amount_sought_satang / 100 * Int64.random(in: 60...120, using: &generator) : nil
            let guaranteed = approved != nil && chance(40)
            loans.append([
                SQLBind(UUID()), stamp, stamp, SQLBind(referral.id), SQLBind(referral.participant_id),
                SQLBind(referral.estate_id), SQLBind(referral.bank_id),
                SQLBind(["สินเชื่อประชารัฐ", "สินเชื่อเพื่ออาชีพ", "สินเชื่อ SMEs สร้างไทย"][index % 3]),
                SQLBind(status.rawValue), SQLBind(referral.amount_sought_satang), SQLBind(approved),
                SQLBind(status == .disbursed ? approved : nil), SQLBind(guaranteed),
                SQLBind(guaranteed ? approved.map { $0 / 2 } : nil),
                SQLBind(
                    status == .declined ? DeclineReason.allCases[index % DeclineReason.allCases.count].rawValue : nil
                ),
                SQLBind(referral.referred_on), SQLBind(status == .referred ? nil : applied),
                SQLBind(status.wasApproved ? decided : nil), SQLBind(status == .declined ? decided : nil),
                SQLBind(status == .withdrawn ? decided : nil),
                SQLBind(status == .disbursed ? days(decided, 3...20) : nil),
            ])
        }
        try await insert(
            Loan.schema,
            [
                "id", "created_at", "updated_at", "referral_id", "participant_id", "estate_id", "bank_id", "product",
                "status", "amount_requested_satang", "amount_approved_satang", "amount_disbursed_satang", "guaranteed",
                "guaranteed_satang", "decline_reason", "referred_on", "applied_on", "approved_on", "declined_on",
                "withdrawn_on", "disbursed_on",
            ],
            loans,
            sql
        )

        // Mentoring: each bank meets the people referred to it at an estate, a dozen at a time.
        var sessions: [[any SQLExpression]] = []
        var attendees: [[any SQLExpression]] = []
        let groups = Dictionary(grouping: referred) { "\($0.estate_id)|\($0.bank_id)" }.sorted { $0.key < $1.key }
        for (_, group) in groups {
            for start in stride(from: 0, to: group.count, by: 12) {
                let members = group[start..<min(start + 12, group.count)]
                let session = UUID()
                let first = members.first!
                sessions.append([
                    SQLBind(session), stamp, stamp, SQLBind(first.estate_id), SQLBind(first.bank_id),
                    SQLBind(MentoringTopic.allCases[start / 12 % MentoringTopic.allCases.count].rawValue),
                    SQLBind(days(members.map(\.referred_on).max()!, 5...20)),
                ])
                // Most come; some never do.
                for person in Set(members.map(\.participant_id)).sorted(by: { $0.uuidString < $1.uuidString })
                where chance(75) {
                    attendees.append([SQLBind(UUID()), SQLBind(session), SQLBind(person)])
                }
            }
        }
        try await insert(
            MentoringSession.schema,
            ["id", "created_at", "updated_at", "estate_id", "mentor_id", "topic", "held_on"],
            sessions,
            sql
        )
        try await insert(MentoringAttendee.schema, ["id", "session_id", "participant_id"], attendees, sql)

        try await seedEnterprises(pilot, stamp: stamp, &generator, sql)
        // A founder referred to a bank was referred for their enterprise: the bank sees it.
        try await sql.raw(
            """
            UPDATE referrals SET enterprise_id = (SELECT m.enterprise_id FROM enterprise_members m \
            WHERE m.participant_id = referrals.participant_id AND m.role = 'founder' ORDER BY m.enterprise_id LIMIT 1)
            """
        ).run()
        try await seedJobsAndIncome(completers, stamp: stamp, &generator, on: database)
    }

    private static func seedEnterprises(
        _ pilot: [Completer],
        stamp: SQLBind,
        _ generator: inout SyntheticPeople.Generator,
        _ sql: any SQLDatabase
    ) async throws {
        func days(_ iso: String, _ range: ClosedRange<Int>) -> String {
            var day = ThaiCalendar.Day(iso: iso)!
            for _ in 0..<Int.random(in: range, using: &generator) { day = day.next }
            return day.iso
        }
        var enterprises: [[any SQLExpression]] = []
        var members: [[any SQLExpression]] = []
        var revenues: [[any SQLExpression]] = []
        // Community enterprises: five to eight neighbours who trained together; then some going alone.
        let byCommunity = Dictionary(grouping: pilot) { "\($0.community_id?.uuidString ?? "-")|\($0.course_id)" }
            .sorted { $0.key < $1.key }
        var index = 0
        for (_, people) in byCommunity where people.count >= 8 {
            index += 1
            let group = Array(people.prefix(5 + index % 4))
            let first = group[0]
            let kind: EnterpriseKind = index % 3 == 0 ? .group : .communityEnterprise
            let started = days(first.last_day, 20...200)
            let id = UUID()
            enterprises.append([
                SQLBind(id), stamp, stamp, SQLBind(kind.rawValue),
                SQLBind("วิสาหกิจชุมชนกลุ่มอาชีพ \(index)"),
                SQLBind(
                    kind == .communityEnterprise ? String(format: "2-20-01-%02d/1-%04d", index % 20, 100 + index) : nil
                ),
                SQLBind(nil as String?), SQLBind(first.occupation_id), SQLBind("ผลิตภัณฑ์ชุมชน"),
                SQLBind(first.community_id), SQLBind(first.estate_id), SQLBind(started),
            ])
            for (position, person) in group.enumerated() {
                members.append([
                    SQLBind(UUID()), stamp, SQLBind(id), SQLBind(person.participant_id),
                    SQLBind(position == 0 ? "founder" : "member"), SQLBind(started),
                ])
            }
            var month = ThaiCalendar.Day(iso: started)!
            for _ in 0..<6 {
                month = FollowUpSchedule.dueDay(after: month, months: 1)
                revenues.append([
                    SQLBind(UUID()), stamp, SQLBind(id), SQLBind(String(month.iso.prefix(7))),
                    SQLBind(Int64(Int.random(in: 8...60, using: &generator)) * 1_000 * 100),
                ])
            }
        }
        for (offset, person) in pilot.enumerated() where offset % 17 == 3 {
            index += 1
            let juristic = offset % 51 == 3
            let started = days(person.last_day, 10...150)
            let id = UUID()
            enterprises.append([
                SQLBind(id), stamp, stamp,
                SQLBind(juristic ? EnterpriseKind.juristicPerson.rawValue : EnterpriseKind.individual.rawValue),
                SQLBind(juristic ? "ห้างหุ้นส่วนจำกัด ช่างชุมชน \(index)" : "ร้านช่างชุมชน \(index)"), SQLBind(nil as String?),
                SQLBind(juristic ? juristicID(index) : nil), SQLBind(person.occupation_id), SQLBind("บริการ"),
                SQLBind(person.community_id), SQLBind(person.estate_id), SQLBind(started),
            ])
            members.append([
                SQLBind(UUID()), stamp, SQLBind(id), SQLBind(person.participant_id), SQLBind("founder"),
                SQLBind(started),
            ])
        }
        try await insert(
            Enterprise.schema,
            [
                "id", "created_at", "updated_at", "kind", "name", "registration_code", "juristic_id", "occupation_id",
                "products", "community_id", "estate_id", "started_on",
            ],
            enterprises,
            sql
        )
        try await insert(
            EnterpriseMember.schema,
            ["id", "created_at", "enterprise_id", "participant_id", "role", "joined_on"],
            members,
            sql
        )
        try await insert(
            EnterpriseRevenue.schema,
            ["id", "created_at", "enterprise_id", "month", "revenue_satang"],
            revenues,
            sql
        )
    }

    /// A valid 13-digit juristic ID (category 0105: a registered partnership in Bangkok).
    static func juristicID(_ n: Int) -> String {
        let first = "0105562" + String(format: "%05d", n % 100_000)
        return first + String(NationalID.checkDigit(of: first))
    }

    private static func seedJobsAndIncome(
        _ completers: [Completer],
        stamp: SQLBind,
        _ generator: inout SyntheticPeople.Generator,
        on database: any Database
    ) async throws {
        let sql = database.sql
        func days(_ iso: String, _ range: ClosedRange<Int>) -> String {
            var day = ThaiCalendar.Day(iso: iso)!
            for _ in 0..<Int.random(in: range, using: &generator) { day = day.next }
            return day.iso
        }
        let employer = try await CatalogueQueries.organisation(code: DemoData.employerCode, on: database)
        var placements: [[any SQLExpression]] = []
        var baselines: [[any SQLExpression]] = []
        var followUps: [[any SQLExpression]] = []
        var seen: Set<UUID> = []
        for (offset, person) in completers.enumerated() where seen.insert(person.participant_id).inserted {
            let pilot = person.fiscal_year == 2562
            if pilot, offset % 6 == 1 {
                let withEmployer = offset % 12 == 1 && employer != nil
                placements.append([
                    SQLBind(UUID()), stamp, stamp, SQLBind(person.participant_id), SQLBind(person.estate_id),
                    SQLBind(withEmployer ? employer?.id : nil),
                    SQLBind(
                        withEmployer ? employer!.nameTh : ["บริษัท ยานยนต์ภาคตะวันออก จำกัด", "ร้านอาหารครัวชุมชน"][offset % 2]
                    ),
                    SQLBind(["พนักงานฝ่ายผลิต", "พนักงานรักษาความปลอดภัย", "แม่บ้าน"][offset % 3]),
                    SQLBind(person.occupation_id), SQLBind(days(person.last_day, 15...90)),
                    SQLBind(Int64(Int.random(in: 9...18, using: &generator)) * 1_000 * 100), SQLBind(offset % 4 != 0),
                ])
            }
            // Baselines: most were typed at registration; some said "none" when asked again.
            if person.baseline_income_satang == 0, offset % 3 == 0 {
                baselines.append([
                    SQLBind(UUID()), stamp, stamp, SQLBind(person.participant_id), SQLBind(Int64(0)),
                    SQLBind(person.first_day),
                ])
            }
            // Follow-ups of the pilot year: most done, a few never reached, a few still outstanding.
            guard pilot, offset % 10 != 7 else { continue }
            let base = person.baseline_income_satang
            let completion = ThaiCalendar.Day(iso: person.last_day)!
            let never = offset % 13 == 5
            for months in FollowUpSchedule.months {
                let due = FollowUpSchedule.dueDay(after: completion, months: months).iso
                let reached = !never && Int.random(in: 0..<100, using: &generator) >= 12
                let gain = Int64(Int.random(in: -10...60, using: &generator)) * 100 * 100
                followUps.append([
                    SQLBind(UUID()), stamp, SQLBind(person.participant_id), SQLBind(person.estate_id),
                    SQLBind(person.course_id), SQLBind(months), SQLBind(due), SQLBind(days(due, 0...20)),
                    SQLBind(reached), SQLBind(reached ? max(0, base + gain * Int64(months) / 6) : nil),
                    SQLBind(reached ? IncomeSource.allCases[offset % 4].rawValue : nil),
                ])
            }
        }
        try await insert(
            Placement.schema,
            [
                "id", "created_at", "updated_at", "participant_id", "estate_id", "employer_id", "employer_name",
                "position", "occupation_id", "started_on", "monthly_wage_satang", "inside_estate",
            ],
            placements,
            sql
        )
        try await insert(
            IncomeBaseline.schema,
            ["id", "created_at", "updated_at", "participant_id", "monthly_income_satang", "asked_on"],
            baselines,
            sql
        )
        try await insert(
            IncomeFollowUp.schema,
            [
                "id", "created_at", "participant_id", "estate_id", "course_id", "months", "due_on", "done_on",
                "reached",
                "monthly_income_satang", "main_source",
            ],
            followUps,
            sql
        )
    }

    /// Rows in batches small enough for either database's limit on bound values.
    static func insert(
        _ table: String,
        _ columns: [String],
        _ rows: [[any SQLExpression]],
        _ sql: any SQLDatabase
    )
        async throws
    {
        let batch = max(1, 30_000 / max(columns.count, 1) / 10)
        for start in stride(from: 0, to: rows.count, by: batch) {
            try await sql.insert(into: table).columns(columns).rows(Array(rows[start..<min(start + batch, rows.count)]))
                .run()
        }
    }
}
