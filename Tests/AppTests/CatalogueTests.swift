import Fluent
import Foundation
import SanfanCore
import Testing
import VaporTesting

@testable import App

extension AppTests {
    /// HQ keeps the catalogues: estates, occupations with their units, organisations and their users.
    @Suite struct CatalogueTests {
        @Test func adminCorrectsAnEstateAndTheChangeIsAudited() async throws {
            try await withApp { app, _ in
                let estate = try await Fixtures(app: app).estate("BANGPOO")
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let path = "/admin/estates/\(try estate.requireID().uuidString.lowercased())"
                let form = try await client.get(path)
                #expect(form.body.contains("นิคมอุตสาหกรรมบางปู"))
                let fields: [(String, String)] = [
                    ("code", "BANGPOO"), ("name_th", "นิคมอุตสาหกรรมบางปู (สมุทรปราการ)"),
                    ("name_en", "Bang Poo Industrial Estate"), ("province_code", "11"),
                    ("district_th", "เมืองสมุทรปราการ"),
                    ("operator", "ieat"), ("programme_year", "2562"), ("is_active", "true"),
                ]
                #expect(try await client.post(path, form: fields).status == .seeOther)
                #expect(try await Estate.find(estate.id, on: app.db)?.nameTh == "นิคมอุตสาหกรรมบางปู (สมุทรปราการ)")
                #expect(try await AuditEvent.query(on: app.db).filter(\.$entity == "estate").count() == 1)
                // A code another estate has is refused.
                let taken = try await client.post(
                    path,
                    form: fields.map { $0.0 == "code" ? ("code", "BANGPLEE") : $0 }
                )
                #expect(taken.status == .unprocessableEntity)
                #expect(taken.body.contains("รหัสนี้มีอยู่แล้ว"))
                // Reference data loaded again does not undo the correction.
                try await ReferenceData.seed(on: app.db)
                #expect(try await Estate.find(estate.id, on: app.db)?.nameTh == "นิคมอุตสาหกรรมบางปู (สมุทรปราการ)")
            }
        }

        @Test func occupationsCarryTheirStandardAndUnitsInOrder() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                _ = try await client.get("/admin/occupations/new")
                var fields: [(String, String)] = [
                    ("code", "thai-massage"), ("name_th", "นวดแผนไทย"), ("name_en", "Thai massage"),
                    ("sector_th", "บริการสุขภาพ"), ("certifying_body", "tpqi"),
                    ("standard_name", "ผู้ให้บริการนวดไทย"), ("standard_level", "ชั้น 1"),
                    ("units", "10211 ตรวจร่างกายผู้รับบริการ\n10212 | นวดพื้นฐาน\nไม่มีชื่อ"), ("is_active", "true"),
                ]
                let bad = try await client.post("/admin/occupations", form: fields)
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.contains("บรรทัดที่ 3"))
                #expect(try await Occupation.query(on: app.db).filter(\.$code == "THAI-MASSAGE").count() == 0)
                fields[7] = ("units", "10211 ตรวจร่างกายผู้รับบริการ\n10212 | นวดพื้นฐาน\n")
                #expect(try await client.post("/admin/occupations", form: fields).status == .seeOther)
                let saved = try #require(
                    try await Occupation.query(on: app.db).filter(\.$code == "THAI-MASSAGE").first()
                )
                #expect(saved.standardLevel == "ชั้น 1")
                let units = try await OccupationUnit.query(on: app.db).filter(\.$occupation.$id == saved.requireID())
                    .sort(\.$position).all()
                #expect(units.map(\.code) == ["10211", "10212"])
                #expect(units.map(\.nameTh) == ["ตรวจร่างกายผู้รับบริการ", "นวดพื้นฐาน"])
                let list = try await client.get("/admin/occupations")
                #expect(list.body.contains(#"<a href="/admin/organisations">หน่วยงานภาคี</a>"#))
                #expect(list.body.contains("ผู้ให้บริการนวดไทย · ชั้น 1"))
            }
        }

        @Test func organisationsShowTheirContactsAndUsers() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                try await fixtures.trainer("dsd.trainer", of: "DSD")
                let dsd = try await fixtures.organisation("DSD")
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let path = "/admin/organisations/\(try dsd.requireID().uuidString.lowercased())"
                _ = try await client.get(path)
                let fields: [(String, String)] = [
                    ("code", "DSD"), ("short_name", "กพร."), ("name_th", dsd.nameTh), ("name_en", dsd.nameEn),
                    ("kind", "training_provider"), ("contact_name", "คุณประสาน งานดี"),
                    ("contact_phone", "02-245-1707"), ("contact_email", "not-an-email"), ("is_active", "true"),
                ]
                let bad = try await client.post(path, form: fields)
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.contains("อีเมลไม่ถูกต้อง"))
                let good = try await client.post(
                    path,
                    form: fields.map { $0.0 == "contact_email" ? ("contact_email", "train@dsd.go.th") : $0 }
                )
                #expect(good.status == .seeOther)
                let page = try await client.get(path)
                #expect(page.body.contains("ครูฝึก DSD (dsd.trainer)"))
                #expect(try await Organisation.find(dsd.id, on: app.db)?.contactPhone == "022451707")

                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                #expect(try await officer.get("/admin/organisations").status == .forbidden)
                #expect(try await officer.post(path, form: fields).status == .forbidden)
            }
        }
    }
}
