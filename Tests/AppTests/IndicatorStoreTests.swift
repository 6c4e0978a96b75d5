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

        /// Reads everything afresh and checks the whole programme, one estate (the cube), and two
        /// estates together (the facts), against the independent counts.
        static func checkAll(_ app: Application, bands: AgeBands) async throws {
            let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
            let facts = try await IndicatorTests.facts(cycle, on: app.db)
            let people = Dictionary(
                uniqueKeysWithValues: try await app.db.sql.raw(
                    """
                    SELECT id, estate_id, gender, birth_date, subdistrict_code, created_at, community_id, \
                    baseline_income_satang FROM participants
                    """
                ).all(decoding: IndicatorTests.PersonRow.self).map { ($0.id, $0) }
            )
            let key = IndicatorQueries.CycleKey(id: try cycle.requireID(), fiscalYear: 2562, bands: bands)
            let context = IndicatorTests.Context(people: people, bands: bands, cycle: key)
            try await context.check(on: app.db, facts, filter: .init(), scope: .everything)
            let estates = Array(Set(facts.filter { $0.k == .completed }.map(\.eid))).sorted {
                $0.uuidString < $1.uuidString
            }
            try #require(estates.count >= 2)
            try await context.check(
                on: app.db,
                facts.filter { $0.eid == estates[0] },
                filter: .init(),
                scope: .estates([estates[0]])
            )
            try await context.check(
                on: app.db,
                facts.filter { $0.eid == estates[0] || $0.eid == estates[1] },
                filter: .init(),
                scope: .estates([estates[0], estates[1]])
            )
            // A partner other than a lender: the people who share with it, from a cube of their own.
            let gsb = try #require(try await CatalogueQueries.organisation(code: "GSB", on: app.db)?.requireID())
            let shared = Set(
                try await app.db.sql.raw(
                    "SELECT participant_id FROM participant_shares WHERE organisation_id = \(bind: gsb)"
                ).all(decoding: Person.self).map(\.participant_id)
            )
            try await context.check(
                on: app.db,
                facts.filter { shared.contains($0.pid) && people[$0.pid]!.gender == "female" },
                filter: .init(gender: .female),
                scope: .sharedWith(gsb)
            )
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
            let before = try await FigureStore.figures(
                cycles: [try await key(app, bands)],
                filter: .init(),
                scope: .everything,
                breakdowns: [],
                bands: bands,
                on: app.db
            )
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
            let after = try await FigureStore.figures(
                cycles: [try await key(app, bands)],
                filter: .init(),
                scope: .everything,
                breakdowns: [],
                bands: bands,
                on: app.db
            )
            #expect(after.totals[.certified]!.count == before.totals[.certified]!.count - 1)
            #expect(after.totals[.placed]!.count < before.totals[.placed]!.count)
            // An enrolled person completes; a course moves to another estate (the whole cycle).
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
            // Other default bands: every age group is worked out again.
            try await checkAll(app, bands: AgeBands(minimumAge: 18, nearRetirementFrom: 45, elderlyFrom: 65))
        }

        static func key(_ app: Application, _ bands: AgeBands) async throws -> IndicatorQueries.CycleKey {
            let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
            return IndicatorQueries.CycleKey(id: try cycle.requireID(), fiscalYear: 2562, bands: bands)
        }
    }
}
