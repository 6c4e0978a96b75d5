import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// Importing people from a sheet (issue 15): a Windows-874 sheet as Thai Excel saves it is checked
/// row by row with the form's rules, commits all or only its valid rows (never half a row, never a
/// row twice), and importing it again adds nobody.
extension AppTests {
    @Suite struct PeopleImportTests {
        /// A valid national ID: twelve digits and their check digit.
        static func id(_ first12: String) -> String { first12 + String(NationalID.checkDigit(of: first12)) }

        static func sheet(badRow: Bool = true) -> String {
            let one = id("110170012345")
            let two = id("310170054321")
            var text = """
                ลำดับ,ชื่อ-นามสกุล,เพศ,วันเดือนปีเกิด,เลขบัตรประชาชน,เบอร์โทร,ตำบล,อำเภอ,จังหวัด\r
                1,นางสาวสมศรี นำเข้าทดสอบ,หญิง,15 มี.ค. 2510,\(one),๐๘๑-๒๓๔-๕๖๗๘,ต.ปากน้ำ,อ.เมืองสมุทรปราการ,จ.สมุทรปราการ\r
                2,นายสมชาย นำเข้าทดสอบ,ชาย,๐๑/๐๒/๒๕๒๐,"\(two.prefix(1))-\(two.dropFirst(1).prefix(4))-\(two.dropFirst(5))",0891234567,สำโรงเหนือ,เมืองสมุทรปราการ,สมุทรปราการ\r

                """
            if badRow { text += "3,นางมาลี นำเข้าทดสอบ,=1+1,31/02/2520,,,ปากน้ำ,ไม่มีอำเภอนี้,สมุทรปราการ\r\n" }
            return text
        }

        static func upload(_ client: TestClient, _ text: String, estate: UUID) async throws -> Page {
            _ = try await client.get("/imports")
            return try await client.upload(
                "/imports",
                field: "sheet",
                filename: "people.csv",
                bytes: try #require(TextDecoding.encodeWindows874(text)),
                fields: [("estate_id", estate.uuidString), ("consent_confirmed", "1")]
            )
        }

