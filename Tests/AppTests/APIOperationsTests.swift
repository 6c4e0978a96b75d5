import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// The API's twins of the pages' forms: the same rules, the same answers, the same stored rows.
extension AppTests {
    @Suite struct APIOperationsTests {
        func json(_ page: Page) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
        }

        @Test func hqPlansACycleChangesItAndSetsTargets() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let client = TestClient(app)
                let token = try await APITests().token(client, "demo-admin")
                let bangPoo = try await fixtures.estate("BANGPOO").requireID().uuidString.lowercased()
                let bangPlee = try await fixtures.estate("BANGPLEE").requireID().uuidString.lowercased()
                let created = try await client.api(
                    .POST,
                    "/api/v1/cycles",
                    json: #"{"fiscal_year": 2564, "name_th": "ปีงบประมาณ 2564", "estate_ids": ["\#(bangPoo)"]}"#,
                    token: token
                )
                #expect(created.status == .created)
                let id = try #require(try json(created)["id"] as? String)
                // The same year twice is refused as on the page.
                let twice = try await client.api(
                    .POST,
                    "/api/v1/cycles",
                    json: #"{"fiscal_year": "2564", "name_th": "ซ้ำ"}"#,
                    token: token
                )
                #expect(twice.status == .unprocessableEntity)
                #expect(twice.body.contains("fiscal_year"))

                // A PATCH changes what it names and keeps the rest.
                let patched = try await client.api(
                    .PATCH,
                    "/api/v1/cycles/\(id)",
                    json:
                        #"{"status": "running", "age_bands": "18,50,60", "estate_ids": ["\#(bangPoo)", "\#(bangPlee)"]}"#,
                    token: token
                )
                #expect(patched.status == .ok)
                let cycle = try #require(try await Cycle.find(UUID(uuidString: id), on: app.db))
                #expect(cycle.status == .running)
                #expect(cycle.nameTh == "ปีงบประมาณ 2564")
                #expect(cycle.ageBands == "18,50,60")
                #expect(try await CycleQueries.estates(of: cycle.requireID(), on: app.db).count == 2)

                let targets = try await client.api(
                    .PUT,
                    "/api/v1/cycles/\(id)/targets",
                    json:
                        #"{"targets": [{"estate_id": "\#(bangPoo)", "trained": 120, "certified": "๘๐", "livelihoods": 30, "income_per_community_baht": "5000000"}]}"#,
                    token: token
                )
                #expect(targets.status == .ok)
                let rows = try await CycleQueries.estates(of: cycle.requireID(), on: app.db)
                let row = try #require(rows.first { $0.$estate.id.uuidString.lowercased() == bangPoo })
                #expect(row.trained == 120 && row.certified == 80 && row.livelihoods == 30)
                #expect(row.incomeSatang == 500_000_000)

