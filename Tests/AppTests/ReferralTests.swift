import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// Referrals to banks under consent: refused without it, seen by the bank while it stands, gone
/// from the bank's view the moment it is withdrawn, and never seen by another bank or estate.
extension AppTests {
    @Suite struct ReferralTests {
        @Test func aBankSeesAConsentingPersonUntilTheConsentIsWithdrawn() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let gsb = try await fixtures.organisation("GSB").requireID().uuidString
                let consenting = try await fixtures.register(first: "ยินยอม", consents: ["programme", "finance:GSB"])
                let declining = try await fixtures.register(first: "ไม่ยินยอม", id: "1111111111119")
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                func refer(_ person: Participant, _ fields: [(String, String)]) async throws -> Page {
                    let path = "/participants/\(try person.requireID().uuidString.lowercased())/referrals"
                    _ = try await officer.get(path)
                    return try await officer.post(path, form: fields)
                }
                let base = [("bank_id", gsb), ("purpose", "working_capital"), ("amount_sought", "50,000.50")]
                // No consent for GSB: refused, the typed input kept, nothing saved.
                let refused = try await refer(declining, base)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.contains("ยังไม่ได้ยินยอม"))
                #expect(refused.body.contains("50,000.50"))
                for (field, value) in [
                    ("amount_sought", "1.234"), ("amount_sought", "-5"), ("referred_on", "1/1/2570"),
                ] {
                    let bad = try await refer(consenting, base.filter { $0.0 != field } + [(field, value)])
                    #expect(bad.status == .unprocessableEntity, "\(field)=\(value)")
                }
                #expect(try await Referral.query(on: app.db).count() == 0)
                #expect(try await refer(consenting, base).status == .seeOther)
                let referral = try #require(try await Referral.query(on: app.db).first())
                #expect(referral.amountSoughtSatang == 5_000_050)

                let bank = TestClient(app)
                try await bank.signIn("demo-partner")
                #expect(try await bank.get("/referrals").body.contains("นายยินยอม"))
                let token = try await APITests().token(TestClient(app), "demo-partner")
                let path = "/api/v1/referrals/\(referral.id!.uuidString.lowercased())"
                #expect(try await bank.api(.GET, path, token: token).status == .ok)

                // Another bank never sees it; nor does another estate's officer.
                try await Accounts.create(
                    .init(
                        username: "sme.bank",
                        displayName: "ธพว.",
                        password: "a-long-password",
                        role: "partner",
                        organisationID: try await fixtures.organisation("SMEDBANK").requireID().uuidString
                    ),
                    by: .commandLine,
                    on: app.db,
                    .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
                )
                let other = TestClient(app)
                try await other.signIn("sme.bank", password: "a-long-password")
                #expect(!(try await other.get("/referrals").body.contains("นายยินยอม")))
                let lcb = try await APITests().token(TestClient(app), "demo-officer-lcb")
                #expect(try await bank.api(.GET, path, token: lcb).status == .notFound)

                // Consent withdrawn: the bank loses sight of the person at once; HQ keeps the record.
                let consentPath = "/participants/\(try consenting.requireID().uuidString.lowercased())"
                _ = try await officer.get(consentPath)
                let withdrawn = try await officer.post(
                    consentPath + "/consent",
                    form: [("item", "finance:GSB"), ("granted", "0")]
                )
                #expect(withdrawn.status == .seeOther)
                #expect(!(try await bank.get("/referrals").body.contains("นายยินยอม")))
                #expect(try await bank.api(.GET, path, token: token).status == .notFound)
                let admin = try await APITests().token(TestClient(app), "demo-admin")
                #expect(try await bank.api(.GET, path, token: admin).status == .ok)
            }
        }

        @Test func theAPIRefersUnderTheSameRules() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let person = try await fixtures.register(consents: ["programme", "finance:GSB"])
                let gsb = try await fixtures.organisation("GSB").requireID().uuidString
                let tcg = try await fixtures.organisation("TCG").requireID().uuidString
                let client = TestClient(app)
                let token = try await APITests().token(client)
                let id = try person.requireID().uuidString
                let made = try await client.api(
                    .POST,
                    "/api/v1/referrals",
                    json:
                        #"{"participant_id": "\#(id)", "bank_id": "\#(gsb)", "purpose": "equipment", "amount_sought": 120000}"#,
                    token: token
                )
                #expect(made.status == .created)
                let noConsent = try await client.api(
                    .POST,
                    "/api/v1/referrals",
                    json: #"{"participant_id": "\#(id)", "bank_id": "\#(tcg)", "purpose": "equipment"}"#,
                    token: token
                )
                #expect(noConsent.status == .unprocessableEntity)
                let lcb = try await APITests().token(TestClient(app), "demo-officer-lcb")
                let elsewhere = try await client.api(
                    .POST,
                    "/api/v1/referrals",
                    json: #"{"participant_id": "\#(id)", "bank_id": "\#(gsb)", "purpose": "equipment"}"#,
                    token: lcb
                )
                #expect(elsewhere.status == .unprocessableEntity)
                let viewer = try await APITests().token(TestClient(app), "demo-viewer")
                #expect(try await client.api(.GET, "/api/v1/referrals", token: viewer).status == .forbidden)
                #expect(try await Referral.query(on: app.db).count() == 1)
            }
        }
    }
}
