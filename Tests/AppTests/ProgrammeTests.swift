import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import VaporTesting

@testable import App

extension AppTests {
    /// Cycles, targets, courses, enrolment and attendance, as officers, trainers and HQ use them.
    @Suite struct ProgrammeTests {
        @Test func adminCreatesACycleAndAYearCannotRepeat() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID().uuidString
                let form = [
                    ("fiscal_year", "๒๕๖๓"), ("name_th", "ปีงบประมาณ 2563"), ("status", "running"),
                    ("estate_ids[]", bangpoo),
                ]
                let created = try await client.post("/cycles", form: form)
                #expect(created.status == .seeOther)
                let cycle = try #require(try await Cycle.query(on: app.db).first())
                #expect(cycle.fiscalYear == 2563)
                #expect(try await CycleEstate.query(on: app.db).count() == 1)
                let row = try #require(try await CycleEstate.query(on: app.db).first())
                #expect(row.incomeSatang == TargetSheet.defaultIncome.value)

                let again = try await client.post("/cycles", form: form)
                #expect(again.status == .unprocessableEntity)
                #expect(again.body.contains("มีรอบของปีงบประมาณนี้แล้ว"))
                #expect(try await Cycle.query(on: app.db).count() == 1)

                // Officers read cycles but cannot plan them.
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                #expect(try await officer.get("/cycles").status == .ok)
                #expect(try await officer.get("/cycles/new").status == .forbidden)
            }
        }

        @Test func targetGridSavesAndRefusesBadCells() async throws {
            try await withApp { app, _ in
                let cycle = try await Fixtures(app: app).cycle()
                let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID().uuidString.lowercased()
                let bangplee = try await Fixtures(app: app).estate("BANGPLEE").requireID().uuidString.lowercased()
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let path = "/cycles/\(try cycle.requireID().uuidString.lowercased())/targets"
                _ = try await client.get(path)
                let bad = try await client.post(
                    path,
                    form: [
                        ("trained_\(bangpoo)", "๑๒๐"), ("certified_\(bangpoo)", "90"), ("livelihoods_\(bangpoo)", "30"),
                        ("income_\(bangpoo)", "5,000,000"), ("trained_\(bangplee)", "-4"),
                        ("certified_\(bangplee)", "ten"), ("livelihoods_\(bangplee)", "1"),
                        ("income_\(bangplee)", "5000000"),
                    ]
                )
                #expect(bad.status == .unprocessableEntity)
                #expect(try await CycleEstate.query(on: app.db).filter(\.$trained > 0).count() == 0)
                let good = try await client.post(
                    path,
                    form: [
                        ("trained_\(bangpoo)", "๑๒๐"), ("certified_\(bangpoo)", "90"), ("livelihoods_\(bangpoo)", "30"),
                        ("income_\(bangpoo)", "5,000,000"), ("trained_\(bangplee)", "80"),
                        ("certified_\(bangplee)", "60"), ("livelihoods_\(bangplee)", "1"),
                        ("income_\(bangplee)", "4500000.50"),
                    ]
                )
                #expect(good.status == .seeOther)
                let rows = try await CycleEstate.query(on: app.db).with(\.$estate).all()
                #expect(rows.first { $0.estate.code == "BANGPOO" }?.trained == 120)
                #expect(rows.first { $0.estate.code == "BANGPLEE" }?.incomeSatang == 450_000_050)
                #expect(
                    try await AuditEvent.query(on: app.db).filter(\.$entity == "cycle_target")
                        .filter(\.$action == .update).count() == 2
                )
            }
        }

        @Test func windows874SheetImportsWithThaiNamesIntact() async throws {
            try await withApp { app, _ in
                let cycle = try await Fixtures(app: app).cycle(estates: ["BANGPOO"])
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let path = "/cycles/\(try cycle.requireID().uuidString.lowercased())/targets"
                _ = try await client.get(path)
                // Excel's "CSV" on a Thai Windows: the estate named in Thai, Thai digits, Windows-874 bytes.
                let sheet = """
                    รหัสนิคม,ชื่อนิคม,เป้าหมายผู้ผ่านการฝึกอบรม (คน),เป้าหมายผู้ได้รับใบรับรอง (คน),เป้าหมายธุรกิจหรือการจ้างงาน,รายได้ชุมชนต่อชุมชนต่อปี (บาท)\r
                    ,นิคมอุตสาหกรรมบางพลี,๑๐๐,๘๐,๒๕,"5,000,000"\r
                    BANGPOO,นิคมอุตสาหกรรมบางปู,120,90,30,\r

                    """
                let bytes = try #require(TextDecoding.encodeWindows874(sheet))
                let imported = try await client.upload(
                    path + "/import",
                    field: "sheet",
                    filename: "targets.csv",
                    bytes: bytes
                )
                #expect(imported.status == .seeOther)
                let rows = try await CycleEstate.query(on: app.db).with(\.$estate).all()
                #expect(rows.count == 2)  // Bang Plee joined the cycle through the sheet
                let bangplee = try #require(rows.first { $0.estate.code == "BANGPLEE" })
                #expect(bangplee.trained == 100)
                #expect(bangplee.estate.nameTh == "นิคมอุตสาหกรรมบางพลี")
                #expect(rows.first { $0.estate.code == "BANGPOO" }?.trained == 120)

                // The export reads back as UTF-8 with a byte-order mark for Excel.
                let export = try await client.get(path + ".csv")
                #expect(export.body.hasPrefix("\u{FEFF}รหัสนิคม"))
                #expect(export.body.contains("BANGPLEE,นิคมอุตสาหกรรมบางพลี,100,80,25,5000000"))
            }
        }

        @Test func anExcelWorkbookImportsFromItsFirstSheet() async throws {
            try await withApp { app, _ in
                let cycle = try await Fixtures(app: app).cycle(estates: ["BANGPOO"])
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let path = "/cycles/\(try cycle.requireID().uuidString.lowercased())/targets"
                _ = try await client.get(path)
                // The workbook the core tests read, written by openpyxl as Excel writes one.
                let workbook = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .appendingPathComponent("../SanfanCoreTests/Fixtures/targets.xlsx")
                let bytes = Array(try Data(contentsOf: workbook))
                let imported = try await client.upload(
                    path + "/import",
                    field: "sheet",
                    filename: "t.xlsx",
                    bytes: bytes
                )
                #expect(imported.status == .seeOther)
                let rows = try await CycleEstate.query(on: app.db).with(\.$estate).all()
                #expect(Set(rows.map(\.estate.code)) == ["BANGPOO", "BANGPLEE", "BANGCHAN"])
                #expect(rows.first { $0.estate.code == "BANGPLEE" }?.incomeSatang == 450_000_050)
            }
        }

        @Test func badSheetsAreRefusedWholeWithTheirRows() async throws {
            try await withApp { app, _ in
                let cycle = try await Fixtures(app: app).cycle(estates: ["BANGPOO"])
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let path = "/cycles/\(try cycle.requireID().uuidString.lowercased())/targets"
                _ = try await client.get(path)
                let sheet =
                    "estate_code,trained,certified,livelihoods\nBANGPOO,50,40,10\nATLANTIS,1,1,1\nBANGPLEE,-3,x,1\n"
                let refused = try await client.upload(
                    path + "/import",
                    field: "sheet",
                    filename: "t.csv",
                    bytes: Array(sheet.utf8)
                )
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.contains("แถวที่ 3: ไม่รู้จักนิคม \"ATLANTIS\""))
                #expect(refused.body.contains("แถวที่ 4: \"เป้าหมายผู้ได้รับใบรับรอง (คน)\" ต้องเป็นตัวเลข"))
                // Row 2 was good, but nothing is saved from a refused sheet.
                #expect(try await CycleEstate.query(on: app.db).filter(\.$trained == 50).count() == 0)
                #expect(try await CycleEstate.query(on: app.db).count() == 1)

                let binary = try await client.upload(
                    path + "/import",
                    field: "sheet",
                    filename: "t.xls",
                    bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xFC, 0xFF]
                )
                #expect(binary.status == .unprocessableEntity)
                #expect(binary.body.contains("ไม่ใช่ UTF-8 หรือ Windows-874"))
                let brokenWorkbook = try await client.upload(
                    path + "/import",
                    field: "sheet",
                    filename: "t.xlsx",
                    bytes: Array("PK\u{3}\u{4}truncated".utf8)
                )
                #expect(brokenWorkbook.status == .unprocessableEntity)
                #expect(brokenWorkbook.body.contains("อ่านแฟ้ม Excel ไม่ได้"))
            }
        }

        @Test func officerRunsACourseFromEnrolmentToCompletion() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle()
                var people: [Participant] = []
                for (index, name) in ["กานดา", "ขวัญใจ", "คำแก้ว"].enumerated() {
                    people.append(
                        try await fixtures.register(
                            first: name,
                            id: SyntheticPeople.nationalID(number: 40 + index).digits
                        )
                    )
                }
                let stranger = try await fixtures.register(
                    first: "ต่างถิ่น",
                    id: SyntheticPeople.nationalID(number: 49).digits,
                    estate: "BANGPLEE"
                )
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                _ = try await client.get("/courses/new")
                let form: [(String, String)] = [
                    ("cycle_id", try cycle.requireID().uuidString),
                    ("estate_id", try await fixtures.estate("BANGPOO").requireID().uuidString),
                    (
                        "occupation_id",
                        try await Occupation.query(on: app.db).filter(\.$code == "MASSAGE").first()!.requireID()
                            .uuidString
                    ),
                    ("provider_id", try await fixtures.organisation("DSD").requireID().uuidString), ("title_th", ""),
                    ("venue", "ศาลาวัดกลาง"), ("first_day", "2/3/2563"), ("last_day", "6/3/2563"), ("hours", "12"),
                    ("capacity", "2"), ("minimum_percent", "80"), ("status", "open"),
                ]
                let created = try await client.post("/courses", form: form)
                #expect(created.status == .seeOther)
                let course = try #require(try await Course.query(on: app.db).first())
                #expect(course.titleTh == "นวดเพื่อสุขภาพ")  // the occupation's name when none is typed
                let base = "/courses/\(try course.requireID().uuidString.lowercased())"

                // Sessions: one outside the course's days is refused beside its field.
                _ = try await client.get(base)
                let outside = try await client.post(
                    base + "/sessions",
                    form: [("day", "9/3/2563"), ("starts_at", "09:00"), ("ends_at", "12:00"), ("topic", "ทฤษฎี")]
                )
                #expect(outside.status == .unprocessableEntity)
                #expect(outside.body.contains("อยู่นอกช่วงวันอบรม"))
                for day in ["2/3/2563", "3/3/2563"] {
                    let added = try await client.post(
                        base + "/sessions",
                        form: [("day", day), ("starts_at", "09:00"), ("ends_at", "16:00"), ("topic", "ฝึกนวด")]
                    )
                    #expect(added.status == .seeOther)
                }
                #expect(try await CourseSession.query(on: app.db).all().map(\.hours) == [6, 6])

                // Enrol three into two seats: the third waits.
                _ = try await client.get(base + "/enrol")
                let enrolled = try await client.post(
                    base + "/enrol",
                    form: try people.map { ("participant_ids[]", try $0.requireID().uuidString) }
                )
                #expect(enrolled.status == .seeOther)
                let statuses = try await Enrolment.query(on: app.db).all().map(\.status)
                #expect(statuses.filter { $0 == .enrolled }.count == 2)
                #expect(statuses.filter { $0 == .waiting }.count == 1)

                // Twice, or someone from another estate: refused whole, nothing added.
                _ = try await client.get(base + "/enrol")
                let twice = try await client.post(
                    base + "/enrol",
                    form: [("participant_ids[]", try people[0].requireID().uuidString)]
                )
                #expect(twice.status == .unprocessableEntity)
                #expect(twice.body.contains("อยู่ในหลักสูตรนี้แล้ว"))
                let foreign = try await client.post(
                    base + "/enrol",
                    form: [("participant_ids[]", try stranger.requireID().uuidString)]
                )
                #expect(foreign.status == .unprocessableEntity)  // outside the officer's scope: not found among choices
                #expect(try await Enrolment.query(on: app.db).count() == 3)

                // Attendance for the first session: both seated present; the waiting one cannot be marked.
                let sessions = try await CourseSession.query(on: app.db).sort(\.$day).all()
                let seated = try await Enrolment.query(on: app.db).filter(\.$status == .enrolled).all()
                let waiting = try #require(try await Enrolment.query(on: app.db).filter(\.$status == .waiting).first())
                let register = "/sessions/\(try sessions[0].requireID().uuidString.lowercased())/attendance"
                _ = try await client.get(register)
                let strangerMark = try await client.post(
                    register,
                    form: [("mark_\(try waiting.requireID().uuidString.lowercased())", "present"), ("source", "app")]
                )
                #expect(strangerMark.status == .unprocessableEntity)
                let marked = try await client.post(register, form: [("rest", "present"), ("source", "app")])
                #expect(marked.status == .seeOther)
                // Half the hours so far: nobody complete yet.
                #expect(try await Enrolment.query(on: app.db).filter(\.$status == .completed).count() == 0)

                let second = "/sessions/\(try sessions[1].requireID().uuidString.lowercased())/attendance"
                _ = try await client.get(second)
                let secondMarks = try await client.post(
                    second,
                    form: [
                        ("mark_\(try seated[0].requireID().uuidString.lowercased())", "late"),
                        ("mark_\(try seated[1].requireID().uuidString.lowercased())", "absent"), ("source", "paper"),
                    ]
                )
                #expect(secondMarks.status == .seeOther)
                let after = try await Enrolment.query(on: app.db).all()
                #expect(after.first { $0.id == seated[0].id }?.status == .completed)  // 12 of 12 hours
                #expect(after.first { $0.id == seated[1].id }?.status == .enrolled)  // 6 of 12: 50 %

                // An officer's override needs a reason and is audited.
                _ = try await client.get(base)
                let noReason = try await client.post(
                    "/enrolments/\(try seated[1].requireID().uuidString.lowercased())/completion",
                    form: [("decision", "complete"), ("reason", "")]
                )
                #expect(noReason.status == .seeOther)
                #expect(try await Enrolment.find(seated[1].id, on: app.db)?.status == .enrolled)
                _ = try await client.post(
                    "/enrolments/\(try seated[1].requireID().uuidString.lowercased())/completion",
                    form: [("decision", "complete"), ("reason", "เรียนชดเชยกับรุ่นถัดไปแล้ว")]
                )
                let overridden = try #require(try await Enrolment.find(seated[1].id, on: app.db))
                #expect(overridden.status == .completed)
                #expect(overridden.overrideReason == "เรียนชดเชยกับรุ่นถัดไปแล้ว")
                let audit = try await AuditEvent.query(on: app.db).filter(\.$entity == "enrolment")
                    .filter(\.$entityID == seated[1].id!.uuidString.lowercased()).filter(\.$action == .update).all()
                #expect(audit.contains { ($0.after ?? "").contains("เรียนชดเชย") })

                // Dropping out gives the seat to the person waiting.
                _ = try await client.post(
                    "/enrolments/\(try seated[0].requireID().uuidString.lowercased())/drop",
                    form: [("reason", "ย้ายที่อยู่")]
                )
                #expect(try await Enrolment.find(seated[0].id, on: app.db)?.status == .dropped)
                #expect(try await Enrolment.find(waiting.id, on: app.db)?.status == .enrolled)

                let page = try await client.get(base)
                #expect(page.body.contains("ผ่าน (เจ้าหน้าที่ปรับ)"))
                #expect(page.body.contains("ย้ายที่อยู่"))
                // The person's own page lists the course with where they stand.
                let person = try await client.get("/participants/\(seated[1].$participant.id.uuidString.lowercased())")
                #expect(person.body.contains("นวดเพื่อสุขภาพ"))
                #expect(person.body.contains("ผ่านการอบรม"))
            }
        }

        @Test func theEnrolmentPickerPagesThroughAnEstatesPeople() async throws {
            try await withApp { app, _ in
                _ = try await DemoPeople.seedDemo(people: 1_400, seed: 3, app: app)
                let fixtures = Fixtures(app: app)
                let course = try await fixtures.course(in: try await fixtures.cycle())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let first = try await client.get("/courses/\(try course.requireID().uuidString.lowercased())/enrol")
                let ids = { (page: Page) in
                    Set(page.body.matches(of: /value="([0-9A-F-]{36})"/).map { String($0.output.1) })
                }
                #expect(ids(first).count == 50)
                let next = try #require(first.body.firstMatch(of: /class="pager"><a href="([^"]+)"/)?.output.1)
                let second = try await client.get(String(next).replacingOccurrences(of: "&amp;", with: "&"))
                #expect(!ids(second).isEmpty)
                #expect(ids(first).isDisjoint(with: ids(second)))
            }
        }

        @Test func closedCycleIsReadOnlyExceptToAdmins() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle(status: .closed)
                let course = try await fixtures.course(in: cycle)  // an admin may, and is audited
                #expect(try await AuditEvent.query(on: app.db).filter(\.$entity == "course").count() == 1)
                let person = try await fixtures.register()
                let officer = try await fixtures.principal("demo-officer")
                await #expect(throws: FieldErrors.self) {
                    try await Courses.enrol([try person.requireID()], in: course, by: officer, at: Date(), on: app.db)
                }
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let session = try #require(try await CourseSession.query(on: app.db).first())
                let register = "/sessions/\(try session.requireID().uuidString.lowercased())/attendance"
                _ = try await client.get(register)
                let refused = try await client.post(register, form: [("rest", "present")])
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.contains("รอบโครงการนี้ปิดแล้ว"))
                let admin = try await fixtures.principal("demo-admin")
                _ = try await Courses.enrol([try person.requireID()], in: course, by: admin, at: Date(), on: app.db)
                #expect(try await Enrolment.query(on: app.db).count() == 1)
            }
        }

        @Test func trainersMarkOnlyTheirOwnProvidersCourses() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle()
                let dsdCourse = try await fixtures.course(in: cycle, provider: "DSD")
                let vecCourse = try await fixtures.course(in: cycle, provider: "VEC")
                let person = try await fixtures.register()
                let admin = try await fixtures.principal("demo-admin")
                for course in [dsdCourse, vecCourse] {
                    _ = try await Courses.enrol([try person.requireID()], in: course, by: admin, at: Date(), on: app.db)
                }
                try await fixtures.trainer("dsd.trainer", of: "DSD")
                try await fixtures.trainer("vec.trainer", of: "VEC")
                let dsdSession = try #require(
                    try await CourseSession.query(on: app.db).filter(\.$course.$id == dsdCourse.requireID()).first()
                )
                let vecSession = try #require(
                    try await CourseSession.query(on: app.db).filter(\.$course.$id == vecCourse.requireID()).first()
                )
                let vecEnrolment = try #require(
                    try await Enrolment.query(on: app.db).filter(\.$course.$id == vecCourse.requireID()).first()
                )

                let trainer = TestClient(app)
                try await trainer.signIn("dsd.trainer", password: "a-long-password")
                let list = try await trainer.get("/courses")
                #expect(list.body.contains(try dsdCourse.requireID().uuidString.lowercased()))
                #expect(!list.body.contains(try vecCourse.requireID().uuidString.lowercased()))
                #expect(
                    try await trainer.get("/courses/\(try vecCourse.requireID().uuidString.lowercased())").status
                        == .notFound
                )
                let own = "/sessions/\(try dsdSession.requireID().uuidString.lowercased())/attendance"
                let ownPage = try await trainer.get(own)
                #expect(ownPage.status == .ok)
                #expect(ownPage.body.contains("สมชาย"))  // the trainer sees the names in their own course
                #expect(try await trainer.post(own, form: [("rest", "present")]).status == .seeOther)
                let other = "/sessions/\(try vecSession.requireID().uuidString.lowercased())/attendance"
                #expect(try await trainer.get(other).status == .notFound)
                let refused = try await trainer.post(
                    other,
                    form: [("mark_\(try vecEnrolment.requireID().uuidString.lowercased())", "present")]
                )
                #expect(refused.status == .notFound)
                #expect(try await trainer.get("/courses/new").status == .forbidden)

                // The same through the API.
                let token = try await apiToken(app, "dsd.trainer", "a-long-password")
                let api = TestClient(app)
                let body =
                    #"{"marks":[{"enrolment_id":"\#(try vecEnrolment.requireID().uuidString)","mark":"present"}]}"#
                let apiRefused = try await api.api(
                    .PUT,
                    "/api/v1/sessions/\(try vecSession.requireID().uuidString)/attendance",
                    json: body,
                    token: token
                )
                #expect(apiRefused.status == .notFound)
                #expect(apiRefused.apiError?.code == "not_found")
                let courses = try await api.api(.GET, "/api/v1/courses", token: token)
                #expect(courses.body.contains(try dsdCourse.requireID().uuidString))
                #expect(!courses.body.contains(try vecCourse.requireID().uuidString))

                // Nothing was marked on the other provider's course.
                let marks = try await AttendanceQueries.marks(course: try vecCourse.requireID(), on: app.db)
                #expect(marks.isEmpty)

                // Another estate's officer and a viewer are kept out too.
                _ = try await fixtures.otherOfficer()
                let bangplee = TestClient(app)
                try await bangplee.signIn("bangplee.officer", password: "a-long-password")
                #expect(try await bangplee.get(own).status == .notFound)
                let viewer = TestClient(app)
                try await viewer.signIn("demo-viewer")
                #expect(try await viewer.get(own).status == .forbidden)
                #expect(try await viewer.get("/cycles/\(try cycle.requireID().uuidString.lowercased())").status == .ok)

                // And on the API: another estate's officer 404, a viewer 403 for courses but 200 for cycles.
                let bangpleeToken = try await apiToken(app, "bangplee.officer", "a-long-password")
                let otherEstate = try await api.api(
                    .GET,
                    "/api/v1/courses/\(try dsdCourse.requireID())",
                    token: bangpleeToken
                )
                #expect(otherEstate.status == .notFound)
                let viewerToken = try await apiToken(app, "demo-viewer", "sanfan-demo")
                #expect(try await api.api(.GET, "/api/v1/courses", token: viewerToken).status == .forbidden)
                #expect(try await api.api(.GET, "/api/v1/cycles", token: viewerToken).status == .ok)

                // A bank's partner gives no courses: no course link, no courses.
                let banker = TestClient(app)
                try await banker.signIn("demo-partner")
                #expect(!(try await banker.get("/")).body.contains(#"href="/courses""#))
                #expect(
                    !(try await banker.get("/courses")).body.contains(try dsdCourse.requireID().uuidString.lowercased())
                )
                #expect((try await trainer.get("/")).body.contains(#"href="/courses""#))
            }
        }

        @Test func apiRunsACourse() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle()
                let person = try await fixtures.register()
                let token = try await apiToken(app, "demo-officer", "sanfan-demo")
                let api = TestClient(app)
                let occupation = try await Occupation.query(on: app.db).filter(\.$code == "SOAP-MAKING").first()!
                let body = """
                    {"cycle_id":"\(try cycle.requireID())","estate_id":"\(try await fixtures.estate("BANGPOO").requireID())",
                     "occupation_id":"\(try occupation.requireID())","venue":"วัด","first_day":"2020-03-02",
                     "last_day":"2020-03-03","hours":12,"capacity":10}
                    """
                let created = try await api.api(.POST, "/api/v1/courses", json: body, token: token)
                #expect(created.status == .created)
                let course = try created.json(ProgrammeAPIController.CourseItem.self)
                let invalid = try await api.api(
                    .POST,
                    "/api/v1/courses",
                    json: #"{"cycle_id":"\#(try cycle.requireID())","capacity":0}"#,
                    token: token
                )
                #expect(invalid.status == .unprocessableEntity)
                #expect(invalid.apiError?.fields?["capacity"] != nil)
                let session = try await api.api(
                    .POST,
                    "/api/v1/courses/\(course.id)/sessions",
                    json: #"{"day":"2020-03-02","topic":"ทำสบู่","starts_at":"09:00","ends_at":"12:00"}"#,
                    token: token
                )
                #expect(session.status == .created)
                let sessionID = try session.json(ProgrammeAPIController.SessionItem.self).id
                let enrol = try await api.api(
                    .POST,
                    "/api/v1/courses/\(course.id)/enrolments",
                    json: #"{"participant_ids":["\#(try person.requireID())"]}"#,
                    token: token
                )
                #expect(enrol.status == .created)
                let roster = try await api.api(.GET, "/api/v1/courses/\(course.id)/enrolments", token: token)
                let enrolment = try #require(try roster.json(ProgrammeAPIController.EnrolmentList.self).items.first)
                let marked = try await api.api(
                    .PUT,
                    "/api/v1/sessions/\(sessionID)/attendance",
                    json: #"{"marks":[{"enrolment_id":"\#(enrolment.id)","mark":"present"}]}"#,
                    token: token
                )
                #expect(marked.status == .ok)
                #expect(try marked.json(ProgrammeAPIController.AttendanceSheet.self).marks.first?.mark == "present")
                let after = try await api.api(.GET, "/api/v1/courses/\(course.id)/enrolments", token: token)
                #expect(try after.json(ProgrammeAPIController.EnrolmentList.self).items.first?.status == "completed")
                let badMark = try await api.api(
                    .PUT,
                    "/api/v1/sessions/\(sessionID)/attendance",
                    json: #"{"marks":[{"enrolment_id":"\#(UUID())","mark":"present"}]}"#,
                    token: token
                )
                #expect(badMark.status == .unprocessableEntity)
                let cycles = try await api.api(.GET, "/api/v1/cycles/\(try cycle.requireID())", token: token)
                let cycleItem = try cycles.json(CyclesAPIController.CycleItem.self)
                #expect(cycleItem.estates?.first { $0.estate_code == "BANGPOO" }?.actual.completed == 1)
            }
        }

        private func apiToken(_ app: Application, _ username: String, _ password: String) async throws -> String {
            let page = try await TestClient(app).api(
                .POST,
                "/api/v1/auth/token",
                json: #"{"username":"\#(username)","password":"\#(password)"}"#
            )
            struct Token: Decodable { let token: String }
            return try page.json(Token.self).token
        }
    }
}
