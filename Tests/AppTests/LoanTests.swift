import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// Loans: the bank opens one from its referral and moves it forward, never back, never paying out
/// more than it approved; an officer sees where it stands; another bank never sees it; and a
/// withdrawn consent hides it from the bank at once.
extension AppTests {
    @Suite struct LoanTests {
        /// A Bang Poo person who consents to GSB, referred to GSB by the officer.
        static func referred(_ app: Application) async throws -> (Participant, Referral) {
            let fixtures = Fixtures(app: app)
            let person = try await fixtures.register(first: "กู้ยืม", consents: ["programme", "finance:GSB"])
            let referral = try await Referrals.refer(
                .init(
                    participantID: try person.requireID().uuidString,
                    bankID: try await fixtures.organisation("GSB").requireID().uuidString,
                    purpose: "start_up",
                    amountSought: "100000"
                ),
                by: try await fixtures.principal("demo-officer"),
                at: app.sanfan.clock.now(),
                on: app.db
            )
            return (person, referral)
        }

        /// A user of another bank, with the demo password.
        static func bankUser(_ username: String, of code: String, _ app: Application) async throws {
            try await Accounts.create(
                .init(
                    username: username,
                    displayName: code,
                    password: DemoData.password,
                    role: "partner",
                    organisationID: try await Fixtures(app: app).organisation(code).requireID().uuidString
                ),
                by: .commandLine,
                on: app.db,
                .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
            )
        }

        @Test func aBankMovesItsLoanForwardOnlyAndNeverPaysOutMoreThanApproved() async throws {
            try await withApp { app, clock in
                let (_, referral) = try await Self.referred(app)
                clock.advance(by: 40 * 86_400)
                let bank = TestClient(app)
                try await bank.signIn("demo-partner")
                let referralPath = "/referrals/\(try referral.requireID().uuidString.lowercased())/loan"
                _ = try await bank.get("/referrals")
                let opened = try await bank.post(referralPath, form: [("product", "สินเชื่อเพื่ออาชีพ")])
                #expect(opened.status == .seeOther)
                let loan = try #require(try await Loan.query(on: app.db).first())
                #expect(loan.status == .referred)
                #expect(loan.amountRequestedSatang == 10_000_000)
                // A second application on the same referral is refused.
                _ = try await bank.post(referralPath, form: [("product", "อีกครั้ง")])
                #expect(try await Loan.query(on: app.db).count() == 1)

                let path = "/loans/\(try loan.requireID().uuidString.lowercased())"
                _ = try await bank.get(path)
                func move(_ fields: [(String, String)]) async throws -> Page {
                    try await bank.post(path + "/moves", form: fields)
                }
                // Straight to disbursed, or approved before applying: not a forward step.
                for refused in [
                    [("status", "disbursed"), ("amount_disbursed", "1000")],
                    [("status", "approved"), ("amount_approved", "1000")],
                ] {
                    let page = try await move(refused)
                    #expect(page.status == .unprocessableEntity)
                    #expect(page.body.contains("ย้อนกลับไม่ได้"))
                }
                #expect(try await move([("status", "applied")]).status == .seeOther)
                // Amounts: negative, not a number, three decimals; a guarantee above the approval.
                for (field, value) in [
                    ("amount_approved", "-5"), ("amount_approved", "หนึ่งแสน"), ("amount_approved", "1000.123"),
                ] {
                    let page = try await move([("status", "approved"), (field, value)])
                    #expect(page.status == .unprocessableEntity, "\(field)=\(value)")
                    #expect(page.body.contains(value), "the typed \(value) is kept")
                }
                let tooMuchGuarantee = try await move([
                    ("status", "approved"), ("amount_approved", "120000"), ("guaranteed", "yes"),
                    ("guaranteed_amount", "150000"),
                ])
                #expect(tooMuchGuarantee.status == .unprocessableEntity)
                #expect(try await Loan.find(loan.id, on: app.db)?.status == .applied)
                // Approving more than was requested is allowed.
                let approved = try await move([
                    ("status", "approved"), ("amount_approved", "120,000.50"), ("guaranteed", "yes"),
                    ("guaranteed_amount", "60000"),
                ])
                #expect(approved.status == .seeOther)
                let more = try await move([("status", "disbursed"), ("amount_disbursed", "120000.51")])
                #expect(more.status == .unprocessableEntity)
                #expect(more.body.contains("120000.50"))
                #expect(
                    try await move([("status", "disbursed"), ("amount_disbursed", "120000.50")]).status == .seeOther
                )
                // Disbursed is final: nothing moves it back.
                #expect(try await move([("status", "applied")]).status == .unprocessableEntity)
                let stored = try #require(try await Loan.find(loan.id, on: app.db))
                #expect(stored.status == .disbursed)
                #expect(stored.amountApprovedSatang == 12_000_050)
                #expect(stored.amountDisbursedSatang == 12_000_050)
                #expect(stored.guaranteedSatang == 6_000_000)
                #expect(stored.appliedOn != nil && stored.approvedOn != nil && stored.disbursedOn != nil)
                // Every move is in the audit log.
                let audited = try await AuditEvent.query(on: app.db).filter(\.$entity == "loan").count()
                #expect(audited == 4)
            }
        }

