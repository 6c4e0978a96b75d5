import Fluent
import Foundation
import SQLKit
import SQLiteKit
import SanfanCore
import Testing
import VaporTesting

@testable import App

/// The duplicate review (issue 15): likely pairs found by named rules and shown only within the
/// reader's estates; "not the same person" remembered; a merge that moves every linked record to
/// the person kept; and an undo that puts back exactly what was, compared as a dump of the rows.
extension AppTests {
    @Suite struct DuplicateReviewTests {
        static let linkedTables = PersonMerge.movable.map(\.table) + ["income_baselines", "participant_shares"]

        /// Every row that names either person, and their own rows, as text: independent of the code
        /// under test (SQLite prints its row; PostgreSQL gives it as JSON).
        static func dump(_ ids: [UUID], on database: any Database) async throws -> [String] {
            let sql = database.sql
            var lines: [String] = []
            for (table, column) in [("participants", "id")] + linkedTables.map({ ($0, "participant_id") }) {
                for id in ids {
                    if let sqlite = database as? any SQLiteDatabase {
                        let rows = try await sqlite.query(
                            "SELECT * FROM \"\(table)\" WHERE \"\(column)\" = ?",
                            [.text(id.uuidString)]
                        )
                        lines += rows.map { table + " " + $0.description }
                    } else {
                        let rows = try await sql.raw(
                            "SELECT row_to_json(t)::text AS j FROM \(ident: table) t WHERE \(ident: column) = \(bind: id)"
                        ).all()
                        lines += try rows.map { table + " " + (try $0.decode(column: "j", as: String.self)) }
                    }
                }
            }
            return lines.sorted()
        }

        static func count(_ table: String, of id: UUID, on database: any Database) async throws -> Int {
            try await database.sql.raw("SELECT COUNT(*) AS n FROM \(ident: table) WHERE participant_id = \(bind: id)")
                .first()?.decode(column: "n", as: Int.self) ?? -1
        }

        @Test func pairsAreFoundByNamedRulesShownWithinScopeAndNotShownAgainOnceDismissed() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                // The same person typed twice: ศ/ส sound alike; same birth date, no ID the second time.
                let first = try await fixtures.register(first: "ศักดิ์ชัย", last: "ทองดี", id: "1234545678781")
                let second = try await fixtures.register(first: "สักดิ์ชัย", last: "ทองดี", id: nil)
                // Same birth date, different person: never paired.
                try await fixtures.register(first: "มานี", last: "ทองดี", id: "1111111111119")
                let result = try await DuplicateScan.run(on: app.db, now: app.sanfan.clock.now())
                #expect(result.pairs == 1)

                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let list = try await officer.get("/duplicates")
                #expect(list.status == .ok)
                #expect(list.body.contains("นายศักดิ์ชัย ทองดี"))
                #expect(list.body.contains("วันเกิดเดียวกัน ชื่อคล้ายกัน (ออกเสียงเหมือนกัน"))
                let pairPath = try #require(
                    list.body.firstMatch(of: /href="(\/duplicates\/[0-9a-f-]{36})"/).map { String($0.output.1) }
                )
                let compare = try await officer.get(pairPath)
                #expect(compare.status == .ok)
                #expect(compare.body.contains("เก็บคนนี้ไว้"))
                #expect(compare.body.contains(first.id!.uuidString.lowercased()))
                #expect(compare.body.contains(second.id!.uuidString.lowercased()))

