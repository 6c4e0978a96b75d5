import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App

extension AppTests {
    @Suite struct UserAdminTests {
        func estateID(_ code: String, _ app: Application) async throws -> String {
            try #require(try await Estate.query(on: app.db).filter(\.$code == code).first()).requireID().uuidString
        }

        @Test func adminCreatesAnOfficerWithEstatesAndItIsAudited() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                _ = try await client.get("/admin/users/new")
                let page = try await client.post(
                    "/admin/users",
                    form: [
                        ("username", "somchai.l"), ("display_name", "สมชาย ลาดกระบัง"), ("password", "a-long-password"),
                        ("role", "estate_officer"), ("estate_ids[]", try await estateID("LATKRABANG", app)),
                        ("estate_ids[]", try await estateID("BANGCHAN", app)), ("organisation_id", ""),
                        ("language", "th"),
                    ]
                )
                #expect(page.status == .seeOther)
                let user = try #require(try await User.query(on: app.db).filter(\.$username == "somchai.l").first())
                #expect(user.role == .estateOfficer)
                #expect(user.passwordHash.hasPrefix("$2"))
                let principal = try await Accounts.principal(for: user, on: app.db)
                #expect(principal.estateIDs.count == 2)

                let event = try #require(
                    try await AuditEvent.query(on: app.db).filter(
                        \.$entityID == user.requireID().uuidString.lowercased()
                    )
                    .first()
                )
                #expect(event.action == .create)
                #expect(event.actorUsername == "demo-admin")
                let after = try #require(Audit.decode(event.after))
                #expect(after["username"] == "somchai.l")
                #expect(after["estates"] == "BANGCHAN,LATKRABANG")
                #expect(event.after?.contains(user.passwordHash) == false)

                let created = TestClient(app)
                #expect(try await created.signIn("somchai.l", password: "a-long-password").status == .seeOther)
            }
        }

        @Test func badInputShowsEachErrorBesideItsFieldAndKeepsTheInput() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let before = try await User.query(on: app.db).count()
                let page = try await client.post(
                    "/admin/users",
                    form: [
                        ("username", "Bad Name!"), ("display_name", #"<script>alert(1)</script>" onfocus="x"#),
                        ("password", "short"),
                        ("role", "estate_officer"), ("organisation_id", ""), ("language", "th"),
                    ]
                )
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("ชื่อผู้ใช้ต้องมี 3–32 ตัว"))
                #expect(page.body.contains("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร"))
                #expect(page.body.contains("เจ้าหน้าที่นิคมต้องมีนิคมที่รับผิดชอบอย่างน้อย 1 แห่ง"))
                #expect(page.body.contains(#"value="Bad Name!""#))
                // Typed HTML is kept, escaped, never executed.
                #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onfocus=&quot;x"))
                #expect(!page.body.contains("<script>alert(1)"))
                #expect(!page.body.contains(#"" onfocus="x""#))
                #expect(try await User.query(on: app.db).count() == before)
            }
        }

        @Test func duplicateUsernameAndPartnerWithoutOrganisationAreRefused() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let page = try await client.post(
                    "/admin/users",
                    form: [
                        ("username", "demo-viewer"), ("display_name", "Copy"), ("password", "a-long-password"),
                        ("role", "partner"), ("organisation_id", ""),
                    ]
                )
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("ชื่อผู้ใช้นี้มีอยู่แล้ว"))
                #expect(page.body.contains("ผู้ใช้ของหน่วยงานภาคีต้องระบุหน่วยงาน"))
            }
        }

        @Test func disablingAUserSignsThemOutAtOnce() async throws {
            try await withApp { app, _ in
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                #expect(try await officer.get("/").status == .ok)

                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let user = try #require(try await User.query(on: app.db).filter(\.$username == "demo-officer").first())
                _ = try await admin.get(SiteURL.user(try user.requireID()).path)
                let page = try await admin.post(
                    SiteURL.userActive(try user.requireID()).path,
                    form: [("active", "false")]
                )
                #expect(page.status == .seeOther)
                #expect(try await officer.get("/").status == .seeOther)
                let audit = try await AuditEvent.query(on: app.db).filter(\.$action == .update).all()
                #expect(audit.contains { Audit.decode($0.after)?["is_active"] == "false" })
            }
        }

        @Test func adminCannotDisableThemselves() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let me = try #require(try await User.query(on: app.db).filter(\.$username == "demo-admin").first())
                let page = try await client.post(
                    SiteURL.userActive(try me.requireID()).path,
                    form: [("active", "false")]
                )
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("ไม่สามารถระงับบัญชีของตนเองได้"))
                #expect(try await User.find(me.id, on: app.db)?.isActive == true)
            }
        }

        @Test func resetPasswordReplacesTheOldOne() async throws {
            try await withApp { app, _ in
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let user = try #require(try await User.query(on: app.db).filter(\.$username == "demo-viewer").first())
                let path = SiteURL.userPassword(try user.requireID()).path
                let short = try await admin.post(path, form: [("new_password", "short")])
                #expect(short.status == .unprocessableEntity)
                #expect(try await admin.post(path, form: [("new_password", "brand-new-secret")]).status == .seeOther)

                #expect(try await TestClient(app).signIn("demo-viewer").status == .unauthorized)
                #expect(
                    try await TestClient(app).signIn("demo-viewer", password: "brand-new-secret").status == .seeOther
                )
            }
        }

        @Test func editingAssignsAnOrganisationAndListShowsIt() async throws {
            try await withApp { app, _ in
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let user = try #require(try await User.query(on: app.db).filter(\.$username == "demo-viewer").first())
                let tcg = try #require(try await Organisation.query(on: app.db).filter(\.$code == "TCG").first())
                let page = try await admin.post(
                    SiteURL.user(try user.requireID()).path,
                    form: [
                        ("display_name", "เจ้าหน้าที่ บสย."), ("role", "partner"),
                        ("organisation_id", try tcg.requireID().uuidString), ("language", "en"),
                    ]
                )
                #expect(page.status == .seeOther)
                let list = try await admin.get("/admin/users")
                #expect(list.body.contains("บสย."))
                #expect(list.body.contains("เจ้าหน้าที่ บสย."))
                let changed = try #require(try await User.find(user.id, on: app.db))
                #expect(changed.role == .partner)
                #expect(changed.language == "en")
            }
        }
    }
}
