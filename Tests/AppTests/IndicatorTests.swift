import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// The dashboard's indicators on the demo data, every breakdown recomputed here from plain reads of
/// the tables (simple joins, counted in Swift: age groups by `AgeBands`, months by the calendar),
/// on whichever database the tests run on.
extension AppTests {
    @Suite struct IndicatorTests {
        struct Fact: Hashable, Sendable {
            let k: Indicator
            let rid: UUID
            let pid: UUID
            let eid: UUID
            let oid: UUID?
            let mon: String?
            let amt: Int64?
            var bank: UUID? = nil
            /// The fiscal year of the cycle the record belongs to (a person's age group is per cycle).
            var fy = 0
        }

        struct PersonRow: Decodable, Sendable {
            let id: UUID
            let estate_id: UUID
            let gender: String
            let birth_date: String
            let subdistrict_code: Int
            let created_at: Date
            let community_id: UUID?
            let baseline_income_satang: Int64
        }

        /// Every record behind every indicator of the 2562 cycle, read plainly.
        static func facts(_ cycle: Cycle, on database: any Database) async throws -> [Fact] {
            let sql = database.sql
            let id = try cycle.requireID()
            struct Completion: Decodable {
                let participant_id: UUID
                let estate_id: UUID
                let occupation_id: UUID
                let last_day: String
            }
            let completions = try await sql.raw(
                """
                SELECT en.participant_id, co.estate_id, co.occupation_id, co.last_day FROM enrolments en, courses co \
                WHERE co.id = en.course_id AND co.cycle_id = \(bind: id) AND en.status = 'completed'
                """
            ).all(decoding: Completion.self)
            struct Cohort: Hashable {
                let pid: UUID
                let eid: UUID
                let oid: UUID
            }
            let cohort = Set(
                completions.map { Cohort(pid: $0.participant_id, eid: $0.estate_id, oid: $0.occupation_id) }
            )
            var facts = completions.map {
                Fact(
                    k: .completed,
                    rid: $0.participant_id,
                    pid: $0.participant_id,
                    eid: $0.estate_id,
                    oid: $0.occupation_id,
                    mon: String($0.last_day.prefix(7)),
                    amt: nil
                )
            }
            struct Estate: Decodable { let estate_id: UUID }
            let estates = Set(
                try await sql.raw("SELECT estate_id FROM cycle_estates WHERE cycle_id = \(bind: id)")
                    .all(decoding: Estate.self).map(\.estate_id)
            )
            let people = try await sql.raw(
                """
                SELECT id, estate_id, gender, birth_date, subdistrict_code, created_at, community_id, \
                baseline_income_satang FROM participants
                """
            ).all(decoding: PersonRow.self)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = ThaiCalendar.timeZone
            let from = ProgressQueries.fiscalYearStart(cycle.fiscalYear)
            let to = ProgressQueries.fiscalYearStart(cycle.fiscalYear + 1)
            for person in people
            where estates.contains(person.estate_id) && person.created_at >= from && person.created_at < to {
                let parts = calendar.dateComponents([.year, .month], from: person.created_at)
                facts.append(
                    Fact(
                        k: .registered,
                        rid: person.id,
                        pid: person.id,
                        eid: person.estate_id,
                        oid: nil,
                        mon: String(format: "%04d-%02d", parts.year!, parts.month!),
                        amt: nil
                    )
                )
            }
            struct Assessed: Decodable {
                let participant_id: UUID
                let estate_id: UUID
                let occupation_id: UUID
                let day: String
            }
            for row in try await sql.raw(
                """
                SELECT c.participant_id, r.estate_id, r.occupation_id, r.held_on AS day FROM round_candidates c, \
                assessment_rounds r WHERE r.id = c.round_id AND r.cycle_id = \(bind: id) \
                AND c.overall IN ('passed', 'not_yet_competent')
                """
            ).all(decoding: Assessed.self) {
                facts.append(
                    Fact(
                        k: .assessed,
                        rid: row.participant_id,
                        pid: row.participant_id,
                        eid: row.estate_id,
                        oid: row.occupation_id,
                        mon: String(row.day.prefix(7)),
                        amt: nil
                    )
                )
            }
            for row in try await sql.raw(
                """
                SELECT x.participant_id, r.estate_id, r.occupation_id, x.issued_on AS day FROM certificates x, \
                assessment_rounds r WHERE r.id = x.round_id AND r.cycle_id = \(bind: id) AND x.revoked_on IS NULL
                """
            ).all(decoding: Assessed.self) {
                facts.append(
                    Fact(
                        k: .certified,
                        rid: row.participant_id,
                        pid: row.participant_id,
                        eid: row.estate_id,
                        oid: row.occupation_id,
                        mon: String(row.day.prefix(7)),
                        amt: nil
                    )
                )
            }
            struct Dated: Decodable {
                let participant_id: UUID
                let day: String
            }
            let referrals = try await sql.raw("SELECT participant_id, referred_on AS day FROM referrals")
                .all(decoding: Dated.self)
            let placements = try await sql.raw("SELECT participant_id, started_on AS day FROM placements")
                .all(decoding: Dated.self)
            struct LoanRow: Decodable {
                let id: UUID
                let participant_id: UUID
                let bank_id: UUID
                let status: String
                let amount_approved_satang: Int64?
                let approved_on: String?
            }
            let loans = try await sql.raw(
                "SELECT id, participant_id, bank_id, status, amount_approved_satang, approved_on FROM loans"
            ).all(decoding: LoanRow.self).filter { ["approved", "disbursed"].contains($0.status) }
            for c in cohort {
                for r in referrals where r.participant_id == c.pid {
                    facts.append(
                        Fact(
                            k: .referred,
                            rid: c.pid,
                            pid: c.pid,
                            eid: c.eid,
                            oid: c.oid,
                            mon: String(r.day.prefix(7)),
                            amt: nil
                        )
                    )
                }
                for p in placements where p.participant_id == c.pid {
                    facts.append(
                        Fact(
                            k: .placed,
                            rid: c.pid,
                            pid: c.pid,
                            eid: c.eid,
                            oid: c.oid,
                            mon: String(p.day.prefix(7)),
                            amt: nil
                        )
                    )
                }
                for l in loans where l.participant_id == c.pid {
                    let mon = l.approved_on.map { String($0.prefix(7)) }
                    facts.append(
                        Fact(
                            k: .loansApproved,
                            rid: l.id,
                            pid: c.pid,
                            eid: c.eid,
                            oid: c.oid,
                            mon: mon,
                            amt: l.amount_approved_satang,
                            bank: l.bank_id
                        )
                    )
                    facts.append(
                        Fact(
                            k: .financed,
                            rid: c.pid,
                            pid: c.pid,
                            eid: c.eid,
                            oid: c.oid,
                            mon: mon,
                            amt: nil,
                            bank: l.bank_id
                        )
                    )
                }
            }
            // Businesses: started at one of the cycle's estates in its year, counted under the first
            // member (by the day they joined, then id) who completed any course.
            struct EnterpriseRow: Decodable {
                let id: UUID
                let estate_id: UUID
                let occupation_id: UUID?
                let started_on: String
            }
            struct MemberRow: Decodable {
                let enterprise_id: UUID
                let participant_id: UUID
                let role: String
                let joined_on: String
            }
            struct Person: Decodable { let participant_id: UUID }
            let completedAnywhere = Set(
                try await sql.raw("SELECT participant_id FROM enrolments WHERE status = 'completed'")
                    .all(decoding: Person.self).map(\.participant_id)
            )
            let members = try await sql.raw(
                "SELECT enterprise_id, participant_id, role, joined_on FROM enterprise_members"
            )
            .all(decoding: MemberRow.self)
            let bounds = ThaiCalendar.fiscalYearBounds(cycle.fiscalYear)
            let start = String(format: "%04d-10-01", bounds.start.year!)
            let end = String(format: "%04d-09-30", bounds.end.year!)
            for x in try await sql.raw("SELECT id, estate_id, occupation_id, started_on FROM enterprises")
                .all(decoding: EnterpriseRow.self)
            where estates.contains(x.estate_id) && x.started_on >= start && x.started_on <= end {
                let first = members.filter {
                    $0.enterprise_id == x.id && ["founder", "member"].contains($0.role)
                        && completedAnywhere.contains($0.participant_id)
                }.min { ($0.joined_on, $0.participant_id.uuidString) < ($1.joined_on, $1.participant_id.uuidString) }
                guard let first else { continue }
                facts.append(
                    Fact(
                        k: .businesses,
                        rid: x.id,
                        pid: first.participant_id,
                        eid: x.estate_id,
                        oid: x.occupation_id,
                        mon: String(x.started_on.prefix(7)),
                        amt: nil
                    )
                )
            }
            // Income gain, by the core's own rule.
            struct FollowUpRow: Decodable {
                let participant_id: UUID
                let done_on: String
                let reached: Bool
                let monthly_income_satang: Int64?
            }
            struct BaselineRow: Decodable {
                let participant_id: UUID
                let monthly_income_satang: Int64
            }
            let followUps = Dictionary(
                grouping: try await sql.raw(
                    "SELECT participant_id, done_on, reached, monthly_income_satang FROM income_followups"
                ).all(decoding: FollowUpRow.self),
                by: \.participant_id
            )
            let confirmed = Dictionary(
                uniqueKeysWithValues: try await sql.raw(
                    "SELECT participant_id, monthly_income_satang FROM income_baselines"
                )
                .all(decoding: BaselineRow.self).map { ($0.participant_id, $0.monthly_income_satang) }
            )
            let byID = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
            for c in cohort {
                let baseline =
                    confirmed[c.pid]
                    ?? byID[c.pid].flatMap { $0.baseline_income_satang > 0 ? $0.baseline_income_satang : nil }
                let gain = IncomeGain.of(
                    baseline: baseline.map { Satang($0) },
                    followUps: (followUps[c.pid] ?? []).map {
                        .init(
                            day: ThaiCalendar.Day(iso: $0.done_on)!,
                            income: $0.reached ? Satang($0.monthly_income_satang ?? 0) : nil
                        )
                    }
                )
                if case .measured(let amount) = gain {
                    facts.append(
                        Fact(k: .incomeGain, rid: c.pid, pid: c.pid, eid: c.eid, oid: c.oid, mon: nil, amt: amount)
                    )
                }
            }
            return facts.map {
                var fact = $0
                fact.fy = cycle.fiscalYear
                return fact
            }
        }

