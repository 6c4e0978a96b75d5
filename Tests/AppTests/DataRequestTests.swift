import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// The PDPA requests register and the document of everything held about a person (issue 16): a
/// request is recorded with its identity check and 30-day deadline, listed by deadline, closed
/// only with what was done (a refusal with its reason), every step audited; the document and its
/// JSON hold the person's records and nothing of a person linked to the same enterprise or
/// mentoring session; other estates and partners reach none of it.
extension AppTests {
    @Suite struct DataRequestTests {
        @Test func aRequestIsRecordedListedByDeadlineAndClosedOnlyWithAnAnswer() async throws {
            try await withApp { app, clock in
                let fixtures = Fixtures(app: app)
                let person = try await fixtures.register(first: "ขอดู", last: "ข้อมูล")
                let late = try await fixtures.register(first: "เกิน", last: "กำหนด", id: "1111111111119")
                // Three years on (the test clock starts in 2020, before the Act's rights took effect).
                clock.advance(by: 3 * 365 * 86_400)
                let id = try person.requireID().uuidString.lowercased()
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let form = try await officer.get("/participants/\(id)/data-requests")
                #expect(form.status == .ok)
                #expect(form.body.contains("ขอเข้าถึงข้อมูล (ม.30)"))

                // Refused as typed: no identity check, an unknown kind, a day in the future.
                let bad = try await officer.post(
                    "/participants/\(id)/data-requests",
                    form: [("kind", "everything"), ("channel", "letter"), ("received_on", "1/1/2580")]
                )
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.contains("1/1/2580"))
                #expect(try await DataRequest.query(on: app.db).count() == 0)

                // Received 25 days ago by letter: due in 5 days.
                let received = ThaiCalendar.Day.containing(clock.now.addingTimeInterval(-25 * 86_400))
                let made = try await officer.post(
                    "/participants/\(id)/data-requests",
                    form: [
                        ("kind", "access"), ("channel", "letter"), ("received_on", received.iso),
                        ("identity_check", "สำเนาบัตรประชาชนลงนามรับรอง"), ("details", "ขอดูข้อมูลทั้งหมด"),
                    ]
                )
                #expect(made.status == .seeOther)
                let request = try #require(try await DataRequest.query(on: app.db).first())
                #expect(request.dueOn == DataRequestRules.due(receivedOn: received).iso)
                #expect(request.status == .open)
                let page = try await officer.get(made.location ?? "")
                #expect(page.body.contains("เหลือ 5 วัน"))
                #expect(page.body.contains("สำเนาบัตรประชาชนลงนามรับรอง"))
                #expect(page.body.contains("/participants/\(id)/data.json"))

                // An overdue one sorts first on the work list; none can be dated before the Act's rights.
                let lateID = try late.requireID().uuidString.lowercased()
                _ = try await officer.get("/participants/\(lateID)/data-requests")
                let early = ThaiCalendar.Day(year: 2022, month: 5, day: 31)
                let beforeRegistration = try await officer.post(
                    "/participants/\(lateID)/data-requests",
                    form: [
                        ("kind", "erasure"), ("channel", "in_person"), ("received_on", early.iso),
                        ("identity_check", "บัตรประชาชนตัวจริง"),
                    ]
                )
                #expect(beforeRegistration.status == .unprocessableEntity)
                _ = try await officer.get("/participants/\(lateID)/data-requests")
                let old = ThaiCalendar.Day.containing(clock.now.addingTimeInterval(-40 * 86_400))
                #expect(
                    try await officer.post(
                        "/participants/\(lateID)/data-requests",
                        form: [
                            ("kind", "erasure"), ("channel", "in_person"), ("received_on", old.iso),
                            ("identity_check", "บัตรประชาชนตัวจริง"),
                        ]
                    ).status == .seeOther
                )
                let list = try await officer.get("/data-requests").body
                let overdue = try #require(list.range(of: "นายเกิน กำหนด"))
                let dueSoon = try #require(list.range(of: "นายขอดู ข้อมูล"))
                #expect(overdue.lowerBound < dueSoon.lowerBound)
                #expect(list.contains("เกินกำหนด 10 วัน"))

