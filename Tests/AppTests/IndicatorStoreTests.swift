import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// The figure store follows the records: after changes of every kind the triggers watch — a person's
/// own details, a completion, a revoked certificate, a deleted placement, a course moved to another
/// estate, a business's new member, other default age bands — the dashboard's figures still equal
/// the independent counts (`IndicatorTests`), read from the cube and from the facts.
extension AppTests {
    @Suite struct IndicatorStoreTests {
        struct Row: Decodable {
            let id: UUID
        }

        struct Person: Decodable {
            let participant_id: UUID
        }

        /// Reads everything afresh and checks, against the independent counts: one cycle for the
        /// whole programme, one estate and a partner (cubes) and two estates (the facts); every cycle
        /// (a record counted once across them) for the programme, one estate and a bank; and some of
        /// the cycles (the facts).
        static func checkAll(_ app: Application, bands: AgeBands) async throws {
            let sql = app.db.sql
            let cycles = try await Cycle.query(on: app.db).sort(\.$fiscalYear).all()
            let keys = try cycles.map {
                IndicatorQueries.CycleKey(id: try $0.requireID(), fiscalYear: $0.fiscalYear, bands: bands)
            }
            var byCycle: [[IndicatorTests.Fact]] = []
            for cycle in cycles { byCycle.append(try await IndicatorTests.facts(cycle, on: app.db)) }
            let people = Dictionary(
                uniqueKeysWithValues: try await sql.raw(
                    """
                    SELECT id, estate_id, gender, birth_date, subdistrict_code, created_at, community_id, \
                    baseline_income_satang FROM participants
                    """
                ).all(decoding: IndicatorTests.PersonRow.self).map { ($0.id, $0) }
            )
            let gsb = try #require(try await CatalogueQueries.organisation(code: "GSB", on: app.db)?.requireID())
            let shared = Set(
                try await sql.raw("SELECT participant_id FROM participant_shares WHERE organisation_id = \(bind: gsb)")
                    .all(decoding: Person.self).map(\.participant_id)
            )
            let referred = Set(
                try await sql.raw("SELECT participant_id FROM referrals WHERE bank_id = \(bind: gsb)")
                    .all(decoding: Person.self).map(\.participant_id)
            )
            let banked = { (facts: [IndicatorTests.Fact]) in
                facts.filter {
                    shared.contains($0.pid) && referred.contains($0.pid) && ($0.bank == nil || $0.bank == gsb)
                }
            }
            // The pilot year.
            let pilot = byCycle[0]
            let one = IndicatorTests.Context(people: people, bands: bands, cycles: [keys[0]])
            try await one.check(on: app.db, pilot, filter: .init(), scope: .everything)
            let estates = Array(Set(pilot.filter { $0.k == .completed }.map(\.eid))).sorted {
                $0.uuidString < $1.uuidString
            }
            try #require(estates.count >= 2)
            try await one.check(
                on: app.db,
                pilot.filter { $0.eid == estates[0] },
                filter: .init(),
                scope: .estates([estates[0]])
            )
            try await one.check(
                on: app.db,
                pilot.filter { $0.eid == estates[0] || $0.eid == estates[1] },
                filter: .init(),
                scope: .estates([estates[0], estates[1]])
            )
            try await one.check(
                on: app.db,
                pilot.filter { shared.contains($0.pid) && people[$0.pid]!.gender == "female" },
                filter: .init(gender: .female),
                scope: .sharedWith(gsb)
            )
            try await one.check(on: app.db, banked(pilot), filter: .init(), scope: .referredTo(gsb))
            // Every cycle: a person trained in two cycles counts once in the total, and under each
            // age group they were in.
            let all = byCycle.flatMap { $0 }
            let every = IndicatorTests.Context(people: people, bands: bands, cycles: keys)
            try await every.check(on: app.db, all, filter: .init(), scope: .everything)
            try await every.check(
                on: app.db,
                all.filter { $0.eid == estates[0] },
                filter: .init(),
                scope: .estates([estates[0]])
            )
            try await every.check(on: app.db, banked(all), filter: .init(), scope: .referredTo(gsb))
            try await every.check(
                on: app.db,
                all.filter {
                    IndicatorTests.ageGroup(people[$0.pid]!, bands: bands, fiscalYear: $0.fy) == "working_age"
                },
                filter: .init(ageGroup: .workingAge),
                scope: .everything
            )
            // The home page's headlines, summed from the store, equal the cycle page's counts.
            try await FigureStore.refresh(bands: bands, on: app.db)
            for own in [nil, Set([estates[0]])] {
                let headlines = try #require(try await HomeQueries.headlines(estates: own, on: app.db))
                for cycle in cycles {
                    let counted = try await ProgressQueries.headline(cycle, estates: own, on: app.db)
                    #expect(
                        headlines[try cycle.requireID()] ?? HomeQueries.Headline()
                            == .init(target: counted.target, enrolled: counted.enrolled, completed: counted.completed),
                        "home headline of \(cycle.fiscalYear), \(own == nil ? "everything" : "one estate")"
                    )
                }
            }
            // The cycle page's figures, summed from the store, equal its counts from the records.
            for cycle in cycles {
                try await checkCyclePage(app, cycle, estates: estates, bands: bands)
            }
            // Some of the cycles.
            if keys.count > 2 {
                let some = IndicatorTests.Context(people: people, bands: bands, cycles: Array(keys.prefix(2)))
                try await some.check(on: app.db, byCycle[0] + byCycle[1], filter: .init(), scope: .everything)
            }
        }

