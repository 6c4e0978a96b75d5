import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// Enterprises, jobs, mentoring and income follow-ups: the rules each refuses by, and who sees what.
extension AppTests {
    @Suite struct LivelihoodTests {
        /// A Bang Poo person who completed a course ending 6 March 2020, with the clock moved past it.
        static func completer(
            _ app: Application,
            _ clock: TestClock,
            first: String = "จบหลักสูตร",
            id: String = "1234545678781",
            consents: Set<String> = ["programme"]
        ) async throws -> (Participant, Course) {
            let fixtures = Fixtures(app: app)
            var found = try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2563).first()
            if found == nil { found = try await fixtures.cycle() }
            let cycle = found!
            let person = try await fixtures.register(first: first, id: id, consents: consents)
            let course = try await fixtures.course(in: cycle)
            _ = try await Courses.enrol(
                [try person.requireID()],
                in: course,
                by: try await fixtures.principal("demo-admin"),
                at: clock.now,
                on: app.db
            )
            let enrolment = try #require(
                try await Enrolment.query(on: app.db).filter(\.$participant.$id == person.requireID()).first()
            )
            enrolment.status = .completed
            try await enrolment.update(on: app.db)
            clock.advance(by: 200 * 86_400)  // late September 2020
            return (person, course)
        }

        @Test func followUpsAreRefusedBeforeTheCourseEndedTwiceOrForACourseNotCompleted() async throws {
            try await withApp { app, clock in
                let (person, course) = try await Self.completer(app, clock)
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let path = "/participants/\(try person.requireID().uuidString.lowercased())"
                _ = try await officer.get(path + "/livelihood")
                let base = [("course_id", try course.requireID().uuidString), ("months", "3")]
                let early = try await officer.post(
                    path + "/follow-ups",
                    form: base + [("done_on", "5/3/2563"), ("monthly_income", "9000"), ("main_source", "job")]
                )
                #expect(early.status == .unprocessableEntity)
                #expect(early.body.contains("ก่อนวันจบหลักสูตร"))
                #expect(early.body.contains("9000"))
                let other = try await Fixtures(app: app).course(in: try await Cycle.query(on: app.db).first()!)
                let notCompleted = try await officer.post(
                    path + "/follow-ups",
                    form: [("course_id", try other.requireID().uuidString), ("months", "3"), ("reached", "no")]
                )
                #expect(notCompleted.status == .unprocessableEntity)
                for (field, value) in [("monthly_income", "-1"), ("monthly_income", "12.345"), ("months", "4")] {
                    var form = base + [("main_source", "job"), ("monthly_income", "9000")]
                    form.removeAll { $0.0 == field }
                    form.append((field, value))
                    #expect(try await officer.post(path + "/follow-ups", form: form).status == .unprocessableEntity)
                }
                #expect(try await IncomeFollowUp.query(on: app.db).count() == 0)
                let done = try await officer.post(
                    path + "/follow-ups",
                    form: base + [("done_on", "10/6/2563"), ("monthly_income", "12,000"), ("main_source", "job")]
                )
                #expect(done.status == .seeOther)
                let twice = try await officer.post(path + "/follow-ups", form: base + [("reached", "no")])
                #expect(twice.status == .unprocessableEntity)
                #expect(twice.body.contains("บันทึกการติดตามครั้งนี้ไปแล้ว"))
                let stored = try #require(try await IncomeFollowUp.query(on: app.db).first())
                #expect(stored.monthlyIncomeSatang == 1_200_000)
                #expect(stored.dueOn == "2020-06-06")
                #expect(stored.doneOn == "2020-06-10")
            }
        }

        @Test func theWorkListShowsDueFollowUpsAndClearsThemWithOneTap() async throws {
            try await withApp { app, clock in
                let (person, _) = try await Self.completer(app, clock)
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let list = try await officer.get("/follow-ups")
                #expect(list.status == .ok)
                // Late September: the 3- and 6-month follow-ups are due, the 12-month one is not.
                #expect(list.body.contains("นายจบหลักสูตร"))
                #expect(list.body.components(separatedBy: "class=\"work-item").count - 1 == 2)
                let lcb = TestClient(app)
                try await lcb.signIn("demo-officer-lcb")
                #expect(!(try await lcb.get("/follow-ups").body.contains("นายจบหลักสูตร")))
                // One tap: could not reach, back to the list.
                let tapped = try await officer.post(
                    "/participants/\(try person.requireID().uuidString.lowercased())/follow-ups",
                    form: [
                        (
                            "course_id",
                            try #require(list.body.firstMatch(of: /name="course_id" value="([0-9a-f-]+)"/)).output.1
                                .description
                        ),
                        ("months", "3"), ("reached", "no"), ("back", "work-list"),
                    ]
                )
                #expect(tapped.status == .seeOther)
                #expect(tapped.location == "/follow-ups")
                // Tapped again from a second tab: said plainly atop the list, nothing stored twice.
                let course = try #require(list.body.firstMatch(of: /name="course_id" value="([0-9a-f-]+)"/)).output.1
                let again = try await officer.post(
                    "/participants/\(try person.requireID().uuidString.lowercased())/follow-ups",
                    form: [("course_id", String(course)), ("months", "3"), ("reached", "no"), ("back", "work-list")]
                )
                #expect(again.location == "/follow-ups")
                #expect(try await officer.get("/follow-ups").body.contains("บันทึกการติดตามครั้งนี้ไปแล้ว"))
                #expect(try await IncomeFollowUp.query(on: app.db).count() == 1)
                let after = try await officer.get("/follow-ups")
                #expect(after.body.components(separatedBy: "class=\"work-item").count - 1 == 1)
                let unreached = try #require(try await IncomeFollowUp.query(on: app.db).first())
                #expect(!unreached.reached)
                #expect(unreached.monthlyIncomeSatang == nil)
            }
        }

        @Test func anEnterpriseChecksItsJuristicIDAndTakesEachMemberOnce() async throws {
            try await withApp { app, clock in
                let (person, _) = try await Self.completer(app, clock)
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                _ = try await officer.get("/enterprises")
                let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID().uuidString
                let base = [
                    ("kind", "juristic_person"), ("name", "หจก. ช่างชุมชน"), ("estate_id", bangpoo),
                    ("started_on", "1/7/2563"),
                ]
                let wrongDigit = try await officer.post("/enterprises", form: base + [("juristic_id", "0105562000012")])
                #expect(wrongDigit.status == .unprocessableEntity)
                #expect(wrongDigit.body.contains("หลักตรวจสอบไม่ตรง"))
                #expect(wrongDigit.body.contains("0105562000012"))
                let lcbEstate = try await Fixtures(app: app).estate("LAEMCHABANG").requireID().uuidString
                let elsewhere = try await officer.post(
                    "/enterprises",
                    form: base.filter { $0.0 != "estate_id" } + [
                        ("estate_id", lcbEstate), ("juristic_id", DemoOutcomes.juristicID(1)),
                    ]
                )
                #expect(elsewhere.status == .unprocessableEntity)
                // A NUL would cut the name short on every page: refused.
                let nul = try await officer.api(
                    .POST,
                    "/api/v1/enterprises",
                    json: #"{"kind":"individual","name":"a\u0000b","estate_id":"\#(bangpoo)"}"#,
                    token: try await APITests().token(TestClient(app))
                )
                #expect(nul.status == .unprocessableEntity)
                #expect(try await Enterprise.query(on: app.db).count() == 0)
                let made = try await officer.post(
                    "/enterprises",
                    form: base + [("juristic_id", DemoOutcomes.juristicID(1))]
                )
                #expect(made.status == .seeOther)
                let enterprise = try #require(try await Enterprise.query(on: app.db).first())
                #expect(enterprise.juristicID == DemoOutcomes.juristicID(1))
                let path = "/participants/\(try person.requireID().uuidString.lowercased())/enterprises"
                let id = try enterprise.requireID().uuidString
                let early = try await officer.post(
                    path,
                    form: [("enterprise_id", id), ("role", "founder"), ("joined_on", "1/6/2563")]
                )
                #expect(early.status == .unprocessableEntity)
                #expect(
                    try await officer.post(path, form: [("enterprise_id", id), ("role", "founder")]).status == .seeOther
                )
                let twice = try await officer.post(path, form: [("enterprise_id", id), ("role", "member")])
                #expect(twice.status == .unprocessableEntity)
                #expect(twice.body.contains("เป็นสมาชิกของกิจการนี้อยู่แล้ว"))
                #expect(try await EnterpriseMember.query(on: app.db).count() == 1)
                // The API refuses the same way.
                let token = try await APITests().token(TestClient(app))
                let api = try await officer.api(
                    .POST,
                    "/api/v1/enterprises/\(id.lowercased())/members",
                    json: #"{"participant_id":"\#(try person.requireID().uuidString)","role":"member"}"#,
                    token: token
                )
                #expect(api.status == .unprocessableEntity)
                #expect(api.body.contains("participant_id"))
                // A bank sees no enterprise that was not referred to it.
                let bank = try await APITests().token(TestClient(app), "demo-partner")
                #expect(
                    try await officer.api(.GET, "/api/v1/enterprises/\(id.lowercased())", token: bank).status
                        == .notFound
                )
            }
        }

        @Test func anEmployerSeesItsOwnPlacementsOfPeopleWhoConsentToEmployers() async throws {
            try await withApp { app, clock in
                let (willing, _) = try await Self.completer(app, clock, consents: ["programme", "employment"])
                let unwilling = try await Fixtures(app: app).register(first: "ไม่เปิดเผย", id: "1111111111119")
                let employer = try await Fixtures(app: app).organisation(DemoData.employerCode).requireID().uuidString
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                for person in [willing, unwilling] {
                    let path = "/participants/\(try person.requireID().uuidString.lowercased())"
                    _ = try await officer.get(path + "/livelihood")
                    let bad = try await officer.post(
                        path + "/placements",
                        form: [("employer_id", employer), ("position", "พนักงานผลิต"), ("monthly_wage", "-9000")]
                    )
                    #expect(bad.status == .unprocessableEntity)
                    let beforeRegistration = try await officer.post(
                        path + "/placements",
                        form: [
                            ("employer_id", employer), ("position", "พนักงานผลิต"), ("monthly_wage", "12000"),
                            ("started_on", "1/1/2563"),
                        ]
                    )
                    #expect(beforeRegistration.status == .unprocessableEntity)
                    let made = try await officer.post(
                        path + "/placements",
                        form: [
                            ("employer_id", employer), ("position", "พนักงานผลิต"), ("monthly_wage", "12,000"),
                            ("inside_estate", "yes"),
                        ]
                    )
                    #expect(made.status == .seeOther)
                }
                #expect(try await Placement.query(on: app.db).count() == 2)
                let company = TestClient(app)
                try await company.signIn("demo-employer")
                let page = try await company.get("/placements")
                #expect(page.status == .ok)
                #expect(page.body.contains("นายจบหลักสูตร"))
                #expect(!page.body.contains("ไม่เปิดเผย"))
                #expect(try await company.get("/loans").status == .forbidden)
                #expect(try await company.get("/follow-ups").status == .forbidden)
                let lcb = TestClient(app)
                try await lcb.signIn("demo-officer-lcb")
                #expect(!(try await lcb.get("/placements").body.contains("นายจบหลักสูตร")))
            }
        }

        @Test func aBankLogsMentoringForPeopleWhoShareWithItAndSeesOnlyItsOwn() async throws {
            try await withApp { app, clock in
                let (person, _) = try await Self.completer(app, clock, consents: ["programme", "finance:GSB"])
                let other = try await Fixtures(app: app).register(first: "ไม่แบ่งปัน", id: "1111111111119")
                let bank = TestClient(app)
                try await bank.signIn("demo-partner")
                let path = "/participants/\(try person.requireID().uuidString.lowercased())"
                _ = try await bank.get(path + "/livelihood")
                let logged = try await bank.post(
                    path + "/mentoring",
                    form: [("topic", "bookkeeping"), ("held_on", "1/9/2563"), ("notes", "บัญชีครัวเรือน")]
                )
                #expect(logged.status == .seeOther)
                let session = try #require(try await MentoringSession.query(on: app.db).first())
                #expect(session.$mentor.id == (try await Fixtures(app: app).organisation("GSB").requireID()))
                let history = try await bank.get(path + "/livelihood")
                #expect(history.body.contains("บัญชีครัวเรือน"))
                // Someone who does not share with the bank: not found.
                let hidden = "/participants/\(try other.requireID().uuidString.lowercased())"
                #expect(
                    try await bank.post(hidden + "/mentoring", form: [("topic", "bookkeeping")]).status == .notFound
                )
                // Another bank sees neither the person nor the session.
                try await LoanTests.bankUser("sme.bank", of: "SMEDBANK", app)
                let sme = TestClient(app)
                try await sme.signIn("sme.bank")
                #expect(!(try await sme.get("/mentoring").body.contains("บัญชีครัวเรือน")))
                #expect(try await sme.get(path + "/livelihood").status == .notFound)
                // The officer sees it on the person's page.
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                #expect(try await officer.get(path + "/livelihood").body.contains("บัญชีครัวเรือน"))
                // A session the officer logs with GSB as mentor, for someone who does not share with
                // GSB: the bank does not see it at all.
                let gsb = try await Fixtures(app: app).organisation("GSB").requireID().uuidString
                _ = try await officer.get(hidden + "/livelihood")
                let logged2 = try await officer.post(
                    hidden + "/mentoring",
                    form: [("mentor_id", gsb), ("topic", "business_plan"), ("notes", "แผนลับ")]
                )
                #expect(logged2.status == .seeOther)
                #expect(try await MentoringSession.query(on: app.db).count() == 2)
                #expect(!(try await bank.get("/mentoring").body.contains("แผนลับ")))
                let token = try await APITests().token(TestClient(app), "demo-partner")
                let listed = try await bank.api(.GET, "/api/v1/mentoring", token: token)
                #expect(listed.body.components(separatedBy: "\"topic\"").count - 1 == 1)
            }
        }
    }
}