        @Test func onlyTheBanksOwnUsersAndHQMoveALoanAndConsentWithdrawnHidesIt() async throws {
            try await withApp { app, clock in
                let (person, referral) = try await Self.referred(app)
                clock.advance(by: 10 * 86_400)
                let gsb = try await Fixtures(app: app).principal("demo-partner")
                let loan = try await Loans.open(
                    .init(product: "สินเชื่อ"),
                    for: referral,
                    by: gsb,
                    at: clock.now,
                    on: app.db
                )
                let id = try loan.requireID().uuidString.lowercased()
                let client = TestClient(app)
                let bank = try await APITests().token(client, "demo-partner")
                let officer = try await APITests().token(client, "demo-officer")
                let lcb = try await APITests().token(client, "demo-officer-lcb")
                let viewer = try await APITests().token(client, "demo-viewer")
                // The officer sees the status but may not move it; another estate's officer and a
                // viewer see nothing.
                #expect(try await client.api(.GET, "/api/v1/loans/\(id)", token: officer).status == .ok)
                let officerMove = try await client.api(
                    .POST,
                    "/api/v1/loans/\(id)/moves",
                    json: #"{"status":"applied"}"#,
                    token: officer
                )
                #expect(officerMove.status == .forbidden)
                #expect(try await client.api(.GET, "/api/v1/loans/\(id)", token: lcb).status == .notFound)
                #expect(try await client.api(.GET, "/api/v1/loans", token: viewer).status == .forbidden)
                // Another bank: not found, for reading and for moving.
                try await Self.bankUser("sme.bank", of: "SMEDBANK", app)
                let sme = try await APITests().token(client, "sme.bank")
                #expect(try await client.api(.GET, "/api/v1/loans/\(id)", token: sme).status == .notFound)
                let smeMove = try await client.api(
                    .POST,
                    "/api/v1/loans/\(id)/moves",
                    json: #"{"status":"applied"}"#,
                    token: sme
                )
                #expect(smeMove.status == .notFound)
                // The bank moves it through the API under the same rules.
                let moved = try await client.api(
                    .POST,
                    "/api/v1/loans/\(id)/moves",
                    json: #"{"status":"applied","on":"1/3/2563"}"#,
                    token: bank
                )
                #expect(moved.status == .unprocessableEntity)  // before it was referred
                let applied = try await client.api(
                    .POST,
                    "/api/v1/loans/\(id)/moves",
                    json: #"{"status":"applied"}"#,
                    token: bank
                )
                #expect(applied.status == .ok)
                #expect(try applied.json(LivelihoodsAPIController.LoanItem.self).status == "applied")
                // Consent withdrawn: gone from the bank at once, kept for HQ.
                let officerPage = TestClient(app)
                try await officerPage.signIn("demo-officer")
                let personPath = "/participants/\(try person.requireID().uuidString.lowercased())"
                _ = try await officerPage.get(personPath)
                let withdrawn = try await officerPage.post(
                    personPath + "/consent",
                    form: [("item", "finance:GSB"), ("granted", "0")]
                )
                #expect(withdrawn.status == .seeOther)
                #expect(try await client.api(.GET, "/api/v1/loans/\(id)", token: bank).status == .notFound)
                let list = try await client.api(.GET, "/api/v1/loans", token: bank)
                #expect(!list.body.contains(id))
                let admin = try await APITests().token(client, "demo-admin")
                #expect(try await client.api(.GET, "/api/v1/loans/\(id)", token: admin).status == .ok)
            }
        }

        @Test func approvingAndDecliningAtOnceLeaveOneFinalState() async throws {
            try await withApp { app, clock in
                let (_, referral) = try await Self.referred(app)
                let bank = try await Fixtures(app: app).principal("demo-partner")
                let loan = try await Loans.open(
                    .init(product: "สินเชื่อ"),
                    for: referral,
                    by: bank,
                    at: clock.now,
                    on: app.db
                )
                try await Loans.move(loan, .init(status: "applied"), by: bank, at: clock.now, on: app.db)
                try await withLiveServer(app) { server in
                    let officer = LiveBrowser(server)
                    try await officer.signIn("demo-partner")
                    let path = "/loans/\(try loan.requireID().uuidString.lowercased())"
                    _ = try await officer.get(path)
                    // Three approve and three decline, sent together over their own sockets.
                    let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                        for index in 0..<6 {
                            group.addTask {
                                let form =
                                    index % 2 == 0
                                    ? [("status", "approved"), ("amount_approved", "500")]
                                    : [("status", "declined"), ("decline_reason", "other")]
                                return try await officer.post(path + "/moves", form: form).status.code
                            }
                        }
                        return try await group.reduce(into: [UInt]()) { $0.append($1) }
                    }
                    #expect(statuses.filter { $0 == 303 }.count == 1, "\(statuses)")
                    #expect(statuses.filter { $0 == 422 }.count == 5, "\(statuses)")
                }
                let stored = try #require(try await Loan.find(loan.id, on: app.db))
                let finals = [stored.approvedOn, stored.declinedOn].compactMap { $0 }
                #expect(finals.count == 1, "approved \(stored.approvedOn ?? "-"), declined \(stored.declinedOn ?? "-")")
                #expect((stored.status == .approved) == (stored.approvedOn != nil))
            }
        }
    }
}