                // Another estate's officer sees neither the pair nor the page.
                _ = try await fixtures.otherOfficer()
                let other = TestClient(app)
                try await other.signIn("bangplee.officer", password: "a-long-password")
                #expect(!(try await other.get("/duplicates")).body.contains("ทองดี"))
                #expect(try await other.get(pairPath).status == .notFound)
                #expect(
                    try await other.post(pairPath + "/merge", form: [("keep", first.id!.uuidString)]).status
                        == .notFound
                )
                // A partner has no review at all.
                let partner = TestClient(app)
                try await partner.signIn("demo-partner")
                #expect(try await partner.get("/duplicates").status == .forbidden)

                let dismissed = try await officer.post(pairPath + "/dismiss")
                #expect(dismissed.status == .seeOther)
                #expect(try await officer.get(pairPath).status == .notFound)
                // A later scan remembers it.
                #expect(try await DuplicateScan.run(on: app.db, now: app.sanfan.clock.now()).pairs == 0)
                #expect(try await Participant.query(on: app.db).count() == 3)
            }
        }

        @Test func aMergeMovesEveryLinkedRecordAndItsUndoRestoresExactlyWhatWas() async throws {
            try await withApp { app, _ in
                let now = app.sanfan.clock.now()
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: now)
                try await DemoAssessments.seed(on: app.db, now: now)
                try await DemoLivelihoods.seed(on: app.db, now: now)
                // The demo person with records in the most kinds of table.
                let union = SQLList(
                    Self.linkedTables.map {
                        SQLQueryString("SELECT DISTINCT participant_id, \(literal: $0) AS t FROM \(ident: $0)")
                    },
                    separator: SQLRaw(" UNION ALL ")
                )
                let richest = try #require(
                    try await app.db.sql.raw(
                        "SELECT participant_id, COUNT(*) AS kinds FROM (\(union)) x GROUP BY participant_id ORDER BY kinds DESC, participant_id LIMIT 1"
                    ).first()
                )
                let removedID = try richest.decodeID(column: "participant_id")
                let removed = try #require(try await Participant.find(removedID, on: app.db))
                #expect(try richest.decode(column: "kinds", as: Int.self) >= 6)
                let estate = try #require(try await Estate.find(removed.$estate.id, on: app.db))

                // The same person registered again at the same estate, without an ID, with nothing linked.
                var submission = Registry.Submission()
                submission.input.prefix = removed.prefix
                submission.input.firstNameTh = removed.firstNameTh
                submission.input.lastNameTh = removed.lastNameTh
                submission.input.gender = removed.gender
                submission.input.birthDate = removed.birthDate
                submission.input.noIDReason = "ไม่ได้นำบัตรมา"
                submission.input.subdistrictCode = String(removed.subdistrictCode)
                submission.estateID = try estate.requireID().uuidString
                submission.consents = ["programme"]
                submission.confirmDuplicate = true
                let admin = try await Fixtures(app: app).principal("demo-admin")
                let kept = try await Registry.register(
                    submission,
                    by: admin,
                    deps: .init(vault: app.sanfan.vault, clock: app.sanfan.clock, bands: .default),
                    on: app.db
                )
                let keptID = try kept.requireID()
                #expect(kept.nationalIDIndex == nil)

                var before: [String: (removed: Int, kept: Int)] = [:]
                for table in Self.linkedTables {
                    before[table] = (
                        try await Self.count(table, of: removedID, on: app.db),
                        try await Self.count(table, of: keptID, on: app.db)
                    )
                }
                let dumpBefore = try await Self.dump([keptID, removedID], on: app.db)
                #expect(try await DuplicateScan.run(on: app.db, now: now).pairs >= 1)

                // Through the page, as HQ: keep the new record, merge the demo one into it.
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let list = try await client.get("/duplicates")
                let pairPath = try #require(
                    list.body.firstMatch(of: /href="(\/duplicates\/[0-9a-f-]{36})"/).map { String($0.output.1) }
                )
                let merged = try await client.post(
                    pairPath + "/merge",
                    form: [("keep", keptID.uuidString.lowercased())]
                )
                #expect(merged.status == .seeOther)
                #expect(try await Participant.find(removedID, on: app.db) == nil)
                for table in Self.linkedTables where table != "income_baselines" && table != "participant_shares" {
                    let (removedCount, keptCount) = before[table]!
                    #expect(try await Self.count(table, of: keptID, on: app.db) == removedCount + keptCount, "\(table)")
                    #expect(try await Self.count(table, of: removedID, on: app.db) == 0, "\(table)")
                }
                let after = try #require(try await Participant.find(keptID, on: app.db))
                #expect(after.nationalIDIndex == removed.nationalIDIndex)  // the kept record had none: it takes the ID
                #expect(after.phone == (kept.phone ?? removed.phone))
                let audit = try await AuditEvent.query(on: app.db).filter(
                    \.$entityID == removedID.uuidString.lowercased()
                )
                .filter(\.$action == .delete).count()
                #expect(audit == 1)

                // The page lists the merge; its undo puts every row back as it was.
                let merges = try await client.get("/duplicates")
                #expect(merges.body.contains("ยกเลิกการรวม"))
                let undoPath = try #require(
                    merges.body.firstMatch(of: /action="(\/merges\/[0-9a-f-]{36}\/undo)"/).map { String($0.output.1) }
                )
                #expect(try await client.post(undoPath).status == .seeOther)
                let dumpAfter = try await Self.dump([keptID, removedID], on: app.db)
                #expect(dumpAfter == dumpBefore)
                #expect(dumpBefore.count > 10)
                // Once: a second undo changes nothing and says so.
                let again = try await client.post(undoPath)
                #expect(again.status == .seeOther)
                #expect(try await Self.dump([keptID, removedID], on: app.db) == dumpBefore)
            }
        }

        /// Three records of one person (found by an attacking helper): the person kept in one merge can
        /// be merged on into another, and merges into one person can be undone in any order; each
        /// ends with exactly the rows there were.
        @Test func chainsOfMergesUndoInAnyOrder() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let people = [
                    try await fixtures.register(last: "สามคน", id: "1101700123456"),
                    try await fixtures.register(last: "สามคน", id: "1101700123464"),
                    try await fixtures.register(last: "สามคน", id: "1101700123472"),
                ]
                let (a, b, c) = (try people[0].requireID(), try people[1].requireID(), try people[2].requireID())
                let before = try await Self.dump([a, b, c], on: app.db)
                #expect(try await DuplicateScan.run(on: app.db, now: app.sanfan.clock.now()).pairs == 3)
                let actor = Audit.Actor(try await fixtures.principal("demo-officer"))
                let now = app.sanfan.clock.now()

                // B into A, then A (kept just now) into C.
                let first = try await PersonMerge.merge(keep: a, remove: b, by: actor, at: now, on: app.db)
                let second = try await PersonMerge.merge(keep: c, remove: a, by: actor, at: now, on: app.db)
                #expect(try await Participant.query(on: app.db).count() == 1)
                // The first waits for the second: A is gone.
                await #expect(throws: PersonMerge.Refusal.self) {
                    try await PersonMerge.undo(first, by: actor, at: now, on: app.db)
                }
                try await PersonMerge.undo(second, by: actor, at: now, on: app.db)
                try await PersonMerge.undo(first, by: actor, at: now, on: app.db)
                #expect(try await Self.dump([a, b, c], on: app.db) == before)

                // B and C both into A; undone oldest first.
                let third = try await PersonMerge.merge(keep: a, remove: b, by: actor, at: now, on: app.db)
                let fourth = try await PersonMerge.merge(keep: a, remove: c, by: actor, at: now, on: app.db)
                try await PersonMerge.undo(third, by: actor, at: now, on: app.db)
                try await PersonMerge.undo(fourth, by: actor, at: now, on: app.db)
                #expect(try await Self.dump([a, b, c], on: app.db) == before)
                #expect(try await Participant.query(on: app.db).count() == 3)
            }
        }

        @Test func twoEnrolmentsInOneCourseAreNotMergedAndNothingChanges() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let a = try await fixtures.register(first: "ศักดิ์ชัย", last: "ทองดี", id: "1234545678781")
                let b = try await fixtures.register(first: "สักดิ์ชัย", last: "ทองดี", id: nil)
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle)
                let admin = try await fixtures.principal("demo-admin")
                for person in [a, b] {
                    _ = try await Courses.enrol(
                        [try person.requireID()],
                        in: course,
                        by: admin,
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
                let ids = [try a.requireID(), try b.requireID()]
                let dumpBefore = try await Self.dump(ids, on: app.db)
                try await DuplicateScan.run(on: app.db, now: app.sanfan.clock.now())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let list = try await client.get("/duplicates")
                let pairPath = try #require(
                    list.body.firstMatch(of: /href="(\/duplicates\/[0-9a-f-]{36})"/).map { String($0.output.1) }
                )
                let refused = try await client.post(pairPath + "/merge", form: [("keep", ids[0].uuidString)])
                #expect(refused.status == .conflict)
                #expect(refused.body.contains("รวมไม่ได้"))
                #expect(refused.body.contains("การสมัครอบรม"))
                #expect(try await Self.dump(ids, on: app.db) == dumpBefore)
                // A keep that is neither of the pair is a bad request.
                #expect(
                    try await client.post(pairPath + "/merge", form: [("keep", UUID().uuidString)]).status
                        == .badRequest
                )
            }
        }
    }
}
