import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App

extension AppTests {
    @Suite struct APITests {
        struct Token: Decodable {
            let token: String
            let expires_at: Date
        }

        func token(_ client: TestClient, _ username: String = "demo-officer") async throws -> String {
            let page = try await client.api(
                .POST,
                "/api/v1/auth/token",
                json: #"{"username":"\#(username)","password":"sanfan-demo"}"#
            )
            #expect(page.status == .ok)
            return try page.json(Token.self).token
        }

        @Test func healthAnswersOkOnceTheDatabaseAnswers() async throws {
            try await withApp { app, _ in
                let page = try await TestClient(app).api(.GET, "/health")
                #expect(page.status == .ok)
                #expect(page.body == #"{"status":"ok"}"#)
            }
        }

        @Test func aTokenOpensTheApiUntilItIsRevoked() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let token = try await token(client)
                let me = try await client.api(.GET, "/api/v1/me", token: token)
                #expect(me.status == .ok)
                #expect(me.body.contains(#""role":"estate_officer""#))
                let estates = try await client.api(.GET, "/api/v1/estates", token: token)
                #expect(estates.body.contains("BANGPOO"))

                let stored = try await ApiToken.query(on: app.db).all()
                #expect(stored.count == 1)
                #expect(stored[0].tokenDigest != token)  // only a digest is kept

                #expect(try await client.api(.DELETE, "/api/v1/auth/token", token: token).status == .noContent)
                let after = try await client.api(.GET, "/api/v1/me", token: token)
                #expect(after.status == .unauthorized)
                #expect(after.apiError?.code == "invalid_token")
            }
        }

        @Test func anExpiredTokenIsRefused() async throws {
            try await withApp { app, clock in
                let client = TestClient(app)
                let token = try await token(client)
                clock.advance(by: 24 * 3600 + 1)
                #expect(try await client.api(.GET, "/api/v1/me", token: token).status == .unauthorized)
            }
        }

        @Test func errorsAreJSONWithCodeAndMessageNeverATrace() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let wrong = try await client.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-admin","password":"bad"}"#
                )
                #expect(wrong.status == .unauthorized)
                #expect(wrong.apiError?.code == "invalid_credentials")

                let malformed = try await client.api(.POST, "/api/v1/auth/token", json: #"{"username": "#)
                #expect(malformed.status == .badRequest)
                #expect(malformed.apiError?.code == "invalid_body")

                let missing = try await client.api(.POST, "/api/v1/auth/token", json: #"{"username":"demo-admin"}"#)
                #expect(missing.status == .unprocessableEntity)
                #expect(missing.apiError?.fields?["password"] != nil)

                let huge = String(repeating: "x", count: 2 << 20)
                let tooBig = try await client.api(.POST, "/api/v1/auth/token", json: #"{"username":"\#(huge)"}"#)
                #expect(tooBig.status == .payloadTooLarge)
                #expect(tooBig.apiError?.code == "payload_too_large")

                let unknown = try await client.api(.GET, "/api/v1/nothing-here")
                #expect(unknown.status == .notFound)
                #expect(unknown.apiError?.code == "not_found")

                let noToken = try await client.api(.GET, "/api/v1/me")
                #expect(noToken.status == .unauthorized)
                #expect(noToken.headers.first(name: .wwwAuthenticate) == "Bearer")
                for page in [wrong, malformed, missing, tooBig, unknown, noToken] {
                    #expect(!page.body.contains("Swift"))
                    #expect(!page.body.contains("Abort"))
                }
            }
        }

        @Test func tokenRequestsAreThrottledLikeSignIn() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                for _ in 1...5 {
                    _ = try await client.api(
                        .POST,
                        "/api/v1/auth/token",
                        json: #"{"username":"demo-partner","password":"bad-bad"}"#
                    )
                }
                let locked = try await client.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-partner","password":"sanfan-demo"}"#
                )
                #expect(locked.status == .tooManyRequests)
                #expect(locked.apiError?.code == "locked")
            }
        }

        @Test func theOpenAPIDocumentDescribesEveryApiRoute() async throws {
            try await withApp { app, _ in
                let page = try await TestClient(app).api(.GET, "/api/openapi.json")
                #expect(page.status == .ok)
                let document = try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any]
                #expect(document?["openapi"] as? String == "3.1.0")
                let paths = try #require(document?["paths"] as? [String: [String: Any]])
                let apiRoutes = app.routes.all.filter {
                    $0.path.first?.description == "api" || $0.path.first?.description == "health"
                }
                #expect(apiRoutes.count >= 7)
                for route in apiRoutes {
                    let path =
                        "/"
                        + route.path.map {
                            let name = $0.description
                            return name.hasPrefix(":") ? "{\(name.dropFirst())}" : name
                        }.joined(separator: "/")
                    let documented = paths[path]?[route.method.rawValue.lowercased()]
                    #expect(documented != nil, "\(route.method) \(path) is not in the OpenAPI document")
                }
            }
        }
    }
}

