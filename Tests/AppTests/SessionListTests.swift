import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// A person's own sessions (issue 16): listed with their browser, ended one by one or all but
/// this one, and only their own; an admin signs an account out everywhere, sessions and API
/// tokens alike, audited.
extension AppTests {
    @Suite struct SessionListTests {
        @Test func aPersonSeesAndEndsTheirOwnSessionsOnly() async throws {
            try await withApp { app, _ in
                let laptop = TestClient(app)
                try await laptop.signIn("demo-officer")
                let phone = TestClient(app)
                try await phone.signIn("demo-officer")
                let other = TestClient(app)
                try await other.signIn("demo-officer-lcb")

                let page = try await laptop.get("/account/sessions")
                #expect(page.status == .ok)
                #expect(page.body.contains("เครื่องนี้"))
                let digests = Self.digests(page.body)
                #expect(digests.count == 2)
                // Someone else's session cannot be ended by naming it.
                let otherPage = try await other.get("/account/sessions")
                let theirs = try #require(Self.digests(otherPage.body).first)
                #expect(try await laptop.post("/account/sessions/end", form: [("session", theirs)]).status == .seeOther)
                #expect(try await other.get("/participants").status == .ok)

                // All but this one: the phone is signed out, the laptop stays.
                _ = try await laptop.get("/account/sessions")
                // Nothing named and not asked for the others: nothing ends.
                #expect(try await laptop.post("/account/sessions/end", form: []).status == .badRequest)
                #expect(try await phone.get("/participants").status == .ok)
                #expect(try await laptop.post("/account/sessions/end", form: [("others", "1")]).status == .seeOther)
                #expect(try await phone.get("/participants").status == .seeOther)
                #expect(try await laptop.get("/participants").status == .ok)
                #expect(Self.digests(try await laptop.get("/account/sessions").body).count == 1)
                // Ending this one is signing out.
                let current = try #require(Self.digests(try await laptop.get("/account/sessions").body).first)
                let out = try await laptop.post("/account/sessions/end", form: [("session", current)])
                #expect(out.location == "/login")
                #expect(try await laptop.get("/participants").status == .seeOther)
                let officer = try await Fixtures(app: app).user("demo-officer").requireID().uuidString.lowercased()
                #expect(
                    try await AuditEvent.query(on: app.db).filter(\.$entity == "user").filter(\.$entityID == officer)
                        .count() >= 2
                )
            }
        }

        @Test func anAdminSignsAnAccountOutEverywhereAndItsTokensStopWorking() async throws {
            try await withApp { app, _ in
                let browser = TestClient(app)
                try await browser.signIn("demo-officer")
                let token = try await APITests().token(TestClient(app), "demo-officer")
                #expect(try await browser.api(.GET, "/api/v1/me", token: token).status == .ok)
                let officer = try await Fixtures(app: app).user("demo-officer").requireID().uuidString.lowercased()

                // Not for anyone but an admin.
                let peer = TestClient(app)
                try await peer.signIn("demo-officer-lcb")
                _ = try await peer.get("/participants")
                #expect(
                    try await peer.post("/admin/users/\(officer)/sign-out-everywhere", form: []).status == .forbidden
                )
                #expect(try await browser.get("/participants").status == .ok)

                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                _ = try await admin.get("/admin/users/\(officer)")
                let done = try await admin.post("/admin/users/\(officer)/sign-out-everywhere", form: [])
                #expect(done.status == .seeOther)
                #expect(try await browser.get("/participants").status == .seeOther)
                #expect(try await browser.api(.GET, "/api/v1/me", token: token).status == .unauthorized)
                #expect(try await admin.get("/participants").status == .ok)
                let events = try await AuditEvent.query(on: app.db).filter(\.$entity == "user")
                    .filter(\.$entityID == officer).all()
                let event = try #require(events.first { $0.after?.contains("signed_out_everywhere") == true })
                #expect(event.actorUsername == "demo-admin")
                #expect(event.after?.contains("tokens 1") == true)
            }
        }

        /// The session digests named by the page's end-this-one forms.
        static func digests(_ html: String) -> [String] {
            html.components(separatedBy: #"name="session" value=""#).dropFirst().compactMap {
                $0.split(separator: "\"").first.map(String.init)
            }
        }
    }
}
