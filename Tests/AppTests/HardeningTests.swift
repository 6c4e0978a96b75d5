import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import VaporTesting

@testable import App

/// Regressions for what an attacker's tests and a fuzzer found (issue 8). The body, race and
/// throttling tests go through a real socket: the in-memory client never splits a body and never
/// sends two requests at once.
extension AppTests {
    @Suite struct HardeningTests {
        // MARK: Redirects

        @Test func theLanguageSwitchNeverPutsInputIntoAHeader() async throws {
            try await withApp { app, _ in
                let visitor = TestClient(app)
                for back in [
                    "/\r\nSet-Cookie: injected=1", "/%0d%0aSet-Cookie:%20injected=1", "/\t/evil.example/",
                    "//evil.example", "/\\evil.example", "https://evil.example/",
                ] {
                    let page = try await visitor.post("/language", form: [("lang", "en"), ("back", back)])
                    #expect(page.status == .seeOther)
                    #expect(page.location == "/" || page.location == "/%0d%0aSet-Cookie:%20injected=1", "back=\(back)")
                    #expect(!page.headers[.setCookie].contains { $0.contains("injected") })
                    #expect(page.location?.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F } == true)
                }
                // A real local path survives, re-encoded.
                let local = try await visitor.post("/language", form: [("lang", "th"), ("back", "/participants?q=สม")])
                #expect(local.location == "/participants?q=%E0%B8%AA%E0%B8%A1")
            }
        }

        @Test func signInNeverRedirectsOffSiteOrSetsAnAttackersCookie() async throws {
            try await withApp { app, _ in
                let browser = TestClient(app)
                let form = try await browser.get("/login?next=%2F%09%2Fevil.example%2F")
                #expect(form.body.contains(#"name="next" value="/""#))
                _ = try await browser.get("/login")
                let fixation = try await browser.post(
                    "/login",
                    form: [
                        ("username", "demo-officer"), ("password", "sanfan-demo"),
                        ("next", "/\r\nSet-Cookie: sanfan-session=attacker"),
                    ]
                )
                #expect(fixation.status == .seeOther)
                #expect(fixation.location == "/")
                #expect(!fixation.headers[.setCookie].contains { $0.contains("attacker") })

                let other = TestClient(app)
                _ = try await other.get("/login")
                let tab = try await other.post(
                    "/login",
                    form: [("username", "demo-officer"), ("password", "sanfan-demo"), ("next", "/\t/evil.example/")]
                )
                #expect(tab.location == "/")
            }
        }

        // MARK: Bodies in several pieces

        @Test func aLargeFormAndAnUploadArrivingInPiecesAreAccepted() async throws {
            try await withApp(onDisk: true) { app, _ in
                let fixtures = Fixtures(app: app)
                let person = try await fixtures.register()
                let cycle = try await fixtures.cycle()
                try await withLiveServer(app) { server in
                    let officer = LiveBrowser(server)
                    try await officer.signIn("demo-officer")
                    // Over 300 Thai characters: about 5 KB once form-encoded.
                    let note = String(repeating: "บันทึกการติดตามผล ", count: 17)
                    let estate = try await fixtures.estate("BANGPOO").requireID().uuidString
                    let saved = try await officer.post(
                        SiteURL.participant(try person.requireID()).path,
                        form: registrationForm(
                            estateID: estate,
                            first: "สมชาย",
                            last: "ใจดี",
                            id: "1234545678781",
                            birth: "5/3/2533",
                            extra: [("notes", note)]
                        ),
                        pieces: 8
                    )
                    #expect(saved.status == .seeOther, "\(saved.status): \(saved.body.prefix(300))")
                    #expect(
                        try await Participant.find(person.id, on: app.db)?.notes
                            == note.trimmingCharacters(in: .whitespaces)
                    )

                    let admin = LiveBrowser(server)
                    try await admin.signIn("demo-admin")
                    let id = try cycle.requireID()
                    let exported = try await admin.get(SiteURL.cycleTargets(id).path + ".csv")
                    #expect(exported.status == .ok)
                    // The cycle's own export, padded past 2 KB with blank rows the reader skips.
                    let sheet = Array(exported.body.utf8) + Array(String(repeating: ",,,,,\r\n", count: 400).utf8)
                    _ = try await admin.get(SiteURL.cycleTargets(id).path)
                    let imported = try await admin.upload(
                        SiteURL.cycleTargets(id).path + "/import",
                        field: "sheet",
                        filename: "targets.csv",
                        bytes: sheet,
                        pieces: 6
                    )
                    #expect(imported.status == .seeOther, "\(imported.status): \(imported.body.prefix(300))")
                }
            }
        }

