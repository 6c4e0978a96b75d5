import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The demo's referrals (and, through `DemoOutcomes`, what followed them): about a third of the pilot year's completers who consented to share with
/// a bank are referred to it by their estate, a few weeks after their course. Synthetic, added once.
enum DemoLivelihoods {
    static func seed(on database: any Database, now: Date) async throws {
        try await referrals(on: database, now: now)
        try await DemoOutcomes.seed(on: database, now: now)
    }

    private static func referrals(on database: any Database, now: Date) async throws {
        guard let cycle = try await Cycle.query(on: database).filter(\.$fiscalYear == 2562).first() else { return }
        // Once: not if the pilot year's people have referrals already (a benchmark adds its own elsewhere).
        struct Count: Decodable { let n: Int }
        let existing = try await database.sql.raw(
            """
            SELECT COUNT(*) AS n FROM referrals r JOIN enrolments en ON en.participant_id = r.participant_id \
            JOIN courses co ON co.id = en.course_id WHERE co.cycle_id = \(bind: try cycle.requireID())
            """
        ).first(decoding: Count.self)
        guard existing?.n == 0 else { return }
        struct Candidate: Decodable {
            let participant_id: UUID
            let estate_id: UUID
            let recipient_id: UUID
            let last_day: String
        }
        // Completers with a bank they consented to share with; each person once, with their first bank.
        let found = try await database.sql.raw(
            """
            SELECT en.participant_id, p.estate_id, c.recipient_id, co.last_day \
            FROM enrolments en JOIN courses co ON co.id = en.course_id JOIN participants p ON p.id = en.participant_id \
            JOIN consents c ON c.participant_id = en.participant_id AND c.purpose = 'finance' AND c.granted = \(bind: true) \
            WHERE co.cycle_id = \(bind: try cycle.requireID()) AND en.status = 'completed' \
            ORDER BY en.participant_id, c.recipient_id
            """
        ).all(decoding: Candidate.self)
        var seen: Set<UUID> = []
        let rows = found.filter { seen.insert($0.participant_id).inserted }
        var generator = SyntheticPeople.Generator(seed: 2_562_12)
        var referrals: [[any SQLExpression]] = []
        for row in rows where Int.random(in: 0..<100, using: &generator) < 55 {
            let purpose = ReferralPurpose.allCases[Int.random(in: 0..<3, using: &generator)]
            let amount = Int64(Int.random(in: 2...30, using: &generator)) * 10_000 * 100
            let day = ThaiCalendar.Day(iso: row.last_day)!.startInBangkok.addingTimeInterval(
                Double(Int.random(in: 14...60, using: &generator)) * 86_400
            )
            referrals.append([
                SQLBind(UUID()), SQLBind(now), SQLBind(now), SQLBind(row.participant_id), SQLBind(row.estate_id),
                SQLBind(row.recipient_id), SQLBind(purpose.rawValue), SQLBind(amount),
                SQLBind(ThaiCalendar.Day.containing(day).iso),
            ])
        }
        for start in stride(from: 0, to: referrals.count, by: 500) {
            try await database.sql.insert(into: Referral.schema)
                .columns(
                    "id",
                    "created_at",
                    "updated_at",
                    "participant_id",
                    "estate_id",
                    "bank_id",
                    "purpose",
                    "amount_sought_satang",
                    "referred_on"
                )
                .rows(Array(referrals[start..<min(start + 500, referrals.count)])).run()
        }
    }
}
