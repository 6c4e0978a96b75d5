import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// Two-step sign-in (issue 16): turned on by confirming a code for the secret the QR code shows;
/// then the password alone signs no one in, each code and recovery code works once, wrong codes
/// are throttled like passwords, the API asks for the code too; where it is required, admins and
/// partners reach nothing until they turn it on; an admin's reset is audited.
extension AppTests {
    @Suite struct TwoFactorTests {
        /// Turns it on for the signed-in client's account; returns the secret and recovery codes.
        static func enrol(_ client: TestClient, at now: Date) async throws -> (secret: [UInt8], codes: [String]) {
            let page = try await client.get("/account/two-factor")
            #expect(page.status == .ok)
            #expect(page.body.contains("<svg"))
            let shown = try #require(
                page.body.components(separatedBy: #"id="two-factor-secret">"#).dropFirst().first?
                    .split(separator: "<").first
            )
            let secret = try #require(Base32.decode(String(shown)))
            let wrong = try await client.post("/account/two-factor", form: [("code", "000000")])
            #expect(wrong.status == .unprocessableEntity)
            let code = TOTP.code(secret: secret, step: TOTP.step(at: now))
            let done = try await client.post("/account/two-factor", form: [("code", code)])
            #expect(done.status == .ok)
            let codes = done.body.components(separatedBy: "<li><code>").dropFirst().compactMap {
                $0.split(separator: "<").first.map(String.init)
            }
            #expect(codes.count == 10)
            return (secret, codes)
        }

        /// Password, then code: the status of the second step.
        static func signIn(_ client: TestClient, _ username: String, code: String) async throws -> HTTPResponseStatus {
            let first = try await client.signIn(username)
            #expect(first.status == .seeOther)
            #expect(first.location?.hasPrefix("/login/code") == true)
            _ = try await client.get(first.location ?? "")
            return try await client.post("/login/code", form: [("code", code), ("next", "/participants")]).status
        }

        @Test func afterThePasswordEachCodeWorksOnceAndWrongOnesAreThrottled() async throws {
            try await withApp { app, clock in
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let (secret, recovery) = try await Self.enrol(officer, at: clock.now)
                let user = try await Fixtures(app: app).user("demo-officer")
                #expect(user.totpEnabledAt != nil && user.totpSecretSealed != nil)
                #expect(!(user.totpSecretSealed ?? "").contains(Base32.encode(secret)))
                let stored = try await app.db.sql.raw("SELECT code_digest FROM recovery_codes").all()
                #expect(stored.count == 10)
                #expect(
                    try stored.allSatisfy { !recovery.contains(try $0.decode(column: "code_digest", as: String.self)) }
                )

                // The password alone signs no one in.
                let laptop = TestClient(app)
                let first = try await laptop.signIn("demo-officer")
                #expect(first.location?.hasPrefix("/login/code") == true)
                #expect(try await laptop.get("/participants").status == .seeOther)
                // The code used to turn it on does not work again; the next step's does, once.
                _ = try await laptop.get(first.location ?? "")
                let used = TOTP.code(secret: secret, step: TOTP.step(at: clock.now))
                #expect(try await laptop.post("/login/code", form: [("code", used)]).status == .unauthorized)
                clock.advance(by: 30)
                let next = TOTP.code(secret: secret, step: TOTP.step(at: clock.now))
                #expect(
                    try await laptop.post("/login/code", form: [("code", next), ("next", "/participants")]).status
                        == .seeOther
                )
                #expect(try await laptop.get("/participants").status == .ok)
                #expect(try await Self.signIn(TestClient(app), "demo-officer", code: next) == .unauthorized)

                // A recovery code, once.
                #expect(
                    try await Self.signIn(TestClient(app), "demo-officer", code: recovery[3].lowercased()) == .seeOther
                )
                #expect(try await Self.signIn(TestClient(app), "demo-officer", code: recovery[3]) == .unauthorized)

                // The API asks for the code as well.
                let api = TestClient(app)
                let bare = try await api.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-officer","password":"sanfan-demo"}"#
                )
                #expect(bare.status == .unauthorized && bare.body.contains("two_factor_required"))
                clock.advance(by: 30)
                let fresh = TOTP.code(secret: secret, step: TOTP.step(at: clock.now))
                let token = try await api.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-officer","password":"sanfan-demo","code":"\#(fresh)"}"#
                )
                #expect(token.status == .ok)

                // Wrong codes count with wrong passwords: the account and address lock.
                var statuses: [HTTPResponseStatus] = []
                let guesser = TestClient(app)
                let pending = try await guesser.signIn("demo-officer")
                _ = try await guesser.get(pending.location ?? "")
                for guess in ["111111", "222222", "333333", "444444", "555555", "666666"] {
                    statuses.append(try await guesser.post("/login/code", form: [("code", guess)]).status)
                }
                #expect(statuses.contains(.tooManyRequests))
            }
        }

        @Test func whereRequiredAdminsReachNothingUntilTheyTurnItOnAndAResetIsAudited() async throws {
            try await withApp { app, clock in
                app.sanfan.settings.requireTwoFactor = true
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let sent = try await admin.get("/participants")
                #expect(sent.status == .seeOther && sent.location == "/account/two-factor")
                #expect(try await admin.get("/account/two-factor").body.contains("ต้องเปิด"))
                let refused = try await admin.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-admin","password":"sanfan-demo"}"#
                )
                #expect(refused.status == .forbidden && refused.body.contains("two_factor_enrolment_required"))
                // An officer is not asked.
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                #expect(try await officer.get("/participants").status == .ok)

                _ = try await Self.enrol(admin, at: clock.now)
                #expect(try await admin.get("/participants").status == .ok)

                // The officer turns it on, loses the phone; the admin resets it.
                _ = try await Self.enrol(officer, at: clock.now)
                let officerID = try await Fixtures(app: app).user("demo-officer").requireID().uuidString.lowercased()
                _ = try await admin.get("/admin/users/\(officerID)")
                #expect(
                    try await admin.post("/admin/users/\(officerID)/two-factor/reset", form: []).status == .seeOther
                )
                let reset = try await Fixtures(app: app).user("demo-officer")
                #expect(reset.totpEnabledAt == nil && reset.totpSecretSealed == nil)
                #expect(
                    try await app.db.sql.raw("SELECT COUNT(*) AS n FROM recovery_codes WHERE used_at IS NULL").first()?
                        .decode(column: "n", as: Int.self) == 10
                )
                let events = try await AuditEvent.query(on: app.db).filter(\.$entity == "user")
                    .filter(\.$entityID == officerID).all()
                #expect(events.contains { $0.after?.contains("reset") == true && $0.actorUsername == "demo-admin" })
                let again = try await TestClient(app).signIn("demo-officer")
                #expect(again.status == .seeOther && again.location?.hasPrefix("/login/code") == false)
            }
        }
    }
}