        // MARK: Numbers

        @Test(arguments: ["nan", "NaN", "inf", "-inf", "1e309", "infinity", "0x10", "0.0000001", "-6"])
        func hoursThatAreNoNumberAreRefusedByField(hours: String) async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle)
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                _ = try await officer.get("/courses/new")
                let occupation = try await Occupation.query(on: app.db).first()!.requireID().uuidString
                let created = try await officer.post(
                    "/courses",
                    form: [
                        ("cycle_id", try cycle.requireID().uuidString),
                        ("estate_id", try await fixtures.estate("BANGPOO").requireID().uuidString),
                        ("occupation_id", occupation), ("venue", "ศาลา"), ("first_day", "2/3/2563"),
                        ("last_day", "6/3/2563"), ("hours", hours), ("capacity", "20"), ("status", "open"),
                    ]
                )
                #expect(created.status == .unprocessableEntity)
                #expect(try await Course.query(on: app.db).count() == 1)

                let before = try await CourseSession.query(on: app.db).count()
                let session = try await officer.post(
                    SiteURL.course(try course.requireID()).path + "/sessions",
                    form: [
                        ("day", "3/3/2563"), ("starts_at", "09:00"), ("ends_at", "12:00"), ("topic", "ทดสอบ"),
                        ("hours", hours),
                    ]
                )
                #expect(session.status == .unprocessableEntity)
                #expect(try await CourseSession.query(on: app.db).count() == before)
            }
        }

        @Test func hoursOutOfRangeInJSONAreAnErrorNotACrash() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let course = try await fixtures.course(in: try await fixtures.cycle())
                let client = TestClient(app)
                let token = try await AppTests.APITests().token(client)
                for hours in ["1e309", "-1e309", "1e-300"] {
                    let page = try await client.api(
                        .POST,
                        "/api/v1/courses/\(try course.requireID())/sessions",
                        json:
                            #"{"day":"2020-03-03","starts_at":"09:00","ends_at":"12:00","topic":"x","hours":\#(hours)}"#,
                        token: token
                    )
                    #expect([400, 422].contains(page.status.code), "hours \(hours): \(page.status)")
                    #expect(page.apiError != nil)
                }
            }
        }

        // MARK: Races

        @Test func aDuplicateSentAtTheSameMomentGetsTheDuplicateAnswer() async throws {
            try await withApp(onDisk: true) { app, _ in
                let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID()
                let token = try await AppTests.APITests().token(TestClient(app))
                let body = Array(
                    """
                    {"prefix":"นาง","first_name_th":"บุญมา","last_name_th":"สายทอง","gender":"female",
                     "birth_date":"2503-06-01","national_id":"1234545678781","subdistrict_code":110101,
                     "estate_id":"\(bangpoo)","consents":["programme"]}
                    """.utf8
                )
                try await withLiveServer(app) { server in
                    let headers: HTTPHeaders = ["Content-Type": "application/json", "Authorization": "Bearer \(token)"]
                    let statuses = try await race(8) {
                        try await server.send(.POST, "/api/v1/participants", headers: headers, body: body)
                            .status.code
                    }
                    #expect(statuses.filter { $0 == 201 }.count == 1, "\(statuses)")
                    #expect(statuses.filter { $0 == 422 }.count == 7, "\(statuses)")
                }
                #expect(try await Participant.query(on: app.db).count() == 1)
            }
        }

        @Test func twoAdminsCreatingTheSameUsernameAtOnceGetOneAccount() async throws {
            try await withApp(onDisk: true) { app, _ in
                try await withLiveServer(app) { server in
                    let admin = LiveBrowser(server)
                    try await admin.signIn("demo-admin")
                    _ = try await admin.get("/admin/users/new")
                    let form = [
                        ("username", "twin.user"), ("display_name", "ผู้ใช้แฝด"), ("password", "a-long-password"),
                        ("role", "viewer"), ("language", "th"),
                    ]
                    let statuses = try await race(6) {
                        try await admin.post("/admin/users", form: form).status.code
                    }
                    #expect(statuses.filter { $0 == 303 }.count == 1, "\(statuses)")
                    #expect(statuses.filter { $0 == 422 }.count == 5, "\(statuses)")
                }
                #expect(try await User.query(on: app.db).filter(\.$username == "twin.user").count() == 1)
            }
        }

        @Test func twelveWrongPasswordsAtOnceGetExactlyFiveChecks() async throws {
            try await withApp(onDisk: true) { app, _ in
                try await withLiveServer(app) { server in
                    let headers: HTTPHeaders = ["Content-Type": "application/json"]
                    let body = Array(#"{"username":"demo-officer","password":"not-the-password"}"#.utf8)
                    let statuses = try await race(12) {
                        try await server.send(.POST, "/api/v1/auth/token", headers: headers, body: body).status
                            .code
                    }
                    #expect(statuses.filter { $0 == 401 }.count == 5, "\(statuses)")
                    #expect(statuses.filter { $0 == 429 }.count == 7, "\(statuses)")
                    #expect(statuses.allSatisfy { $0 == 401 || $0 == 429 }, "\(statuses)")
                    // The lock holds for the right password too.
                    let right = try await server.send(
                        .POST,
                        "/api/v1/auth/token",
                        headers: headers,
                        body: Array(#"{"username":"demo-officer","password":"sanfan-demo"}"#.utf8)
                    )
                    #expect(right.status == .tooManyRequests)
                }
                let sql = app.db.sql
                let checked = try await sql.select().column(SQLFunction("count", args: SQLLiteral.all), as: "n")
                    .from("sign_in_attempts").where("outcome", .equal, "failure").first()?.decode(
                        column: "n",
                        as: Int.self
                    )
                #expect(checked == 5)
            }
        }

        // MARK: National ID category

        /// The Bang Poo officer registers someone with `id` through the form.
        func register(id: String, _ app: Application) async throws -> (TestClient, Page) {
            let officer = TestClient(app)
            try await officer.signIn("demo-officer")
            _ = try await officer.get("/participants/new")
            let estate = try await Fixtures(app: app).estate("BANGPOO").requireID().uuidString
            let page = try await officer.post("/participants", form: registrationForm(estateID: estate, id: id))
            return (officer, page)
        }

        @Test func aNationalIDStartingWithNineIsRefusedWithItsOwnMessage() async throws {
            try await withApp { app, _ in
                let (_, page) = try await register(id: "9123456789010", app)
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("ไม่มีบุคคลประเภท 9"))
                #expect(try await Participant.query(on: app.db).count() == 0)
            }
        }

        @Test func aNationalIDOfCategoryZeroIsAcceptedWithAWarning() async throws {
            try await withApp { app, _ in
                // 0-0000-00000-00-1: category 0, a valid check digit.
                let (officer, page) = try await register(id: "0000000000001", app)
                #expect(page.status == .seeOther)
                let person = try await officer.get(try #require(page.location))
                #expect(person.body.contains("ไม่มีสถานะทางทะเบียน"))
                #expect(try await Participant.query(on: app.db).count() == 1)
            }
        }

        // MARK: Exports

        @Test func anEstateNamedLikeAFormulaIsExportedAsTextAndReadBack() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let estate = try await fixtures.estate("BANGPOO")
                estate.nameTh = #"=HYPERLINK("http://evil.example/","คลิก")"#
                try await estate.save(on: app.db)
                let cycle = try await fixtures.cycle()
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let sheet = try await admin.get(SiteURL.cycleTargets(try cycle.requireID()).path + ".csv")
                #expect(sheet.status == .ok)
                #expect(sheet.body.contains(#""'=HYPERLINK(""http://evil.example/"",""คลิก"")""#))
                #expect(!sheet.body.contains(#",=HYPERLINK"#) && !sheet.body.contains(#","=HYPERLINK"#))

                _ = try await admin.get(SiteURL.cycleTargets(try cycle.requireID()).path)
                let back = try await admin.upload(
                    SiteURL.cycleTargets(try cycle.requireID()).path + "/import",
                    field: "sheet",
                    filename: "targets.csv",
                    bytes: Array(sheet.body.utf8)
                )
                #expect(back.status == .seeOther)
            }
        }

        // MARK: What each partner sees

        @Test func eachPartnerSeesOnlyWhatItsPartNeeds() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                try await fixtures.trainer("dsd.trainer", of: "DSD")
                try await fixtures.trainer("tpqi.assessor", of: "TPQI")
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                _ = try await officer.get("/participants/new")
                let estate = try await fixtures.estate("BANGPOO").requireID().uuidString
                let created = try await officer.post(
                    "/participants",
                    form: registrationForm(
                        estateID: estate,
                        consents: ["programme", "finance:GSB", "assessment:DSD", "assessment:TPQI", "sensitive"],
                        extra: [("disability", "สายตาเลือนราง"), ("notes", "หนี้นอกระบบ"), ("soi", "สุขใจ")]
                    )
                )
                #expect(created.status == .seeOther)
                let path = try #require(created.location)
                let staff = try await officer.get(path)
                for secret in ["สายตาเลือนราง", "หนี้นอกระบบ", "0812345678", "9,000", "ซอยสุขใจ", "1-1111-xxxxx-11-9"] {
                    #expect(staff.body.contains(secret), "staff should see \(secret)")
                }

                // (who, what they must see, what they must not)
                let cases: [(String, [String], [String])] = [
                    (
                        "demo-partner", ["สมหญิง", "มัธยมศึกษาตอนปลาย"],
                        [
                            "สายตาเลือนราง", "หนี้นอกระบบ", "0812345678", "9,000", "ซอยสุขใจ", "1-1111-xxxxx-11-9",
                            "12 ส.ค. 2528",
                        ]
                    ),
                    (
                        "dsd.trainer", ["สมหญิง", "0812345678"],
                        ["สายตาเลือนราง", "หนี้นอกระบบ", "9,000", "ซอยสุขใจ", "1-1111-xxxxx-11-9"]
                    ),
                    (
                        "tpqi.assessor", ["สมหญิง", "1-1111-xxxxx-11-9", "12 ส.ค. 2528"],
                        ["สายตาเลือนราง", "หนี้นอกระบบ", "0812345678", "9,000", "ซอยสุขใจ"]
                    ),
                ]
                for (username, shown, withheld) in cases {
                    let partner = TestClient(app)
                    try await partner.signIn(
                        username,
                        password: username == "demo-partner" ? "sanfan-demo" : "a-long-password"
                    )
                    let page = try await partner.get(path)
                    #expect(page.status == .ok, "\(username)")
                    for text in shown { #expect(page.body.contains(text), "\(username) should see \(text)") }
                    for text in withheld { #expect(!page.body.contains(text), "\(username) must not see \(text)") }
                    // The printable consent form is staff's, not a partner's.
                    #expect(try await partner.get(path + "/consent-form").status == .forbidden)
                }

                // The API gives the bank the same minimum.
                let client = TestClient(app)
                let token = try await AppTests.APITests().token(client, "demo-partner")
                let id = path.split(separator: "/").last!
                let detail = try await client.api(.GET, "/api/v1/participants/\(id)", token: token)
                #expect(detail.status == .ok)
                for field in [
                    "phone", "baseline_income_satang", "disability", "notes", "birth_date", "national_id_masked", "soi",
                ] {
                    #expect(!detail.body.contains("\"\(field)\""), "the bank's API answer has \(field)")
                }
                #expect(detail.body.contains(#""finance:GSB":true"#))
                #expect(!detail.body.contains("assessment:TPQI"))
                let list = try await client.api(.GET, "/api/v1/participants", token: token)
                #expect(!list.body.contains("\"phone\"") && !list.body.contains("national_id_masked"))
            }
        }
    }
}

