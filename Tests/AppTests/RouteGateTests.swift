import Foundation
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
            "POST /api/v1/auth/token",
        ]

        /// Routes for anyone signed in, whatever their role; every other route needs a capability.
        static let anyUserRoutes: Set<String> = [
            "GET /", "POST /logout", "GET /estates", "DELETE /api/v1/auth/token", "GET /api/v1/me",
            "GET /api/v1/estates", "GET /api/v1/occupations", "GET /api/v1/organisations",
        ]

        static let roles: [(username: String, role: Role)] = [
            ("demo-admin", .admin), ("demo-officer", .estateOfficer), ("demo-partner", .partner),
            ("demo-viewer", .viewer),
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
                var pages: [Role: TestClient] = [:]
                var tokens: [Role: String] = [:]
                for (username, role) in Self.roles {
                    let client = TestClient(app)
                    try await client.signIn(username)
                    pages[role] = client
                    tokens[role] = try await APITests().token(TestClient(app), username)
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
                    for (_, role) in Self.roles {
                        let principal = Principal(userID: UUID(), username: "x", role: role)
                        guard !AccessPolicy.can(principal, capability) else { continue }
                        let page = try await send(pages[role]!, token: tokens[role])
                        if page.status != .forbidden {
                            wrong.append("\(Self.describe(route)) as \(role): \(page.status), not 403")
                        }
                    }
                }
                #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
            }
        }
    }
}