        @Test func aThaiSheetIsCheckedThenCommittedOnlyOnceAndAReimportAddsNobody() async throws {
            try await withApp { app, _ in
                let estate = try #require(try await Estate.query(on: app.db).filter(\.$code == "BANGPOO").first())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let before = try await Participant.query(on: app.db).count()

                let uploaded = try await Self.upload(client, Self.sheet(), estate: try estate.requireID())
                #expect(uploaded.status == .seeOther)
                let path = try #require(uploaded.location)
                let check = try await client.get(path)
                #expect(check.status == .ok)
                #expect(check.body.contains("อ่านได้ 3 แถว: เพิ่มใหม่ได้ 2 · ลงทะเบียนไว้แล้ว 0 · มีข้อผิดพลาด 1"))
                // Every problem of row 4 (the header is row 1), with its column and a Thai message.
                #expect(check.body.contains("อ่านเพศ \"=1+1\" ไม่ได้"))
                #expect(check.body.contains("อ่านวันที่ \"31/02/2520\" ไม่ได้"))
                #expect(check.body.contains("ไม่พบ ต.ปากน้ำ อ.ไม่มีอำเภอนี้ จ.สมุทรปราการ"))
                #expect(check.body.contains("วันเดือนปีเกิด"))
                #expect(try await Participant.query(on: app.db).count() == before)

                // The sheet back with a column of its problems, the formula typed into it made text.
                let download = try await client.get(path + "/errors.csv")
                #expect(download.status == .ok)
                #expect(download.headers.first(name: .contentDisposition)?.contains("import-errors.csv") == true)
                let lines = CSV.parse(String(download.body.drop(while: { $0 == "\u{FEFF}" })))
                #expect(lines.count == 4)
                #expect(lines[0].last == "ข้อผิดพลาด")
                #expect(lines[1].last == "")
                #expect(lines[3][2] == "'=1+1")
                #expect(lines[3].last?.contains("เพศ: อ่านเพศ") == true)
                #expect(lines[3].last?.contains("วันเดือนปีเกิด: อ่านวันที่") == true)

                // Every row, or none: refused while a row has problems.
                let all = try await client.post(path + "/commit", form: [("mode", "all")])
                #expect(all.status == .unprocessableEntity)
                #expect(try await Participant.query(on: app.db).count() == before)

                // Only the valid rows: both people, read as the sheet wrote them.
                let valid = try await client.post(path + "/commit", form: [("mode", "valid")])
                #expect(valid.status == .seeOther)
                // Queued for the import worker: the page shows it waiting, and reloads itself.
                let queued = try await client.get(path)
                #expect(queued.body.contains("รอคิวนำเข้า"))
                #expect(queued.body.contains("http-equiv=\"refresh\""))
                #expect(try await Participant.query(on: app.db).count() == before)
                #expect(try await runQueuedImports(app) == 1)
                #expect(try await Participant.query(on: app.db).count() == before + 2)
                let somsri = try #require(
                    try await Participant.query(on: app.db).filter(\.$firstNameTh == "สมศรี").filter(
                        \.$lastNameTh == "นำเข้าทดสอบ"
                    )
                    .first()
                )
                #expect(somsri.prefix == "นางสาว")
                #expect(somsri.birthDate == "1967-03-15")
                #expect(somsri.gender == "female")
                #expect(somsri.phone == "0812345678")
                #expect(somsri.subdistrictCode == 110101)
                let consent = try #require(
                    try await Consent.query(on: app.db).filter(\.$participant.$id == somsri.requireID()).first()
                )
                #expect(consent.channel == .paperImported)
                #expect(consent.importID?.uuidString.lowercased() == path.split(separator: "/").last.map(String.init))
                let shown = try await client.get(path)
                #expect(shown.body.contains("เพิ่มเข้าทะเบียนแล้ว 2 คน"))

                // Committing again adds nothing.
                let again = try await client.post(path + "/commit", form: [("mode", "valid")])
                #expect(again.status == .conflict)
                #expect(try await Participant.query(on: app.db).count() == before + 2)