        /// The cycle page from the store (`CycleFigureQueries`) against its recount from the records
        /// (`ProgressQueries`, `LivelihoodProgressQueries`): every estate's row and livelihoods, the
        /// income per community, and the age groups for the programme, one estate and two.
        static func checkCyclePage(_ app: Application, _ cycle: Cycle, estates: [UUID], bands: AgeBands) async throws {
            // Twice: the second from the sums kept for the store's generation.
            let first = try await CycleFigureQueries.load(cycle, bands: bands, on: app.db)
            let stored = try await CycleFigureQueries.load(cycle, bands: bands, on: app.db)
            #expect(first.generation != nil && stored.generation == first.generation)
            #expect(first.livelihood == stored.livelihood, "kept livelihoods of \(cycle.fiscalYear)")
            let counted = try await ProgressQueries.rows(cycle, on: app.db)
            let year = cycle.fiscalYear
            #expect(stored.rows.map(\.estate_id) == counted.map(\.estate_id), "estates of \(year)")
            for (a, b) in zip(stored.rows, counted) {
                #expect(
                    [a.registered, a.enrolled, a.completed, a.assessed, a.certified, a.target_trained] as [Int]
                        == [b.registered, b.enrolled, b.completed, b.assessed, b.certified, b.target_trained],
                    "cycle page row of \(b.estate_code) in \(year)"
                )
            }
            let livelihood = try await LivelihoodProgressQueries.rows(cycle, on: app.db)
            for estate in Set(stored.livelihood.keys).union(livelihood.byEstate.keys) {
                let none = LivelihoodProgressQueries.Row()
                #expect(
                    (stored.livelihood[estate] ?? none) == (livelihood.byEstate[estate] ?? none),
                    "livelihoods at \(estate) in \(year)"
                )
            }
            #expect(
                stored.communities.map { "\($0.communityID as Any) \($0.income)" }.sorted()
                    == livelihood.communities.map { "\($0.communityID as Any) \($0.income)" }.sorted(),
                "income per community in \(year)"
            )
            // No estates (an officer whose estates the cycle does not cover): no age groups at all.
            #expect(try await CycleFigureQueries.ageGroups(cycle, estates: [], bands: bands, on: app.db).isEmpty)
            for own in [nil, Set([estates[0]]), Set(estates.prefix(2))] {
                let ages = try await CycleFigureQueries.ageGroups(
                    cycle,
                    estates: own,
                    bands: bands,
                    generation: stored.generation,
                    on: app.db
                )
                let recount = try await ProgressQueries.ageGroups(
                    cycle,
                    bands: cycle.ageBands.flatMap(AgeBands.init(parsing:)) ?? bands,
                    estates: own,
                    on: app.db
                )
                #expect(
                    ages.map { "\($0.age_group) \($0.enrolled) \($0.completed)" }.sorted()
                        == recount.map { "\($0.age_group) \($0.enrolled) \($0.completed)" }.sorted(),
                    "age groups of \(year) at \(own?.count ?? 0) estates"
                )
            }
        }

        @Test func theFiguresFollowEveryKindOfChange() async throws {
            try await withApp { app, _ in try await Self.changes(app) }
        }

        static func changes(_ app: Application) async throws {
            try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
            try await DemoAssessments.seed(on: app.db, now: app.sanfan.clock.now())
            try await DemoLivelihoods.seed(on: app.db, now: app.sanfan.clock.now())
            let bands = app.sanfan.settings.ageBands
            let sql = app.db.sql
            try await checkAll(app, bands: bands)
            let before = try await pilotTotals(app, bands)
            // A certified person's gender and birth date; a certificate revoked; a placement deleted.
            let certified = try #require(
                try await sql.raw("SELECT participant_id FROM certificates WHERE revoked_on IS NULL")
                    .first(decoding: Person.self)?.participant_id
            )
            try await sql.raw(
                "UPDATE participants SET gender = 'other', birth_date = '1950-01-01' WHERE id = \(bind: certified)"
            ).run()
            let certificate = try #require(
                try await sql.raw(
                    "SELECT id FROM certificates WHERE revoked_on IS NULL AND participant_id <> \(bind: certified)"
                )
                .first(decoding: Row.self)?.id
            )
            try await sql.raw("UPDATE certificates SET revoked_on = '2020-01-01' WHERE id = \(bind: certificate)").run()
            let placement = try #require(try await sql.raw("SELECT id FROM placements").first(decoding: Row.self)?.id)
            try await sql.raw("DELETE FROM placements WHERE id = \(bind: placement)").run()
            try await checkAll(app, bands: bands)
            let after = try await pilotTotals(app, bands)
            #expect(after.totals[.certified]!.count == before.totals[.certified]!.count - 1)
            #expect(after.totals[.placed]!.count < before.totals[.placed]!.count)
            // A borrower of the pilot year completes a course of the next year as well, and has an
            // earlier loan from another bank.
            struct Borrower: Decodable {
                let participant_id: UUID
                let bank_id: UUID
            }
            let gsb = try #require(try await CatalogueQueries.organisation(code: "GSB", on: app.db)?.requireID())
            let borrower = try #require(
                try await sql.raw(
                    """
                    SELECT l.participant_id, l.bank_id FROM loans l JOIN enrolments en ON en.participant_id = l.participant_id \
                    JOIN courses co ON co.id = en.course_id JOIN cycles c ON c.id = co.cycle_id \
                    WHERE l.status IN ('approved', 'disbursed') AND l.bank_id = \(bind: gsb) AND c.fiscal_year = 2562 \
                    AND en.status = 'completed'
                    """
                ).first(decoding: Borrower.self)?.participant_id
            )
            let later = try #require(
                try await sql.raw(
                    """
                    SELECT en.id FROM enrolments en JOIN courses co ON co.id = en.course_id JOIN cycles c ON c.id = co.cycle_id \
                    WHERE c.fiscal_year = 2563 AND NOT EXISTS (SELECT 1 FROM enrolments o \
                    WHERE o.course_id = en.course_id AND o.participant_id = \(bind: borrower))
                    """
                ).first(decoding: Row.self)?.id
            )
            try await sql.raw(
                "UPDATE enrolments SET participant_id = \(bind: borrower), status = 'completed' WHERE id = \(bind: later)"
            ).run()
            try await sql.raw(
                """
                UPDATE loans SET participant_id = \(bind: borrower), status = 'approved', approved_on = '2019-01-01' \
                WHERE id = (SELECT id FROM loans WHERE bank_id <> \(bind: gsb) AND participant_id <> \(bind: borrower) LIMIT 1)
                """
            ).run()
            try await checkAll(app, bands: bands)
            // An enrolled person completes; a course moves to another estate.
            let enrolled = try #require(
                try await sql.raw("SELECT id FROM enrolments WHERE status = 'enrolled'").first(decoding: Row.self)?.id
            )
            try await sql.raw("UPDATE enrolments SET status = 'completed' WHERE id = \(bind: enrolled)").run()
            struct Course: Decodable {
                let id: UUID
                let estate_id: UUID
            }
            let courses = try await sql.raw("SELECT id, estate_id FROM courses").all(decoding: Course.self)
            let moved = try #require(courses.first)
            let elsewhere = try #require(courses.first { $0.estate_id != moved.estate_id }?.estate_id)
            try await sql.raw("UPDATE courses SET estate_id = \(bind: elsewhere) WHERE id = \(bind: moved.id)").run()
            // A person who completed a course joins a business as a member.
            let enterprise = try #require(try await sql.raw("SELECT id FROM enterprises").first(decoding: Row.self)?.id)
            try await sql.raw(
                """
                INSERT INTO enterprise_members (id, enterprise_id, participant_id, role, joined_on) \
                SELECT \(bind: UUID()), \(bind: enterprise), en.participant_id, 'member', '2019-06-01' FROM enrolments en \
                WHERE en.status = 'completed' AND NOT EXISTS (SELECT 1 FROM enterprise_members m \
                WHERE m.enterprise_id = \(bind: enterprise) AND m.participant_id = en.participant_id) LIMIT 1
                """
            ).run()
            try await checkAll(app, bands: bands)
            // A third cycle, with no records yet: the first two are now some of the cycles.
            let third = Cycle()
            third.fiscalYear = 2564
            third.nameTh = "ปีงบประมาณ 2564"
            third.nameEn = "Fiscal year 2021"
            third.status = .planning
            try await third.create(on: app.db)
            try await checkAll(app, bands: bands)
            // A person who completed a course, mentored for the first time; a follow-up that
            // reached someone marked as not reached after all.
            try await sql.raw(
                """
                INSERT INTO mentoring_attendees (id, session_id, participant_id) \
                SELECT \(bind: UUID()), (SELECT id FROM mentoring_sessions LIMIT 1), en.participant_id FROM enrolments en \
                WHERE en.status = 'completed' AND NOT EXISTS (SELECT 1 FROM mentoring_attendees a \
                WHERE a.participant_id = en.participant_id) LIMIT 1
                """
            ).run()
            try await sql.raw(
                """
                UPDATE income_followups SET reached = \(bind: false), monthly_income_satang = NULL \
                WHERE id = (SELECT id FROM income_followups WHERE reached = \(bind: true) LIMIT 1)
                """
            ).run()
            try await checkAll(app, bands: bands)
            // Other default bands: every age group is worked out again.
            try await checkAll(app, bands: AgeBands(minimumAge: 18, nearRetirementFrom: 45, elderlyFrom: 65))
        }

        /// The pilot year's totals for the whole programme.
        static func pilotTotals(_ app: Application, _ bands: AgeBands) async throws -> IndicatorQueries.Results {
            try await FigureStore.figures(
                cycles: [try await key(app, bands)],
                filter: .init(),
                scope: .everything,
                breakdowns: [],
                bands: bands,
                on: app.db
            )
        }

        static func key(_ app: Application, _ bands: AgeBands) async throws -> IndicatorQueries.CycleKey {
            let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
            return IndicatorQueries.CycleKey(id: try cycle.requireID(), fiscalYear: 2562, bands: bands)
        }
    }
}
