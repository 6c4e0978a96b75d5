import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App

extension AppTests {
    @Suite struct AuditLogTests {
        @Test func adminFiltersTheLogByUserRecordAndDate() async throws {
            try await withApp { app, clock in
                clock.advance(by: 3 * 86400)  // 8 Mar 2020; the demo accounts were created on the 5th
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let viewer = try #require(try await User.query(on: app.db).filter(\.$username == "demo-viewer").first())
                _ = try await admin.post(
                    SiteURL.userPassword(try viewer.requireID()).path,
                    form: [("new_password", "another-secret")]
                )

                let adminUser = try #require(
                    try await User.query(on: app.db).filter(\.$username == "demo-admin").first()
                )
                let byAdmin = try await admin.get("/admin/audit?user=\(try adminUser.requireID().uuidString)")
                #expect(byAdmin.status == .ok)
                #expect(byAdmin.body.contains("demo-admin"))
                #expect(byAdmin.body.contains("(reset)"))
                #expect(!byAdmin.body.contains(">system<"))  // demo accounts were created by "system"

                let record = try await admin.get(
                    "/admin/audit?entity=user&entity_id=\(try viewer.requireID().uuidString)"
                )
                #expect(record.body.components(separatedBy: "<tr>").count - 1 >= 2)  // create + update rows

                // Dates are typed as people do: Buddhist-Era day/month/year.
                let march8 = try await admin.get("/admin/audit?from=8/3/2563&to=8/3/2563")
                #expect(march8.body.contains("(reset)"))
                #expect(march8.body.contains("8 มี.ค. 2563"))
                let march5 = try await admin.get("/admin/audit?from=5/3/2563&to=5/3/2563")
                #expect(!march5.body.contains("(reset)"))
            }
        }

        @Test func aDateThatIsNotADateIsExplained() async throws {
            try await withApp { app, _ in
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let page = try await admin.get("/admin/audit?from=31/2/2563")
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("วันที่ไม่ถูกต้อง"))
                #expect(page.body.contains(#"value="31/2/2563""#))
            }
        }

        @Test func olderEntriesArePagedWithoutRepeatsOrGaps() async throws {
            try await withApp { app, clock in
                for index in 0..<(AuditController.pageSize + 7) {
                    clock.advance(by: index % 3 == 0 ? 0 : 1)  // some share a timestamp
                    try await Audit.record(
                        .update,
                        entity: "probe",
                        id: "p\(index)",
                        before: ["n": "\(index)"],
                        after: ["n": "\(index + 1)"],
                        by: .system,
                        at: clock.now,
                        on: app.db
                    )
                }
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let first = try await admin.get("/admin/audit?entity=probe")
                let next = try #require(
                    first.body.range(of: #"href="/admin/audit\?[^"]+""#, options: .regularExpression)
                )
                let href = String(first.body[next]).dropFirst(6).dropLast().replacingOccurrences(of: "&amp;", with: "&")
                let second = try await admin.get(String(href))
                let ids = { (body: String) in
                    body.matches(of: /<code>(p\d+)<\/code>/).map { String($0.output.1) }
                }
                let all = ids(first.body) + ids(second.body)
                #expect(ids(first.body).count == AuditController.pageSize)
                #expect(all.count == AuditController.pageSize + 7)
                #expect(Set(all).count == all.count)
            }
        }
    }
}
