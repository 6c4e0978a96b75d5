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
            let wrong = try await client.post(
                "/account/two-factor",
                form: [("password", "sanfan-demo"), ("code", "000000")]
            )
            #expect(wrong.status == .unprocessableEntity)
            let code = TOTP.code(secret: secret, step: TOTP.step(at: now))
            // The password again: a session left open is not enough.
            let noPassword = try await client.post("/account/two-factor", form: [("code", code)])
            #expect(noPassword.status == .unprocessableEntity)
            let done = try await client.post(
                "/account/two-factor",
                form: [("password", "sanfan-demo"), ("code", code)]
            )
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

        /// A token request from a given address (behind a trusted proxy), password and code.
        static func token(_ app: Application, from ip: String, code: String) async throws -> Page {
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.add(name: .xForwardedFor, value: ip)
            return try await TestClient(app).send(
                .POST,
                "/api/v1/auth/token",
                headers: headers,
                body: ByteBuffer(string: #"{"username":"demo-officer","password":"sanfan-demo","code":"\#(code)"}"#)
            )
        }

        @Test func thePasswordAloneNeitherClearsWrongCodesNorOutlivesTurningItOnOrAReset() async throws {
            try await withApp { app, clock in
                app.sanfan.settings.trustProxy = true
                // Signed in with the password alone, in a browser and with a token, before it is on.
                let old = TestClient(app)
                try await old.signIn("demo-officer")
                let oldToken = try await APITests().token(TestClient(app), "demo-officer")
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let (secret, _) = try await Self.enrol(officer, at: clock.now)
                #expect(try await old.get("/participants").status == .seeOther)
                #expect(try await old.api(.GET, "/api/v1/me", token: oldToken).status == .unauthorized)
                #expect(try await officer.get("/participants").status == .ok)

                // Wrong codes from a new address each time, the right password each time: the account
                // locks all the same (the failed password during enrolment counts too).
                var statuses: [HTTPResponseStatus] = []
                for (index, guess) in ["111111", "222222", "333333", "444444", "555555"].enumerated() {
                    statuses.append(try await Self.token(app, from: "192.0.2.\(index + 1)", code: guess).status)
                }
                #expect(statuses.first == .unauthorized)
                #expect(statuses.last == .tooManyRequests)
                clock.advance(by: 30)
                let right = TOTP.code(secret: secret, step: TOTP.step(at: clock.now))
                #expect(try await Self.token(app, from: "198.51.100.7", code: right).status == .tooManyRequests)

                // After the lock, a token; then an admin's reset ends it and the session.
                clock.advance(by: 16 * 60)
                let later = TOTP.code(secret: secret, step: TOTP.step(at: clock.now))
                let issued = try await Self.token(app, from: "198.51.100.7", code: later)
                #expect(issued.status == .ok)
                let token = try issued.json(APITests.Token.self).token
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let officerID = try await Fixtures(app: app).user("demo-officer").requireID().uuidString.lowercased()
                _ = try await admin.get("/admin/users/\(officerID)")
                #expect(
                    try await admin.post("/admin/users/\(officerID)/two-factor/reset", form: []).status == .seeOther
                )
                #expect(try await officer.get("/participants").status == .seeOther)
                #expect(try await officer.api(.GET, "/api/v1/me", token: token).status == .unauthorized)
            }
        }

        @Test func aTokenFromBeforeTheRequirementReachesNothing() async throws {
            try await withApp { app, _ in
                let token = try await APITests().token(TestClient(app), "demo-partner")
                let client = TestClient(app)
                #expect(try await client.api(.GET, "/api/v1/me", token: token).status == .ok)
                app.sanfan.settings.requireTwoFactor = true
                let refused = try await client.api(.GET, "/api/v1/me", token: token)
                #expect(refused.status == .forbidden && refused.body.contains("two_factor_enrolment_required"))
                #expect(try await client.api(.DELETE, "/api/v1/auth/token", token: token).status == .noContent)
            }
        }
    }
}