                // All or none: one bad figure leaves every target as it was.
                let refused = try await client.api(
                    .PUT,
                    "/api/v1/cycles/\(id)/targets",
                    json:
                        #"{"targets": [{"estate_id": "\#(bangPoo)", "trained": 1}, {"estate_id": "\#(bangPlee)", "trained": -4}]}"#,
                    token: token
                )
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.contains("trained_\(bangPlee)"))
                let after = try await CycleQueries.estates(of: cycle.requireID(), on: app.db)
                #expect(after.first { $0.$estate.id.uuidString.lowercased() == bangPoo }?.trained == 120)

                // An officer may read the cycle but not plan it.
                let officer = try await APITests().token(client, "demo-officer")
                let forbidden = try await client.api(.PATCH, "/api/v1/cycles/\(id)", json: "{}", token: officer)
                #expect(forbidden.status == .forbidden)
            }
        }

        @Test func anOfficerEditsACourseDropsSomeoneAndDecidesCompletion() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle, capacity: 1)
                let first = try await fixtures.register(first: "หนึ่ง", id: "1234545678781")
                let second = try await fixtures.register(first: "สอง", id: "1111111111119")
                let client = TestClient(app)
                let token = try await APITests().token(client)
                let courseID = try course.requireID().uuidString
                let enrolled = try await client.api(
                    .POST,
                    "/api/v1/courses/\(courseID)/enrolments",
                    json: #"{"participant_ids": ["\#(try first.requireID())", "\#(try second.requireID())"]}"#,
                    token: token
                )
                #expect(enrolled.status == .created)

                let edited = try await client.api(
                    .PATCH,
                    "/api/v1/courses/\(courseID)",
                    json: #"{"venue": "ห้องประชุม อบต.", "capacity": 2}"#,
                    token: token
                )
                #expect(edited.status == .ok)
                let stored = try #require(try await Course.find(course.requireID(), on: app.db))
                #expect(stored.venue == "ห้องประชุม อบต.")
                #expect(stored.capacity == 2)
                #expect(stored.firstDay == "2020-03-02")
                // Days the sessions fall outside are refused, as on the form.
                let outside = try await client.api(
                    .PATCH,
                    "/api/v1/courses/\(courseID)",
                    json: #"{"first_day": "2020-03-04"}"#,
                    token: token
                )
                #expect(outside.status == .unprocessableEntity)

                let enrolments = try await Enrolment.query(on: app.db).filter(\.$course.$id == course.requireID())
                    .sort(\.$createdAt).sort(\.$id).all()
                let firstEnrolment = try #require(enrolments.first { $0.$participant.id == first.id })
                let noReason = try await client.api(
                    .POST,
                    "/api/v1/enrolments/\(try firstEnrolment.requireID())/drop",
                    json: #"{"reason": " "}"#,
                    token: token
                )
                #expect(noReason.status == .unprocessableEntity)
                let dropped = try await client.api(
                    .POST,
                    "/api/v1/enrolments/\(try firstEnrolment.requireID())/drop",
                    json: #"{"reason": "ย้ายที่อยู่"}"#,
                    token: token
                )
                #expect(dropped.status == .ok)
                #expect(try json(dropped)["status"] as? String == "dropped")

                let secondEnrolment = try #require(enrolments.first { $0.$participant.id == second.id })
                let decided = try await client.api(
                    .PUT,
                    "/api/v1/enrolments/\(try secondEnrolment.requireID())/completion",
                    json: #"{"decision": "complete", "reason": "สอบชดเชยแล้ว"}"#,
                    token: token
                )
                #expect(decided.status == .ok)
                #expect(try json(decided)["override_complete"] as? Bool == true)
                let unknown = try await client.api(
                    .PUT,
                    "/api/v1/enrolments/\(try secondEnrolment.requireID())/completion",
                    json: #"{"decision": "maybe"}"#,
                    token: token
                )
                #expect(unknown.status == .unprocessableEntity)

                // A trainer marks attendance but may not drop anyone.
                try await fixtures.trainer("trainer-dsd", of: "DSD")
                let issued = try await client.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"trainer-dsd","password":"a-long-password"}"#
                )
                let trainer = try #require(try json(issued)["token"] as? String)
                let refused = try await client.api(
                    .POST,
                    "/api/v1/enrolments/\(try secondEnrolment.requireID())/drop",
                    json: #"{"reason": "x"}"#,
                    token: trainer
                )
                #expect(refused.status == .forbidden)
            }
        }

        @Test func communitiesConsentAndAddressesThroughTheAPI() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let client = TestClient(app)
                let token = try await APITests().token(client)
                let bangPoo = try await fixtures.estate("BANGPOO").requireID().uuidString
                let created = try await client.api(
                    .POST,
                    "/api/v1/communities",
                    json:
                        #"{"estate_id": "\#(bangPoo)", "name_th": "ชุมชนทดสอบ", "subdistrict_code": 110101, "households": "1,200"}"#,
                    token: token
                )
                #expect(created.status == .created)
                let id = try #require(try json(created)["id"] as? String)
                let again = try await client.api(
                    .POST,
                    "/api/v1/communities",
                    json: #"{"estate_id": "\#(bangPoo)", "name_th": "ชุมชนทดสอบ", "subdistrict_code": 110101}"#,
                    token: token
                )
                #expect(again.status == .unprocessableEntity)
                let renamed = try await client.api(
                    .PATCH,
                    "/api/v1/communities/\(id)",
                    json: #"{"name_th": "ชุมชนใหม่"}"#,
                    token: token
                )
                #expect(renamed.status == .ok)
                // HQ reaches every estate, but not one that does not exist.
                let admin = try await APITests().token(TestClient(app), "demo-admin")
                let nowhere = try await client.api(
                    .PATCH,
                    "/api/v1/communities/\(id)",
                    json: #"{"estate_id": "\#(UUID().uuidString)"}"#,
                    token: admin
                )
                #expect(nowhere.status == .unprocessableEntity)
                let community = try #require(try await Community.find(UUID(uuidString: id), on: app.db))
                #expect(community.nameTh == "ชุมชนใหม่")
                #expect(community.households == 1200)
                // Another estate's officer cannot see it.
                let otherToken = try await APITests().token(TestClient(app), "demo-officer-lcb")
                let hidden = try await client.api(.PATCH, "/api/v1/communities/\(id)", json: "{}", token: otherToken)
                #expect(hidden.status == .notFound)

                let person = try await fixtures.register()
                let given = try await client.api(
                    .POST,
                    "/api/v1/participants/\(try person.requireID())/consents",
                    json: #"{"item": "finance:GSB", "granted": true}"#,
                    token: token
                )
                #expect(given.status == .ok)
                let consents = try #require(try json(given)["consents"] as? [String: Bool])
                #expect(consents["finance:GSB"] == true)
                #expect(consents["programme"] == true)
                let unknownItem = try await client.api(
                    .POST,
                    "/api/v1/participants/\(try person.requireID())/consents",
                    json: #"{"item": "finance:NOBODY", "granted": true}"#,
                    token: token
                )
                #expect(unknownItem.status == .unprocessableEntity)

                let subdistricts = try await client.api(.GET, "/api/v1/subdistricts?province_code=10", token: token)
                #expect(subdistricts.status == .ok)
                #expect(subdistricts.body.contains("พระบรมมหาราชวัง"))
                let noProvince = try await client.api(.GET, "/api/v1/subdistricts", token: token)
                #expect(noProvince.status == .unprocessableEntity)
            }
        }
    }
}
