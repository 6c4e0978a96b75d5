import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import VaporTesting

@testable import App

/// Walks the router: every route is registered behind a gate, the open ones are exactly the
/// expected few, and each gate really refuses whom it should, on pages and the API alike. A route
/// added tomorrow is covered without anyone writing a test for it.
extension AppTests {
    @Suite struct RouteGateTests {
        static let openRoutes: Set<String> = [
            "GET /health", "GET /login", "POST /login", "POST /language", "GET /api/openapi.json",
            "POST /api/v1/auth/token", "GET /verify", "GET /verify/:code",
            "GET /.well-known/jwks.json", "POST /verify/credential", "GET /verify/:code/credential.json",
            // The second sign-in step: open, and empty unless this session gave the right password.
            "GET /login/code", "POST /login/code",
        ]

        /// Routes for anyone signed in, whatever their role; every other route needs a capability.
        static let anyUserRoutes: Set<String> = [
            "GET /", "POST /logout", "GET /estates", "DELETE /api/v1/auth/token", "GET /api/v1/me",
            "GET /api/v1/estates", "GET /api/v1/occupations", "GET /api/v1/organisations", "GET /api/v1/provinces",
            "GET /api/v1/subdistricts", "GET /account/sessions", "POST /account/sessions/end",
            "GET /account/two-factor", "POST /account/two-factor",
        ]

        static let roles: [(username: String, role: Role)] = [
            ("demo-admin", .admin), ("demo-officer", .estateOfficer), ("demo-partner", .partner),
            ("demo-viewer", .viewer), ("demo-employer", .partner),
        ]

        /// `GET /participants/:participantID` with every parameter replaced by an id that names nothing.
        static func describe(_ route: Route) -> String {
            "\(route.method.rawValue) /" + route.path.map { "\($0)" }.joined(separator: "/")
        }

        static func concretePath(_ route: Route) -> String {
            "/"
                + route.path.map { component -> String in
                    if case .parameter = component { return UUID().uuidString.lowercased() }
                    return "\(component)"
                }
                .joined(separator: "/")
        }

        @Test func everyRouteIsGatedOrDeliberatelyOpen() async throws {
            try await withApp { app, _ in
                var ungated: [String] = []
                var open: Set<String> = []
                var anyUser: Set<String> = []
                for route in app.routes.all {
                    switch route.gate {
                    case nil: ungated.append(Self.describe(route))
                    case .open: open.insert(Self.describe(route))
                    case .signedIn: anyUser.insert(Self.describe(route))
                    case .capability: break
                    }
                }
                #expect(ungated.isEmpty, "routes without a gate: \(ungated)")
                #expect(open == Self.openRoutes)
                // A capability dropped from a group shows up here as a route any user may call.
                #expect(anyUser == Self.anyUserRoutes)
                #expect(app.routes.all.count > 80)
            }
        }

        @Test func everyGateRefusesWhomItShould() async throws {
            try await withApp { app, _ in
                var pages: [String: TestClient] = [:]
                var tokens: [String: String] = [:]
                for (username, _) in Self.roles {
                    let client = TestClient(app)
                    try await client.signIn(username)
                    pages[username] = client
                    tokens[username] = try await APITests().token(TestClient(app), username)
                }
                let visitor = TestClient(app)
                var wrong: [String] = []
                for route in app.routes.all {
                    guard let gate = route.gate, gate != .open else { continue }
                    let path = Self.concretePath(route)
                    let isAPI = path.hasPrefix("/api/")
                    func send(_ client: TestClient, token: String?) async throws -> Page {
                        if isAPI { return try await client.api(route.method, path, json: "{}", token: token) }
                        if route.method == .GET { return try await client.get(path) }
                        return try await client.post(path, form: [])
                    }
                    // Nobody signed in: pages send you to sign in, the API answers 401.
                    let anonymous = try await send(visitor, token: nil)
                    let refusedVisitor =
                        isAPI ? anonymous.status == .unauthorized : anonymous.location?.hasPrefix("/login") == true
                    if !refusedVisitor { wrong.append("\(Self.describe(route)) let a visitor in: \(anonymous.status)") }

                    guard case .capability(let capability) = gate else { continue }
                    for (username, _) in Self.roles {
                        // The real account: a partner's capabilities depend on what its organisation does.
                        let principal = try await Fixtures(app: app).principal(username)
                        guard !AccessPolicy.can(principal, capability) else { continue }
                        let page = try await send(pages[username]!, token: tokens[username])
                        if page.status != .forbidden {
                            wrong.append("\(Self.describe(route)) as \(username): \(page.status), not 403")
                        }
                    }
                }
                #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
            }
        }
    }
}