        /// Distinct records (and their baht) per group, for one breakdown.
        static func count(
            _ facts: [Fact],
            people: [UUID: PersonRow],
            bands: AgeBands,
            fiscalYear: Int,
            by group: ((Fact) -> String?)?
        ) -> [String?: [Indicator: Figure]] {
            var seen: [String?: [Indicator: [UUID: Int64?]]] = [:]
            for fact in facts {
                let key = group?(fact) ?? nil
                seen[key, default: [:]][fact.k, default: [:]][fact.rid] = fact.amt
            }
            return seen.mapValues { byIndicator in
                byIndicator.reduce(into: [:]) { result, entry in
                    let (indicator, records) = entry
                    result[indicator] = Figure(
                        count: records.count,
                        satang: indicator.hasAmount ? records.values.reduce(0) { $0 + ($1 ?? 0) } : nil
                    )
                }
            }
        }

        static func ageGroup(_ person: PersonRow, bands: AgeBands, fiscalYear: Int) -> String {
            let start = ThaiCalendar.fiscalYearBounds(fiscalYear).start
            let day = ThaiCalendar.Day(year: start.year!, month: 10, day: 1)
            return bands.group(born: ThaiCalendar.Day(iso: person.birth_date)!, on: day)?.rawValue ?? "outside"
        }