extension AppTests {
    @Suite struct ParticipantsAPITests {
        @Test func registerReadAndPatchAPersonWithTheSameRules() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let login = try await client.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-officer","password":"sanfan-demo"}"#
                )
                let token = try login.json(APITests.Token.self).token
                let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID()
                let body = """
                    {"prefix":"นาง","first_name_th":"บุญมา","last_name_th":"สายทอง","gender":"female",
                     "birth_date":"2503-06-01","national_id":"1234545678781","subdistrict_code":110101,
                     "estate_id":"\(bangpoo)","consents":["programme","finance:GSB"],"baseline_income":"7500.25"}
                    """
                let created = try await client.api(.POST, "/api/v1/participants", json: body, token: token)
                #expect(created.status == .created)
                let person = try created.json(ParticipantsAPIController.Detail.self)
                #expect(person.birth_date == "1960-06-01")
                #expect(person.national_id_masked == "1-2345-xxxxx-78-1")
                #expect(person.baseline_income_satang == 750_025)
                #expect(person.consents["finance:GSB"] == true)
                #expect(person.age_group == "near_retirement")  // 59 on 5 Mar 2020

                let again = try await client.api(.POST, "/api/v1/participants", json: body, token: token)
                #expect(again.status == .unprocessableEntity)
                #expect(again.apiError?.fields?["national_id"]?.contains("นิคมอุตสาหกรรมบางปู") == true)

                let bad = try await client.api(
                    .POST,
                    "/api/v1/participants",
                    json:
                        #"{"first_name_th":"","birth_date":"31/2/2533","national_id":"123","phone":"abc","estate_id":"\#(bangpoo)"}"#,
                    token: token
                )
                #expect(bad.status == .unprocessableEntity)
                let fields = try #require(bad.apiError?.fields)
                #expect(
                    Set(fields.keys).isSuperset(of: [
                        "first_name_th", "birth_date", "national_id", "phone", "gender", "subdistrict_code", "consents",
                    ])
                )

                let patched = try await client.api(
                    .PATCH,
                    "/api/v1/participants/\(person.id)",
                    json: #"{"phone":"+66 81 111 2222"}"#,
                    token: token
                )
                #expect(patched.status == .ok)
                #expect(try patched.json(ParticipantsAPIController.Detail.self).phone == "0811112222")
                #expect(try patched.json(ParticipantsAPIController.Detail.self).last_name_th == "สายทอง")

                let found = try await client.api(
                    .GET,
                    "/api/v1/participants?q=%E0%B8%9A%E0%B8%B8%E0%B8%8D",
                    token: token
                )  // บุญ
                #expect(try found.json(ParticipantsAPIController.Page.self).items.map(\.id) == [person.id])
                let malformed = try await client.api(.POST, "/api/v1/participants", json: "[1,2", token: token)
                #expect(malformed.status == .badRequest)
            }
        }
    }
}