                // The same sheet uploaded again: both people are already registered.
                let second = try await Self.upload(client, Self.sheet(), estate: try estate.requireID())
                let secondPath = try #require(second.location)
                let recheck = try await client.get(secondPath)
                #expect(recheck.body.contains("อ่านได้ 3 แถว: เพิ่มใหม่ได้ 0 · ลงทะเบียนไว้แล้ว 2 · มีข้อผิดพลาด 1"))
                let nothing = try await client.post(secondPath + "/commit", form: [("mode", "valid")])
                #expect(nothing.status == .unprocessableEntity)
                #expect(try await Participant.query(on: app.db).count() == before + 2)
            }
        }

        /// A person matched by national ID is reported and left alone, unless the officer chooses to
        /// update: then only the fields the sheet has a value for change, through the edit form's rules.
        @Test func aMatchedPersonIsUpdatedOnlyWhenAskedAndOnlyWhereTheSheetHasAValue() async throws {
            try await withApp { app, _ in
                let estate = try #require(try await Estate.query(on: app.db).filter(\.$code == "BANGPOO").first())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let first = try #require(
                    try await Self.upload(client, Self.sheet(badRow: false), estate: estate.requireID()).location
                )
                #expect(try await client.post(first + "/commit", form: [("mode", "all")]).status == .seeOther)
                try await runQueuedImports(app)
                let somsri = try #require(
                    try await Participant.query(on: app.db).filter(\.$firstNameTh == "สมศรี").first()
                )
                #expect(somsri.phone == "0812345678")
                // The same people again: Somsri with a new phone; Somchai with none given.
                let again = Self.sheet(badRow: false).replacingOccurrences(of: "๐๘๑-๒๓๔-๕๖๗๘", with: "0899999999")
                    .replacingOccurrences(of: ",0891234567,", with: ",,")
                let second = try #require(try await Self.upload(client, again, estate: estate.requireID()).location)
                let checked = try await client.get(second)
                #expect(checked.body.contains("ลงทะเบียนไว้แล้ว 2"))
                #expect(checked.body.contains("ปรับปรุงข้อมูลได้"))
                // Without the choice there is nothing to add.
                #expect(
                    try await client.post(second + "/commit", form: [("mode", "all")]).status == .unprocessableEntity
                )
                let updated = try await client.post(
                    second + "/commit",
                    form: [("mode", "all"), ("update_existing", "1")]
                )
                #expect(updated.status == .seeOther)
                try await runQueuedImports(app)
                let after = try #require(try await Participant.find(somsri.requireID(), on: app.db))
                #expect(after.phone == "0899999999")
                let somchai = try #require(
                    try await Participant.query(on: app.db).filter(\.$firstNameTh == "สมชาย").first()
                )
                #expect(somchai.phone == "0891234567")  // the sheet had none: kept
                #expect(try await client.get(second).body.contains("ปรับปรุงข้อมูลคนที่ลงทะเบียนไว้แล้ว 2 คน"))
                let audited = try await AuditEvent.query(on: app.db).filter(
                    \.$entityID == somsri.requireID().uuidString.lowercased()
                )
                .filter(\.$action == .update).count()
                #expect(audited == 1)
                #expect(try await Participant.query(on: app.db).filter(\.$firstNameTh == "สมศรี").count() == 1)
            }
        }

        @Test func badFilesAndOtherEstatesAreRefusedAndNothingIsKept() async throws {
            try await withApp { app, _ in
                let bangpoo = try #require(try await Estate.query(on: app.db).filter(\.$code == "BANGPOO").first())
                let other = try #require(try await Estate.query(on: app.db).filter(\.$code != "BANGPOO").first())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                _ = try await client.get("/imports")
                func send(_ bytes: [UInt8], estate: UUID, consent: Bool = true) async throws -> Page {
                    try await client.upload(
                        "/imports",
                        field: "sheet",
                        filename: "people.csv",
                        bytes: bytes,
                        fields: [("estate_id", estate.uuidString)] + (consent ? [("consent_confirmed", "1")] : [])
                    )
                }
                let good = Array(Self.sheet(badRow: false).utf8)
                let id = try bangpoo.requireID()
                #expect(try await send([], estate: id).status == .unprocessableEntity)
                let binary = try await send([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1], estate: id)
                #expect(binary.status == .unprocessableEntity)
                #expect(binary.body.contains("ไม่ใช่แฟ้ม CSV หรือ Excel ที่อ่านได้"))
                let headerOnly = try await send(Array("ชื่อ,นามสกุล\r\n".utf8), estate: id)
                #expect(headerOnly.body.contains("แฟ้มไม่มีแถวข้อมูลใต้หัวคอลัมน์"))
                let fakeWorkbook = try await send([0x50, 0x4B, 0x03, 0x04, 1, 2, 3], estate: id)
                #expect(fakeWorkbook.status == .unprocessableEntity)
                let noConsent = try await send(good, estate: id, consent: false)
                #expect(noConsent.status == .unprocessableEntity)
                #expect(noConsent.body.contains("ต้องยืนยันว่ามีแบบฟอร์มความยินยอมที่ลงนามแล้ว"))
                let elsewhere = try await send(good, estate: try other.requireID())
                #expect(elsewhere.status == .unprocessableEntity)
                #expect(try await SheetImport.query(on: app.db).count() == 0)

                // A sheet without the columns the form requires says which are missing.
                let partial = try await send(Array("ชื่อ,นามสกุล\r\nสมชาย,ใจดี\r\n".utf8), estate: id)
                let missing = try await client.get(try #require(partial.location))
                #expect(missing.body.contains("ยังไม่ได้เลือกคอลัมน์"))

                // An empty choice of columns is not remembered for the next sheet.
                _ = try await client.get(try #require(partial.location))
                #expect(
                    try await client.post(try #require(partial.location) + "/mapping", form: []).status == .seeOther
                )
                let next = try await send(good, estate: id)
                let nextPage = try await client.get(try #require(next.location))
                #expect(nextPage.body.contains("อ่านได้ 2 แถว: เพิ่มใหม่ได้ 2"))
                // An admin reaches every estate, but not one that does not exist.
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                _ = try await admin.get("/imports")
                let nowhere = try await admin.upload(
                    "/imports",
                    field: "sheet",
                    filename: "people.csv",
                    bytes: good,
                    fields: [("estate_id", UUID().uuidString), ("consent_confirmed", "1")]
                )
                #expect(nowhere.status == .unprocessableEntity)

                // Partners import nobody; another estate's officer cannot open this one's sheet.
                let partner = TestClient(app)
                try await partner.signIn("demo-partner")
                #expect(try await partner.get("/imports").status == .forbidden)
                let lcb = TestClient(app)
                try await lcb.signIn("demo-officer-lcb")
                #expect(try await lcb.get(try #require(partial.location)).status == .notFound)
            }
        }

        @Test func changingTheMappingIsRememberedForTheNextSheet() async throws {
            try await withApp { app, _ in
                let estate = try #require(try await Estate.query(on: app.db).filter(\.$code == "BANGPOO").first())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                // "เบอร์ติดต่อ" is no header the import knows: the officer maps it to the phone.
                let text = Self.sheet(badRow: false).replacingOccurrences(of: "เบอร์โทร", with: "เบอร์ติดต่อ")
                let first = try await Self.upload(client, text, estate: try estate.requireID())
                let path = try #require(first.location)
                let before = try await client.get(path)
                #expect(before.body.contains("name=\"map_phone\""))
                var form: [(String, String)] = []
                for (field, column) in [
                    ("full_name", 1), ("gender", 2), ("birth_date", 3), ("national_id", 4), ("phone", 5),
                    ("subdistrict", 6), ("district", 7), ("province", 8),
                ] {
                    form.append(("map_" + field, String(column)))
                }
                #expect(try await client.post(path + "/mapping", form: form).status == .seeOther)
                let after = try await client.get(path)
                #expect(after.body.contains("อ่านได้ 2 แถว: เพิ่มใหม่ได้ 2"))
                #expect(try await client.post(path + "/commit", form: [("mode", "all")]).status == .seeOther)
                try await runQueuedImports(app)
                let somsri = try await Participant.query(on: app.db).filter(\.$firstNameTh == "สมศรี")
                    .filter(\.$lastNameTh == "นำเข้าทดสอบ").first()
                #expect(somsri?.phone == "0812345678")
                let second = try await Self.upload(client, text, estate: try estate.requireID())
                let sheet = try #require(
                    try await SheetImport.find(
                        UUID(uuidString: String(second.location!.split(separator: "/").last!)),
                        on: app.db
                    )
                )
                #expect(
                    ImportController.mapping(
                        sheet.mapping,
                        headers: text.components(separatedBy: "\r\n")[0].components(separatedBy: ",")
                    )?["phone"] == 5
                )
            }
        }

        @Test func theAPIChecksCommitsAndAnswersErrorsInJSON() async throws {
            try await withApp { app, _ in
                let estate = try #require(try await Estate.query(on: app.db).filter(\.$code == "BANGPOO").first())
                let client = TestClient(app)
                let token = try await AppTests.APITests().token(client, "demo-officer")
                func send(_ fields: [(String, String)], bytes: [UInt8]) async throws -> Page {
                    let boundary = "sanfan-api-boundary"
                    var body = ByteBuffer()
                    for (name, value) in fields {
                        body.writeString(
                            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
                        )
                    }
                    body.writeString(
                        "--\(boundary)\r\nContent-Disposition: form-data; name=\"sheet\"; filename=\"people.csv\"\r\n\r\n"
                    )
                    body.writeBytes(bytes)
                    body.writeString("\r\n--\(boundary)--\r\n")
                    var headers = HTTPHeaders()
                    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                    headers.bearerAuthorization = .init(token: token)
                    return try await client.send(
                        .POST,
                        "/api/v1/imports",
                        headers: headers,
                        body: body,
                        useCookies: false
                    )
                }
                let bytes = try #require(TextDecoding.encodeWindows874(Self.sheet()))
                let base = [("estate_id", try estate.requireID().uuidString), ("consent_confirmed", "true")]
                let before = try await Participant.query(on: app.db).count()

                struct Result: Decodable {
                    let id: UUID
                    let status: String
                    let ready: Int?
                    let rows_created: Int
                    let errors: [Row]?
                    struct Row: Decodable {
                        let row: Int
                        let column: String?
                        let message: String
                    }
                }
                let dry = try await send(base, bytes: bytes)
                #expect(dry.status == .created)
                let checked = try dry.json(Result.self)
                #expect(checked.status == "checked" && checked.ready == 2)
                #expect(checked.errors?.contains { $0.row == 4 && $0.column == "เพศ" } == true)
                #expect(try await Participant.query(on: app.db).count() == before)

                // Every row, refused as JSON; then the valid ones.
                let path = "/api/v1/imports/\(checked.id.uuidString.lowercased())"
                let all = try await client.api(.POST, path + "/commit", json: #"{"mode":"all"}"#, token: token)
                #expect(all.status == .unprocessableEntity)
                #expect(all.body.contains("\"code\":\"rows_have_errors\""))
                let valid = try await client.api(.POST, path + "/commit", json: #"{"mode":"valid"}"#, token: token)
                #expect(valid.status == .accepted)
                #expect(try valid.json(Result.self).status == "queued")
                #expect(try await runQueuedImports(app) == 1)
                let done = try await client.api(.GET, path, token: token)
                #expect(try done.json(Result.self).status == "committed")
                #expect(try done.json(Result.self).rows_created == 2)
                #expect(try await Participant.query(on: app.db).count() == before + 2)
                let again = try await client.api(.POST, path + "/commit", json: #"{"mode":"valid"}"#, token: token)
                #expect(again.status == .conflict)

                // No consent confirmation, or not a sheet: a JSON error naming the field.
                let noConsent = try await send([base[0]], bytes: bytes)
                #expect(noConsent.status == .unprocessableEntity)
                #expect(noConsent.body.contains("consent_confirmed"))
                let binary = try await send(base, bytes: [0x7F, 0x45, 0, 0])
                #expect(binary.status == .unprocessableEntity)
                #expect(binary.body.contains("\"sheet\""))
                // dry_run=false queues the commit at once; only the valid rows with mode=valid.
                let another = Self.sheet().replacingOccurrences(
                    of: Self.id("110170012345"),
                    with: Self.id("110170099999")
                )
                .replacingOccurrences(of: "สมศรี", with: "สมใจ")
                let atOnce = try await send(
                    base + [("dry_run", "false"), ("mode", "valid")],
                    bytes: try #require(TextDecoding.encodeWindows874(another))
                )
                #expect(atOnce.status == .created)
                #expect(try atOnce.json(Result.self).status == "queued")
                try await runQueuedImports(app)
                #expect(try await Participant.query(on: app.db).count() == before + 3)

                // An empty multipart body (the fuzzer's find): refused as JSON, not a server error.
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=b")
                headers.bearerAuthorization = .init(token: token)
                let empty = try await client.send(
                    .POST,
                    "/api/v1/imports",
                    headers: headers,
                    body: ByteBuffer(string: "--b--\r\n"),
                    useCookies: false
                )
                #expect(empty.status == .unprocessableEntity)
                // Another estate's officer cannot read it.
                let other = try await AppTests.APITests().token(TestClient(app), "demo-officer-lcb")
                #expect(try await client.api(.GET, path, token: other).status == .notFound)
            }
        }
    }
}
