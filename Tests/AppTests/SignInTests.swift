import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App

extension AppTests {
    @Suite struct SignInTests {
        @Test func visitorSeesTheThaiSignInPage() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let home = try await client.get("/")
                #expect(home.status == .seeOther)
                #expect(home.location == "/login?next=%2F")

                let page = try await client.get("/login")
                #expect(page.status == .ok)
                #expect(page.body.contains(#"<html lang="th">"#))
                #expect(page.body.contains("<h1>เข้าสู่ระบบ</h1>"))
                #expect(page.body.contains(#"name="_csrf""#))
            }
        }

        @Test func rightPasswordSignsInAndWrongOneIsRefusedInThai() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                _ = try await client.get("/login")
                let wrong = try await client.post(
                    "/login",
                    form: [("username", "demo-officer"), ("password", "nope-nope")]
                )
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.contains("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง"))
                #expect(wrong.body.contains(#"value="demo-officer""#))  // the username is kept

                let right = try await client.signIn("demo-officer")
                #expect(right.status == .seeOther)
                let home = try await client.get("/")
                #expect(home.status == .ok)
                #expect(home.body.contains("สมศรี ใจดี"))
                #expect(home.body.contains("นิคมอุตสาหกรรมบางปู"))
            }
        }

        @Test func sixthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() async throws {
            try await withApp { app, clock in
                let client = TestClient(app)
                _ = try await client.get("/login")
                for attempt in 1...5 {
                    client.remoteIP = "198.51.100.\(attempt)"  // different addresses: the account lock alone
                    let page = try await client.post(
                        "/login",
                        form: [("username", "demo-admin"), ("password", "wrong-\(attempt)")]
                    )
                    #expect(page.status == .unauthorized)
                }
                client.remoteIP = "198.51.100.99"
                let locked = try await client.post(
                    "/login",
                    form: [("username", "demo-admin"), ("password", "sanfan-demo")]
                )
                #expect(locked.status == .tooManyRequests)
                #expect(locked.body.contains("ระงับการเข้าสู่ระบบชั่วคราว"))
                #expect(client.cookies[SessionCookie.name] != nil)
                #expect(try await client.get("/").status == .seeOther)  // still not signed in

                // Another account from another address is not affected.
                client.remoteIP = "198.51.100.100"
                #expect(try await client.signIn("demo-viewer").status == .seeOther)

                // Fifteen minutes after the lock began, the right password works again.
                clock.advance(by: 15 * 60 + 1)
                let fresh = TestClient(app)
                fresh.remoteIP = "198.51.100.101"
                #expect(try await fresh.signIn("demo-admin").status == .seeOther)
            }
        }

        @Test func fiveFailuresFromOneAddressLockThatAddress() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                _ = try await client.get("/login")
                for user in ["a-user", "b-user", "c-user", "d-user", "e-user"] {
                    _ = try await client.post("/login", form: [("username", user), ("password", "whatever-1")])
                }
                let locked = try await client.post(
                    "/login",
                    form: [("username", "demo-viewer"), ("password", "sanfan-demo")]
                )
                #expect(locked.status == .tooManyRequests)
            }
        }

        @Test func aFormPostedWithoutItsCSRFTokenIsRefused() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                _ = try await client.get("/login")
                let page = try await client.post(
                    "/login",
                    form: [("username", "demo-admin"), ("password", "sanfan-demo")],
                    csrf: false
                )
                #expect(page.status == .forbidden)
                #expect(page.body.contains("แบบฟอร์มนี้หมดอายุ"))
                #expect(try await client.get("/").status == .seeOther)

                // Signed in, a change without the token is refused and nothing is saved.
                try await client.signIn("demo-admin")
                let create = try await client.post(
                    "/admin/users",
                    form: [
                        ("username", "no-token"), ("display_name", "X"), ("password", "long-enough-pw"),
                        ("role", "viewer"),
                    ],
                    csrf: false
                )
                #expect(create.status == .forbidden)
                #expect(try await User.query(on: app.db).filter(\.$username == "no-token").count() == 0)
            }
        }

        @Test func signingOutEndsTheSession() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-viewer")
                let oldCookie = try #require(client.cookies[SessionCookie.name])
                let out = try await client.post("/logout")
                #expect(out.status == .seeOther)
                #expect(out.location == "/login?signed_out=1")
                #expect(try await client.get("/").status == .seeOther)

                // Replaying the old cookie does not bring the session back.
                let replay = try await client.send(
                    .GET,
                    "/",
                    headers: ["Cookie": "\(SessionCookie.name)=\(oldCookie)"],
                    body: nil,
                    useCookies: false
                )
                #expect(replay.status == .seeOther)
            }
        }

        @Test func anIdleSessionExpiresWithAMessage() async throws {
            try await withApp { app, clock in
                let client = TestClient(app)
                try await client.signIn("demo-viewer")
                #expect(try await client.get("/").status == .ok)
                clock.advance(by: 8 * 3600 + 60)
                let page = try await client.get("/estates")
                #expect(page.status == .seeOther)
                #expect(page.location?.contains("expired=1") == true)
                let signIn = try await client.get(try #require(page.location))
                #expect(signIn.body.contains("หมดเวลาการใช้งาน"))
            }
        }

        @Test func sessionCookieIsHttpOnlyAndLaxAndPagesCarrySecurityHeaders() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let page = try await client.get("/login")
                let cookie = try #require(page.headers[.setCookie].first { $0.hasPrefix(SessionCookie.name) })
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(!cookie.contains("Secure"))  // plain HTTP here; SANFAN_SECURE_COOKIES adds it behind TLS
                let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(page.headers.first(name: "Referrer-Policy") == "same-origin")
            }
        }

        @Test func signInNeverRedirectsOffSite() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                _ = try await client.get("/login")
                let page = try await client.post(
                    "/login",
                    form: [("username", "demo-viewer"), ("password", "sanfan-demo"), ("next", "//evil.example/")]
                )
                #expect(page.location == "/")
            }
        }

        @Test func disabledAccountCannotSignIn() async throws {
            try await withApp { app, _ in
                let user = try #require(try await User.query(on: app.db).filter(\.$username == "demo-viewer").first())
                user.isActive = false
                try await user.save(on: app.db)
                let client = TestClient(app)
                let page = try await client.signIn("demo-viewer")
                #expect(page.status == .forbidden)
                #expect(page.body.contains("บัญชีนี้ถูกระงับ"))
            }
        }
    }
}