        /// What the checks need, passed in plainly (the compiler's concurrency checker trips on
        /// the same code as local functions inside the test's closure).
        struct Context: Sendable {
            let people: [UUID: PersonRow]
            let bands: AgeBands
            let cycles: [IndicatorQueries.CycleKey]

            func expected(_ facts: [Fact], by breakdown: Breakdown?) -> [String?: [Indicator: Figure]] {
                IndicatorTests.count(facts, people: people, bands: bands, fiscalYear: 2562) { fact in
                    let person = people[fact.pid]!
                    switch breakdown {
                    case nil: return nil
                    case .estate: return fact.eid.uuidString
                    case .occupation: return fact.oid?.uuidString
                    case .gender: return person.gender
                    case .ageGroup: return IndicatorTests.ageGroup(person, bands: bands, fiscalYear: fact.fy)
                    case .ageGroupGender:
                        return IndicatorTests.ageGroup(person, bands: bands, fiscalYear: fact.fy) + ":" + person.gender
                    case .month: return fact.mon
                    case .province: return String(person.subdistrict_code / 10_000)
                    }
                }
            }

            func check(
                on database: any Database,
                _ facts: [Fact],
                filter: IndicatorQueries.Filter,
                scope: FigureScope
            ) async throws {
                let results = try await FigureStore.figures(
                    cycles: cycles,
                    filter: filter,
                    scope: scope,
                    breakdowns: Breakdown.allCases,
                    bands: bands,
                    on: database
                )
                let totals = expected(facts, by: nil)[nil] ?? [:]
                for indicator in Indicator.allCases {
                    let want = totals[indicator] ?? Figure(count: 0, satang: indicator.hasAmount ? 0 : nil)
                    #expect(results.totals[indicator] == want, "\(indicator) total, \(filter), \(scope)")
                }
                for breakdown in Breakdown.allCases {
                    let want = expected(facts, by: breakdown)
                    var got: [String?: [Indicator: Figure]] = [:]
                    for (group, figures) in results.groups[breakdown] ?? [:] {
                        got[group.id?.uuidString ?? group.text ?? group.number.map(String.init)] = figures
                    }
                    #expect(Set(got.keys) == Set(want.keys), "\(breakdown) groups")
                    for (group, figures) in want {
                        for indicator in Indicator.allCases {
                            #expect(
                                got[group]?[indicator] == figures[indicator],
                                "\(breakdown) \(group ?? "-") \(indicator)"
                            )
                        }
                    }
                    // A person's own attributes partition the people: the groups add up. Over several
                    // cycles a person's age group can differ (it is taken per cycle), so there only
                    // gender does.
                    if breakdown == .gender || (cycles.count == 1 && [.ageGroup, .ageGroupGender].contains(breakdown)) {
                        for indicator in Indicator.allCases {
                            let sum = got.values.reduce(0) { $0 + ($1[indicator]?.count ?? 0) }
                            #expect(sum == results.totals[indicator]?.count, "\(breakdown) \(indicator) adds up")
                        }
                    }
                }
            }
        }