                // Closing needs what was done; a refusal its reason. Closed once only.
                let requestPath = "/data-requests/\(try request.requireID().uuidString.lowercased())"
                _ = try await officer.get(requestPath)
                let blank = try await officer.post(
                    requestPath + "/close",
                    form: [("status", "refused"), ("outcome", " ")]
                )
                #expect(blank.status == .unprocessableEntity)
                let closed = try await officer.post(
                    requestPath + "/close",
                    form: [("status", "done"), ("outcome", "มอบเอกสารและไฟล์ให้เจ้าของข้อมูลแล้ว")]
                )
                #expect(closed.status == .seeOther)
                _ = try await officer.get(requestPath)
                let twice = try await officer.post(
                    requestPath + "/close",
                    form: [("status", "refused"), ("outcome", "x")]
                )
                #expect(twice.status == .seeOther)
                #expect(try await officer.get(requestPath).body.contains("คำขอนี้ปิดไปแล้ว"))
                // Two closing at once: the one that comes second (holding the request as it was
                // when both opened it) finds it closed.
                do {
                    try await DataRequests.close(
                        request,
                        .init(status: "refused", outcome: "ซ้ำ"),
                        by: try await fixtures.principal("demo-admin"),
                        at: clock.now,
                        on: app.db
                    )
                    Issue.record("a second close went through")
                } catch let errors as FieldErrors {
                    #expect(errors["status"] == .dataRequestClosedAlready)
                }
                let stored = try #require(try await DataRequest.find(request.id, on: app.db))
                #expect(stored.status == .done)
                #expect(stored.outcome == "มอบเอกสารและไฟล์ให้เจ้าของข้อมูลแล้ว")
                let events = try await AuditEvent.query(on: app.db).filter(\.$entity == "data_request").all()
                #expect(events.filter { $0.action == .create }.count == 2)
                #expect(events.filter { $0.action == .update }.count == 1)

