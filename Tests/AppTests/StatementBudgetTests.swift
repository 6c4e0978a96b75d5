import Fluent
import Foundation
import Testing
import Vapor

@testable import App

/// Each response says how many SQL statements it ran and its route's budget (`StatementCounter`,
/// on in every test app). Pages stay within their budgets, and a list runs the same statements
/// whatever the number of rows on it: no query per row.
extension AppTests {
    @Suite struct StatementBudgetTests {
        static func statements(_ page: Page) throws -> (count: Int, budget: Int) {
            let count = try #require(page.headers.first(name: "X-Sanfan-Statements").flatMap(Int.init))
            let budget = try #require(page.headers.first(name: "X-Sanfan-Statement-Budget").flatMap(Int.init))
            return (count, budget)
        }

        @Test func pagesStayWithinTheirBudgetsAndListsRunNoQueryPerRow() async throws {
            try await withApp { app, _ in try await Self.check(app) }
        }

        static func check(_ app: Application) async throws {
            let fixtures = Fixtures(app: app)
            let client = TestClient(app)
            try await client.signIn("demo-admin")
            for day in 1...2 {
                try await fixtures.register(id: nil, birth: "\(day)/3/2533")
            }
            let few = try statements(try await client.get("/participants"))
            for day in 3...28 {
                try await fixtures.register(id: nil, birth: "\(day)/3/2533")
            }
            let listed = try await client.get("/participants")
            #expect(listed.body.components(separatedBy: "/participants/").count > 28)
            let many = try statements(listed)
            #expect(
                many.count == few.count,
                "the registry list runs \(few.count) statements for 2 people, \(many.count) for 28"
            )
            // The session, the user and their access are read once per request, not per use.
            #expect(few.count <= 6)
            let person = try #require(try await Participant.query(on: app.db).first()?.requireID())
            for path in [
                "/", "/participants", "/participants/\(person)", "/participants/\(person)/edit",
                "/participants/\(person)/livelihood", "/estates", "/cycles", "/courses", "/dashboard",
            ] {
                let page = try await client.get(path)
                #expect(page.status == .ok, "\(path)")
                let (count, budget) = try statements(page)
                #expect(count <= budget, "\(path): \(count) statements, budget \(budget)")
                #expect(count > 0, "\(path) counted")
            }
        }
    }
}
