import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App

extension AppTests {
    /// Every role against every page: who gets in, who is refused.
    @Suite struct AccessTests {
        static let adminPages = ["/admin/users", "/admin/users/new", "/admin/audit"]

        @Test(arguments: ["demo-officer", "demo-partner", "demo-viewer"])
        func nonAdminsCannotOpenAdminPages(username: String) async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn(username)
                for path in Self.adminPages {
                    let page = try await client.get(path)
                    #expect(page.status == .forbidden, "\(username) opened \(path)")
                    #expect(page.body.contains("ไม่มีสิทธิ์เข้าถึง"))
                }
                let admin = try #require(try await User.query(on: app.db).filter(\.$username == "demo-admin").first())
                let edit = try await client.get(SiteURL.user(try admin.requireID()).path)
                #expect(edit.status == .forbidden)
                let post = try await client.post(
                    "/admin/users",
                    form: [
                        ("username", "sneaky"), ("display_name", "S"), ("password", "long-enough-pw"),
                        ("role", "admin"),
                    ]
                )
                #expect(post.status == .forbidden)
                #expect(try await User.query(on: app.db).filter(\.$username == "sneaky").count() == 0)
            }
        }

        @Test func adminOpensEveryAdminPage() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                for path in Self.adminPages {
                    #expect(try await client.get(path).status == .ok, "admin could not open \(path)")
                }
            }
        }

        @Test func visitorsAreSentToSignInFromEveryPage() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                for path in ["/", "/estates"] + Self.adminPages {
                    let page = try await client.get(path)
                    #expect(page.status == .seeOther)
                    #expect(page.location?.hasPrefix("/login?next=") == true)
                }
            }
        }

        @Test func navigationShowsOnlyWhatTheRoleMayUse() async throws {
            try await withApp { app, _ in
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let adminHome = try await admin.get("/")
                #expect(adminHome.body.contains(#"href="/admin/users""#))
                #expect(adminHome.body.contains(#"href="/admin/audit""#))

                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let officerHome = try await officer.get("/")
                #expect(!officerHome.body.contains(#"href="/admin/users""#))
                #expect(officerHome.body.contains("เจ้าหน้าที่นิคม: เห็นเฉพาะข้อมูลของนิคมอุตสาหกรรมบางปู"))

                let partner = TestClient(app)
                try await partner.signIn("demo-partner")
                #expect(try await partner.get("/").body.contains("ธนาคารออมสิน"))

                let viewer = TestClient(app)
                try await viewer.signIn("demo-viewer")
                #expect(try await viewer.get("/").body.contains("ไม่เห็นข้อมูลส่วนบุคคล"))
            }
        }
    }
}