extension AppTests.RouteGateTests {
    /// For every route that names a personal or programme record, and every role but HQ, a record
    /// outside the role's scope answers 404 (or 403 where the role lacks the capability) and nothing
    /// changes: the audit log, which records every change, stays as it was. Generated from the
    /// router, so a new route with an id is covered the day it is added.
    @Test func aRecordOutsideTheScopeIsNotFoundOnEveryRouteThatNamesOne() async throws {
        try await withApp { app, _ in
            let fixtures = Fixtures(app: app)
            let cycle = try await fixtures.cycle()
            // Bang Plee's person (shared with no partner), community, course given by VEC, its
            // session and an enrolment: outside the Bang Poo officer's, DSD's, GSB's and a viewer's reach.
            let person = try await fixtures.register(first: "นอกขอบเขต", estate: "BANGPLEE")
            let course = try await fixtures.course(in: cycle, estate: "BANGPLEE", provider: "VEC")
            let session = try #require(
                try await CourseSession.query(on: app.db).filter(\.$course.$id == course.requireID()).first()
            )
            _ = try await Courses.enrol(
                [try person.requireID()],
                in: course,
                by: try await fixtures.principal("demo-admin"),
                at: app.sanfan.clock.now(),
                on: app.db
            )
            let enrolment = try #require(try await Enrolment.query(on: app.db).first())
            let community = Community()
            community.$estate.id = try await fixtures.estate("BANGPLEE").requireID()
            community.nameTh = "ชุมชนนอกขอบเขต"
            community.subdistrictCode = 110101
            community.households = 10
            community.isActive = true
            try await community.create(on: app.db)
            // A round for that course assessed by TPQI (not the demo assessor's centre), with one
            // certificate: outside everyone's reach but HQ's.
            try await fixtures.standard()
            let round = try await fixtures.round(for: course)
            let candidate = RoundCandidate()
            candidate.$round.id = try round.requireID()
            candidate.$participant.id = try person.requireID()
            candidate.reason = "สอบซ่อม"
            candidate.overall = .passed
            try await candidate.create(on: app.db)
            let certificate = Certificate()
            certificate.code = try await Certificates.freshCode(on: app.db)
            certificate.$candidate.id = try candidate.requireID()
            certificate.$participant.id = try person.requireID()
            certificate.$round.id = try round.requireID()
            certificate.$estate.id = round.$estate.id
            certificate.body = .tpqi
            certificate.standardName = "มาตรฐาน"
            certificate.standardLevel = "2"
            certificate.units = ""
            certificate.issuedOn = "2020-03-15"
            try await certificate.create(on: app.db)
            let referral = Referral()
            referral.$participant.id = try person.requireID()
            referral.$estate.id = person.$estate.id
            referral.$bank.id = try await fixtures.organisation("GSB").requireID()
            referral.purpose = .startUp
            referral.amountSoughtSatang = 0
            referral.referredOn = "2020-03-01"
            try await referral.create(on: app.db)
            // A loan on that referral, and an enterprise of Bang Plee referred to no bank.
            let loan = Loan()
            loan.$referral.id = try referral.requireID()
            loan.$participant.id = try person.requireID()
            loan.$estate.id = person.$estate.id
            loan.$bank.id = referral.$bank.id
            loan.product = "สินเชื่อ"
            loan.status = .applied
            loan.amountRequestedSatang = 1_000_000
            loan.guaranteed = false
            loan.referredOn = "2020-03-01"
            loan.appliedOn = "2020-03-10"
            try await loan.create(on: app.db)
            let enterprise = Enterprise()
            enterprise.kind = .group
            enterprise.name = "กลุ่มนอกขอบเขต"
            enterprise.products = ""
            enterprise.$estate.id = person.$estate.id
            enterprise.startedOn = "2020-04-01"
            try await enterprise.create(on: app.db)
            // A sheet uploaded for Bang Plee's people.
            let sheet = SheetImport()
            sheet.kind = .people
            sheet.$estate.id = person.$estate.id
            sheet.fileName = "people.csv"
            sheet.content = Data("ชื่อ,นามสกุล\r\nสมชาย,ใจดี\r\n".utf8)
            sheet.status = .checked
            sheet.rowsRead = 1
            sheet.rowsCreated = 0
            try await sheet.create(on: app.db)
            // A likely duplicate pair of Bang Plee's, and a merge of two more of its people.
            let twin = try await fixtures.register(
                first: "นอกขอบเขต",
                last: "สอง",
                id: "1111111111119",
                estate: "BANGPLEE"
            )
            let merged = try await fixtures.register(first: "นอกขอบเขต", last: "สาม", id: nil, estate: "BANGPLEE")
            try await app.db.sql.insert(into: "duplicate_pairs")
                .columns("id", "person_a", "person_b", "estate_a", "estate_b", "reason", "found_at")
                .values(
                    SQLBind(UUID()),
                    SQLBind(try person.requireID()),
                    SQLBind(try twin.requireID()),
                    SQLBind(person.$estate.id),
                    SQLBind(twin.$estate.id),
                    SQLBind("birth_date_and_name"),
                    SQLBind(app.sanfan.clock.now())
                ).run()
            let pairID = try await app.db.sql.raw("SELECT id FROM duplicate_pairs").first()!.decodeID(column: "id")
            let mergeID = try await PersonMerge.merge(
                keep: try twin.requireID(),
                remove: try merged.requireID(),
                by: .init(try await fixtures.principal("demo-admin")),
                at: app.sanfan.clock.now(),
                on: app.db
            )
            // A PDPA request from a Bang Plee person.
            let request = DataRequest()
            request.$participant.id = try person.requireID()
            request.$estate.id = person.$estate.id
            request.kind = .access
            request.channel = .letter
            request.receivedOn = "2020-03-01"
            request.dueOn = "2020-03-31"
            request.identityCheck = "บัตรประชาชน"
            request.status = .open
            request.recordedByName = "demo-admin"
            try await request.create(on: app.db)
            let hidden: [String: UUID] = [
                "requestID": try request.requireID(), "importID": try sheet.requireID(), "pairID": pairID,
                "mergeID": mergeID,
                "participantID": try person.requireID(), "courseID": try course.requireID(),
                "sessionID": try session.requireID(), "enrolmentID": try enrolment.requireID(),
                "communityID": try community.requireID(), "roundID": try round.requireID(),
                "certificateID": try certificate.requireID(), "referralID": try referral.requireID(),
                "loanID": try loan.requireID(), "enterpriseID": try enterprise.requireID(),
            ]
            // Records everyone with the route's capability may reach: HQ's plan, accounts and
            // catalogues (their gates are tested above), and public verification codes.
            let unscoped: Set<String> = ["cycleID", "userID", "id", "code"]
            let roles = [
                "demo-officer", "demo-trainer", "demo-partner", "demo-viewer", "demo-assessor", "demo-employer",
            ]
            var pages: [String: TestClient] = [:]
            var tokens: [String: String] = [:]
            for username in roles {
                let client = TestClient(app)
                try await client.signIn(username)
                pages[username] = client
                tokens[username] = try await AppTests.APITests().token(TestClient(app), username)
            }
            let auditBefore = try await AuditEvent.query(on: app.db).count()
            var wrong: [String] = []
            var checked = 0
            for route in app.routes.all {
                let names = route.path.compactMap { component -> String? in
                    if case .parameter(let name) = component { return name } else { return nil }
                }
                for name in names where hidden[name] == nil && !unscoped.contains(name) {
                    wrong.append("\(Self.describe(route)) names a record (\(name)) this test does not know")
                }
                guard !names.isEmpty, names.allSatisfy({ hidden[$0] != nil }) else { continue }
                let path =
                    "/"
                    + route.path.map { component -> String in
                        if case .parameter(let name) = component { return hidden[name]!.uuidString.lowercased() }
                        return "\(component)"
                    }
                    .joined(separator: "/")
                for username in roles {
                    let client = pages[username]!
                    let page: Page
                    if path.hasPrefix("/api/") {
                        page = try await client.api(route.method, path, json: "{}", token: tokens[username])
                    } else if route.method == .GET {
                        page = try await client.get(path)
                    } else {
                        page = try await client.post(path, form: [("granted", "1"), ("item", "programme")])
                    }
                    checked += 1
                    if page.status != .notFound && page.status != .forbidden {
                        wrong.append("\(Self.describe(route)) as \(username): \(page.status)")
                    }
                    if page.body.contains("นอกขอบเขต") {
                        wrong.append("\(Self.describe(route)) as \(username) showed the name")
                    }
                }
            }
            #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
            #expect(checked > 60)
            #expect(try await AuditEvent.query(on: app.db).count() == auditBefore)
        }
    }
}
