import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// The cycle page's livelihood figures on the demo data, each recomputed here from the raw rows
/// (read plainly, counted in Swift, the income gain by `IncomeGain`, the core's own rule) and each
/// opening exactly the records behind it.
extension AppTests {
    @Suite struct LivelihoodCountTests {
        struct Pair: Decodable, Hashable {
            let pid: UUID
            let eid: UUID
        }

        struct Person: Decodable {
            let participant_id: UUID
        }

        struct LoanRow: Decodable {
            let participant_id: UUID
            let status: String
            let amount_approved_satang: Int64?
        }

        struct FollowUpRow: Decodable {
            let participant_id: UUID
            let done_on: String
            let reached: Bool
            let monthly_income_satang: Int64?
        }

        struct PersonRow: Decodable {
            let id: UUID
            let community_id: UUID?
            let baseline_income_satang: Int64
        }

        struct BaselineRow: Decodable {
            let participant_id: UUID
            let monthly_income_satang: Int64
        }

        struct EnterpriseRow: Decodable {
            let id: UUID
            let estate_id: UUID
            let started_on: String
        }

        struct MemberRow: Decodable {
            let enterprise_id: UUID
            let participant_id: UUID
            let role: String
        }

        @Test func everyLivelihoodFigureEqualsAnIndependentCountOfTheDemoData() async throws {
            try await withApp { app, _ in
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                try await DemoLivelihoods.seed(on: app.db, now: app.sanfan.clock.now())
                let sql = app.db.sql
                let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
                let cycleID = try cycle.requireID()
                // The cohort: completers of the cycle, at the course's estate.
                let cohort = Set(
                    try await sql.raw(
                        """
                        SELECT en.participant_id AS pid, co.estate_id AS eid FROM enrolments en, courses co \
                        WHERE co.id = en.course_id AND co.cycle_id = \(bind: cycleID) AND en.status = 'completed'
                        """
                    ).all(decoding: Pair.self)
                )
                func people(_ table: String) async throws -> Set<UUID> {
                    Set(
                        try await sql.raw("SELECT participant_id FROM \(unsafeRaw: table)").all(decoding: Person.self)
                            .map(\.participant_id)
                    )
                }
                let referred = try await people("referrals")
                let mentored = try await people("mentoring_attendees")
                let placed = try await people("placements")
                let loans = try await sql.raw("SELECT participant_id, status, amount_approved_satang FROM loans")
                    .all(decoding: LoanRow.self)
                let followUps = try await sql.raw(
                    "SELECT participant_id, done_on, reached, monthly_income_satang FROM income_followups"
                ).all(decoding: FollowUpRow.self)
                let persons = Dictionary(
                    uniqueKeysWithValues: try await sql.raw(
                        "SELECT id, community_id, baseline_income_satang FROM participants"
                    ).all(decoding: PersonRow.self).map { ($0.id, $0) }
                )
                let confirmed = Dictionary(
                    uniqueKeysWithValues: try await sql.raw(
                        "SELECT participant_id, monthly_income_satang FROM income_baselines"
                    ).all(decoding: BaselineRow.self).map { ($0.participant_id, $0.monthly_income_satang) }
                )
                func gain(_ person: UUID) -> IncomeGain {
                    let baseline =
                        confirmed[person]
                        ?? persons[person].flatMap {
                            $0.baseline_income_satang > 0 ? $0.baseline_income_satang : nil
                        }
                    return IncomeGain.of(
                        baseline: baseline.map { Satang($0) },
                        followUps: followUps.filter { $0.participant_id == person }.map {
                            .init(
                                day: ThaiCalendar.Day(iso: $0.done_on)!,
                                income: $0.reached ? Satang($0.monthly_income_satang ?? 0) : nil
                            )
                        }
                    )
                }
                let enterprises = try await sql.raw("SELECT id, estate_id, started_on FROM enterprises")
                    .all(decoding: EnterpriseRow.self)
                let members = try await sql.raw("SELECT enterprise_id, participant_id, role FROM enterprise_members")
                    .all(decoding: MemberRow.self)
                let completedAnywhere = Set(
                    try await sql.raw("SELECT participant_id FROM enrolments WHERE status = 'completed'")
                        .all(decoding: Person.self).map(\.participant_id)
                )

                let figures = try await LivelihoodProgressQueries.rows(cycle, on: app.db)
                var totals = LivelihoodProgressQueries.Row()
                let estates = Set(cohort.map(\.eid))
                #expect(estates.count == 10)
                for estate in estates {
                    let here = Set(cohort.filter { $0.eid == estate }.map(\.pid))
                    let row = figures.byEstate[estate] ?? .init()
                    #expect(row.referred == here.intersection(referred).count)
                    #expect(row.mentored == here.intersection(mentored).count)
                    #expect(row.placed == here.intersection(placed).count)
                    let approved = loans.filter {
                        here.contains($0.participant_id) && ["approved", "disbursed"].contains($0.status)
                    }
                    #expect(row.loansApproved == approved.count)
                    #expect(row.loansApprovedSatang == approved.reduce(0) { $0 + ($1.amount_approved_satang ?? 0) })
                    let created = enterprises.filter { enterprise in
                        enterprise.estate_id == estate && enterprise.started_on >= "2018-10-01"
                            && enterprise.started_on <= "2019-09-30"
                            && members.contains {
                                $0.enterprise_id == enterprise.id && $0.role != "employee"
                                    && completedAnywhere.contains($0.participant_id)
                            }
                    }
                    #expect(row.businesses == created.count)
                    var income = LivelihoodProgressQueries.IncomeTotals()
                    for person in here {
                        switch gain(person) {
                        case .measured(let amount):
                            income.gainSatang += amount
                            income.measured += 1
                        case .neverReached: income.unreached += 1
                        case .noBaseline: income.noBaseline += 1
                        case .notFollowedUp: break
                        }
                    }
                    #expect(row.income == income)
                    totals.referred += row.referred
                    totals.loansApproved += row.loansApproved
                    totals.businesses += row.businesses
                    totals.income = totals.income + row.income
                }
                // The story the demo tells: about a third referred, loans at every stage at each
                // bank, businesses made, gains measured and some people never reached.
                #expect(Double(totals.referred) / 1_223 > 0.25 && Double(totals.referred) / 1_223 < 0.45)
                #expect(totals.loansApproved > 0 && totals.businesses > 0)
                #expect(totals.income.measured > 500 && totals.income.unreached > 0 && totals.income.gainSatang > 0)
                struct Stage: Decodable, Hashable {
                    let bank_id: UUID
                    let status: String
                }
                let stages = Set(try await sql.raw("SELECT bank_id, status FROM loans").all(decoding: Stage.self))
                #expect(stages.count == 3 * LoanStatus.allCases.count)
                #expect(try await Enterprise.query(on: app.db).filter(\.$kind == .communityEnterprise).count() > 0)

                // Per community: each person once, in the community they registered in.
                for community in figures.communities {
                    var income = LivelihoodProgressQueries.IncomeTotals()
                    for person in Set(cohort.map(\.pid)) where persons[person]?.community_id == community.communityID {
                        switch gain(person) {
                        case .measured(let amount):
                            income.gainSatang += amount
                            income.measured += 1
                        case .neverReached: income.unreached += 1
                        case .noBaseline: income.noBaseline += 1
                        case .notFollowedUp: break
                        }
                    }
                    #expect(community.income == income, "\(community.community ?? "-")")
                }

                // The page shows the totals, and each linked figure opens exactly its records.
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let id = cycleID.uuidString.lowercased()
                let page = try await client.get("/cycles/\(id)")
                #expect(page.body.contains("อาชีพและรายได้หลังการอบรม"))
                #expect(page.body.contains(t(totals.income.gainSatang)))
                let estate = try #require(estates.sorted { $0.uuidString < $1.uuidString }.first)
                let row = figures.byEstate[estate] ?? .init()
                let query = "cycle=\(id)&estate=\(estate.uuidString.lowercased())"
                for (stage, expected) in [
                    ("referred", row.referred), ("mentored", row.mentored), ("placed", row.placed),
                    ("income", row.income.measured),
                ] {
                    let listed = try await DemoStoryTests().listed(client, "/participants?\(query)&stage=\(stage)")
                    #expect(listed.count == expected, "\(stage)")
                }
                // Every loan is reachable, 200 a page, through the API and the page's "older" link.
                struct Page: Decodable {
                    struct Item: Decodable { let id: UUID }
                    let items: [Item]
                    let next_page: Int?
                }
                let token = try await APITests().token(TestClient(app), "demo-admin")
                var seen: Set<UUID> = []
                var pageNumber: Int? = 1
                while let number = pageNumber {
                    let answer = try await client.api(.GET, "/api/v1/loans?page=\(number)", token: token).json(
                        Page.self
                    )
                    seen.formUnion(answer.items.map(\.id))
                    pageNumber = answer.next_page
                }
                #expect(seen.count == loans.count && loans.count > 200)
                let first = try await client.get("/loans")
                #expect(first.body.contains("href=\"/loans?page=2\""))
                let loanList = try await client.get("/loans?\(query)&approved=1")
                #expect(loanList.body.components(separatedBy: "href=\"/loans/").count - 1 == row.loansApproved)
            }
        }

        private func t(_ satang: Int64) -> String { Satang(satang).formatted(in: .thai) }
    }
}