extension AppTests.HardeningTests {
    @Test func anOverlongAddressGets414NotASilentClose() async throws {
        try await withApp(onDisk: true) { app, _ in
            try await withLiveServer(app) { server in
                let query = String(repeating: "ก", count: 4_000)  // 36 KB once percent-encoded
                let encoded = try #require(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
                let page = try await server.send(.GET, "/login?next=/" + encoded)
                #expect(page.status == .uriTooLong)
                #expect(page.body.contains("ที่อยู่เว็บยาวเกินไป"))
                let api = try await server.send(.GET, "/api/v1/participants?q=" + encoded)
                #expect(api.status == .uriTooLong)
                #expect(api.body.contains(#""code":"uri_too_long""#))
            }
        }
    }
}

/// What an outside attack on the first round of fixes still found.
extension AppTests.HardeningTests {
    @Test func racingEnrolmentsAndCataloguesNeverAnswer500() async throws {
        try await withApp(onDisk: true) { app, _ in
            let fixtures = Fixtures(app: app)
            let course = try await fixtures.course(in: try await fixtures.cycle())
            let person = try await fixtures.register()
            let token = try await AppTests.APITests().token(TestClient(app))
            try await withLiveServer(app) { server in
                let headers: HTTPHeaders = ["Content-Type": "application/json", "Authorization": "Bearer \(token)"]
                let body = Array(#"{"participant_ids":["\#(try person.requireID())"]}"#.utf8)
                let path = "/api/v1/courses/\(try course.requireID())/enrolments"
                let statuses = try await race(8) {
                    try await server.send(.POST, path, headers: headers, body: body).status.code
                }
                #expect(statuses.filter { $0 == 201 }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == 422 }.count == 7, "\(statuses)")

                let admin = LiveBrowser(server)
                try await admin.signIn("demo-admin")
                _ = try await admin.get("/admin/occupations/new")
                let form = [
                    ("code", "RACE1"), ("name_th", "แข่ง"), ("name_en", "Race"), ("sector_th", "x"),
                    ("certifying_body", "tpqi"), ("units", "10211 หน่วยหนึ่ง"), ("is_active", "true"),
                ]
                let saves = try await race(8) {
                    try await admin.post("/admin/occupations", form: form).status.code
                }
                #expect(saves.filter { $0 == 303 }.count == 1, "\(saves)")
                #expect(saves.filter { $0 == 422 }.count == 7, "\(saves)")
            }
            #expect(try await Enrolment.query(on: app.db).count() == 1)
            #expect(try await Occupation.query(on: app.db).filter(\.$code == "RACE1").count() == 1)
        }
    }

    @Test func theSameNameAndBirthDateSentTogetherAsksToConfirmAllButOne() async throws {
        try await withApp(onDisk: true) { app, _ in
            let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID()
            let token = try await AppTests.APITests().token(TestClient(app))
            let body = Array(
                """
                {"prefix":"นาย","first_name_th":"ทองดี","last_name_th":"มีสุข","gender":"male","birth_date":"2510-01-01",
                 "no_id_reason":"บัตรหาย","subdistrict_code":110101,"estate_id":"\(bangpoo)","consents":["programme"]}
                """.utf8
            )
            try await withLiveServer(app) { server in
                let headers: HTTPHeaders = ["Content-Type": "application/json", "Authorization": "Bearer \(token)"]
                let statuses = try await race(6) {
                    try await server.send(.POST, "/api/v1/participants", headers: headers, body: body).status
                        .code
                }
                #expect(statuses.filter { $0 == 201 }.count == 1, "\(statuses)")
                #expect(statuses.filter { $0 == 409 }.count == 5, "\(statuses)")
            }
        }
    }

    @Test func aPartnerCannotFindPeopleByTheNumbersItIsNotShown() async throws {
        try await withApp { app, _ in
            let person = try await Fixtures(app: app).register(consents: ["programme", "finance:GSB"])
            person.phone = "0812345678"
            try await person.save(on: app.db)
            let bank = TestClient(app)
            try await bank.signIn("demo-partner")
            for term in ["1234545678781", "1-2345-45678-78-1", "0812345678", "+66812345678", "081234"] {
                let page = try await bank.get("/participants?q=" + formEncode(term))
                #expect(!page.body.contains(person.displayName), "found by \(term)")
            }
            // By name the bank still finds the person it was referred.
            #expect(try await bank.get("/participants?q=" + formEncode("สมชาย")).body.contains(person.displayName))
            let token = try await AppTests.APITests().token(TestClient(app), "demo-partner")
            let api = try await TestClient(app).api(.GET, "/api/v1/participants?q=1234545678781", token: token)
            #expect(try api.json(ParticipantsAPIController.Page.self).items.isEmpty)
            // Staff search by ID as before.
            let officer = TestClient(app)
            try await officer.signIn("demo-officer")
            #expect(try await officer.get("/participants?q=1234545678781").body.contains(person.displayName))
        }
    }

    @Test func aLockedSignInSaysWhenToTryAgain() async throws {
        try await withApp { app, _ in
            let client = TestClient(app)
            for _ in 0..<5 {
                _ = try await client.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-viewer","password":"x"}"#
                )
            }
            let locked = try await client.api(
                .POST,
                "/api/v1/auth/token",
                json: #"{"username":"demo-viewer","password":"sanfan-demo"}"#
            )
            #expect(locked.status == .tooManyRequests)
            let seconds = try #require(locked.headers.first(name: "Retry-After").flatMap(Int.init))
            #expect(seconds > 0 && seconds <= 15 * 60)
        }
    }
}