        @Test func everyIndicatorInEveryBreakdownEqualsAnIndependentCount() async throws {
            try await withApp { app, _ in try await Self.compare(app) }
        }

        static func compare(_ app: Application) async throws {
            try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
            try await DemoAssessments.seed(on: app.db, now: app.sanfan.clock.now())
            try await DemoLivelihoods.seed(on: app.db, now: app.sanfan.clock.now())
            let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
            let bands = app.sanfan.settings.ageBands
            let facts = try await Self.facts(cycle, on: app.db)
            let people = Dictionary(
                uniqueKeysWithValues: try await app.db.sql.raw(
                    """
                    SELECT id, estate_id, gender, birth_date, subdistrict_code, created_at, community_id, \
                    baseline_income_satang FROM participants
                    """
                ).all(decoding: PersonRow.self).map { ($0.id, $0) }
            )
            let cycleKey = IndicatorQueries.CycleKey(id: try cycle.requireID(), fiscalYear: 2562, bands: bands)
            let context = Context(people: people, bands: bands, cycles: [cycleKey])
            // Every indicator has records in the demo.
            for indicator in Indicator.allCases {
                #expect(facts.contains { $0.k == indicator }, "\(indicator) in the demo")
            }
            try await context.check(on: app.db, facts, filter: .init(), scope: .everything)
            // The pilot year's story: 1,223 people trained, against 1,000.
            let whole = try await FigureStore.figures(
                cycles: [cycleKey],
                filter: .init(),
                scope: .everything,
                breakdowns: [],
                bands: bands,
                on: app.db
            )
            #expect(whole.totals[.completed]?.count == 1_223)
            #expect((whole.totals[.certified]?.count ?? 0) > 500 && whole.incomeCommunities > 5)
            // Filters narrow the same records.
            let estate = try #require(facts.first { $0.k == .certified }?.eid)
            let occupation = try #require(facts.first { $0.k == .certified }?.oid)
            try await context.check(
                on: app.db,
                facts.filter { $0.eid == estate && people[$0.pid]!.gender == "female" },
                filter: .init(estate: estate, gender: .female),
                scope: .everything
            )
            try await context.check(
                on: app.db,
                facts.filter {
                    $0.oid == occupation
                        && IndicatorTests.ageGroup(people[$0.pid]!, bands: bands, fiscalYear: 2562) == "working_age"
                },
                filter: .init(occupation: occupation, ageGroup: .workingAge),
                scope: .everything
            )
            let province = people[facts.first { $0.k == .placed }!.pid]!.subdistrict_code / 10_000
            try await context.check(
                on: app.db,
                facts.filter { people[$0.pid]!.subdistrict_code / 10_000 == province },
                filter: .init(province: province),
                scope: .everything
            )
            // An officer's estates, and a bank's share: people referred to it who still share with
            // it, and only its own loans.
            try await context.check(
                on: app.db,
                facts.filter { $0.eid == estate },
                filter: .init(),
                scope: .estates([estate])
            )
            let gsb = try #require(try await CatalogueQueries.organisation(code: "GSB", on: app.db)?.requireID())
            struct Pid: Decodable { let participant_id: UUID }
            let shared = Set(
                try await app.db.sql.raw(
                    "SELECT participant_id FROM participant_shares WHERE organisation_id = \(bind: gsb)"
                ).all(decoding: Pid.self).map(\.participant_id)
            )
            let referred = Set(
                try await app.db.sql.raw("SELECT participant_id FROM referrals WHERE bank_id = \(bind: gsb)")
                    .all(decoding: Pid.self).map(\.participant_id)
            )
            let banked = facts.filter {
                shared.contains($0.pid) && referred.contains($0.pid) && ($0.bank == nil || $0.bank == gsb)
            }
            #expect(banked.contains { $0.k == .loansApproved })
            try await context.check(on: app.db, banked, filter: .init(), scope: .referredTo(gsb))
        }
    }
}