                // Another estate's officer, a partner and a viewer reach none of it.
                let lcb = TestClient(app)
                try await lcb.signIn("demo-officer-lcb")
                #expect(try await lcb.get(requestPath).status == .notFound)
                #expect(try await lcb.get("/participants/\(id)/data.json").status == .notFound)
                #expect(!(try await lcb.get("/data-requests").body.contains("นายขอดู")))
                for username in ["demo-partner", "demo-viewer"] {
                    let other = TestClient(app)
                    try await other.signIn(username)
                    #expect(try await other.get("/data-requests").status == .forbidden, "\(username)")
                    #expect(try await other.get(requestPath).status == .forbidden, "\(username)")
                    #expect(try await other.get("/participants/\(id)/data").status == .forbidden, "\(username)")
                }
            }
        }

        @Test func aRequestFollowsAPersonWhoMovesEstate() async throws {
            try await withApp { app, clock in
                clock.advance(by: 3 * 365 * 86_400)
                let fixtures = Fixtures(app: app)
                let person = try await fixtures.register(first: "ย้าย", last: "นิคม")
                let request = try await DataRequests.record(
                    .init(kind: "access", channel: "letter", receivedOn: "", identityCheck: "บัตรประชาชน"),
                    about: person,
                    by: try await fixtures.principal("demo-officer"),
                    at: clock.now,
                    on: app.db
                )
                person.$estate.id = try await fixtures.estate("LAEMCHABANG").requireID()
                try await person.save(on: app.db)
                let path = "/data-requests/\(try request.requireID().uuidString.lowercased())"
                let bangpoo = TestClient(app)
                try await bangpoo.signIn("demo-officer")
                #expect(try await bangpoo.get(path).status == .notFound)
                #expect(!(try await bangpoo.get("/data-requests").body.contains("นายย้าย")))
                #expect(
                    try await bangpoo.post(path + "/close", form: [("status", "done"), ("outcome", "x")]).status
                        == .notFound
                )
                let lcb = TestClient(app)
                try await lcb.signIn("demo-officer-lcb")
                #expect(try await lcb.get(path).status == .ok)
                #expect(try await lcb.get("/data-requests").body.contains("นายย้าย"))
            }
        }

        @Test func theDocumentHoldsThePersonsRecordsAndNoOneElses() async throws {
            try await withApp { app, clock in
                let fixtures = Fixtures(app: app)
                let asker = try await fixtures.register(
                    first: "เจ้าของ",
                    last: "ข้อมูล",
                    consents: ["programme", "finance:GSB"]
                )
                let other = try await fixtures.register(first: "เพื่อนร่วม", last: "กิจการ", id: "1111111111119")
                let estate = try await fixtures.estate("BANGPOO").requireID()
                // A business both belong to, and a mentoring session both attended.
                let enterprise = Enterprise()
                enterprise.kind = .communityEnterprise
                enterprise.name = "วิสาหกิจชุมชนสบู่สมุนไพร"
                enterprise.products = "สบู่"
                enterprise.$estate.id = estate
                enterprise.startedOn = "2020-07-01"
                try await enterprise.create(on: app.db)
                let session = MentoringSession()
                session.$estate.id = estate
                session.$mentor.id = try await fixtures.organisation("GSB").requireID()
                session.topic = .bookkeeping
                session.heldOn = "2020-08-01"
                session.notes = "พูดคุยกับนายเพื่อนร่วม กิจการ เรื่องบัญชี"
                try await session.create(on: app.db)
                for (person, role) in [(asker, MemberRole.founder), (other, .member)] {
                    let member = EnterpriseMember()
                    member.$enterprise.id = try enterprise.requireID()
                    member.$participant.id = try person.requireID()
                    member.role = role
                    member.joinedOn = "2020-07-01"
                    try await member.create(on: app.db)
                    let attendee = MentoringAttendee()
                    attendee.$session.id = try session.requireID()
                    attendee.$participant.id = try person.requireID()
                    try await attendee.create(on: app.db)
                }
                let id = try asker.requireID().uuidString.lowercased()
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")

                let page = try await officer.get("/participants/\(id)/data")
                #expect(page.status == .ok)
                let json = try await officer.get("/participants/\(id)/data.json")
                #expect(json.status == .ok)
                #expect(json.headers.first(name: .contentDisposition)?.contains("attachment") == true)
                for body in [page.body, json.body] {
                    // Theirs: their name, the business and the session.
                    #expect(body.contains("เจ้าของ"))
                    #expect(body.contains("วิสาหกิจชุมชนสบู่สมุนไพร"))
                    // No one else's: the co-member's name, ID, or the session's notes naming them.
                    #expect(!body.contains("เพื่อนร่วม"))
                    #expect(!body.contains("1111111111119") && !body.contains("1-1111-11111-11-9"))
                }
                #expect(page.body.contains("1-2345-45678-78-1"))
                let decoded = try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any]
                let record = try #require(decoded?["record"] as? [String: Any])
                #expect(record["national_id"] as? String == "1-2345-45678-78-1")
                #expect(record["first_name_th"] as? String == "เจ้าของ")
                let sections = try #require(decoded?["sections"] as? [String: Any])
                let enterprises = try #require(sections["enterprises"] as? [[String: Any]])
                #expect(enterprises.count == 1)
                #expect(enterprises.first?["role"] as? String == "founder")
                #expect((sections["mentoring"] as? [[String: Any]])?.count == 1)
                let consents = try #require(sections["consents"] as? [[String: Any]])
                // Every decision made at registration, the finance one for GSB given.
                #expect(consents.count >= 2)
                #expect(
                    consents.contains {
                        $0["purpose"] as? String == "finance" && $0["granted"] as? Bool == true
                            && $0["recipient"] as? String != nil
                    }
                )
                #expect((sections["shared_with"] as? [[String: Any]])?.count == 1)

                // Both downloads are in the audit log, and show in the next document as "who saw".
                let exports = try await AuditEvent.query(on: app.db)
                    .filter(\.$action == .export).filter(\.$entityID == id).all()
                #expect(exports.count == 2)
                let again = try await officer.get("/participants/\(id)/data.json").body
                let audit = try #require(
                    ((try JSONSerialization.jsonObject(with: Data(again.utf8)) as? [String: Any])?["sections"]
                        as? [String: Any])?["audit"] as? [[String: Any]]
                )
                #expect(audit.filter { $0["action"] as? String == "export" }.count == 2)
            }
        }
    }
}
