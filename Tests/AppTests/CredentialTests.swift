import Fluent
import Foundation
import JWTKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// Certificates as signed credentials: checked with the published keys alone, refused when altered,
/// forged or signed by an unknown key, reported expired or revoked, and still valid after a rotation.
extension AppTests {
    @Suite struct CredentialTests {
        /// One certificate, issued to someone who passed every unit.
        func certificate(_ app: Application, expires: String? = nil) async throws -> Certificate {
            let fixtures = Fixtures(app: app)
            let units = try await fixtures.standard()
            let cycle = try await fixtures.cycle()
            let course = try await fixtures.course(in: cycle)
            let person = try await fixtures.register(first: "สมใจ", consents: ["programme", "assessment:TPQI"])
            try await fixtures.complete([person], in: course)
            let round = try await fixtures.round(for: course)
            let admin = try await fixtures.principal("demo-admin")
            let candidate = try #require(try await AssessmentQueries.candidates(of: round, on: app.db).first)
            try await Fixtures(app: app).passEveryUnit([candidate], in: round, units: units)
            var input = Certificates.IssueInput()
            input.issuedOn = "2020-03-15"
            input.expiresOn = expires ?? ""
            try await Certificates.issue(input, for: round, by: admin, at: app.sanfan.clock.now(), on: app.db)
            return try #require(try await Certificate.query(on: app.db).first())
        }

        struct Download: Decodable {
            let format: String
            let credential: String
            let jwks: String
        }

        func download(_ app: Application, _ certificate: Certificate) async throws -> String {
            let client = TestClient(app)
            try await client.signIn("demo-officer")
            let page = try await client.get("/certificates/\(certificate.id!.uuidString.lowercased())/credential.json")
            #expect(page.status == .ok)
            #expect(page.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            return try page.json(Download.self).credential
        }

        @Test func theCredentialVerifiesWithThePublishedKeysAloneAndNotOnceAltered() async throws {
            try await withApp { app, _ in
                let token = try await download(app, try await certificate(app))
                let header =
                    try JSONSerialization.jsonObject(
                        with: Base64URL.decode(String(token.split(separator: ".")[0]))
                    ) as? [String: Any]
                #expect(header?["alg"] as? String == "EdDSA")
                // Only the public keys, as anyone would fetch them.
                let jwks = try await TestClient(app).get("/.well-known/jwks.json")
                #expect(jwks.status == .ok)
                #expect(!jwks.body.contains("\"d\""))
                let published = JWTKeyCollection()
                try await published.add(jwksJSON: jwks.body)
                let claims = try await published.verify(token, as: Credentials.Claims.self)
                #expect(claims.vc.type == ["VerifiableCredential", "OpenBadgeCredential"])
                #expect(claims.vc.credentialSubject.achievement.name.contains("มาตรฐานอาชีพ"))
                // The name is only there hashed.
                #expect(!token.contains("สมใจ"))

                // One character of the payload changed: the signature no longer holds.
                var parts = token.split(separator: ".").map(String.init)
                var payload = Array(parts[1])
                payload[20] = payload[20] == "A" ? "B" : "A"
                parts[1] = String(payload)
                let altered = parts.joined(separator: ".")
                await #expect(throws: (any Error).self) {
                    _ = try await published.verify(altered, as: Credentials.Claims.self)
                }

                let visitor = TestClient(app)
                let good = try await visitor.post("/verify/credential", form: [("credential", token)], csrf: false)
                #expect(good.status == .ok)
                #expect(good.body.contains("ลายมือชื่อดิจิทัลถูกต้อง"))
                #expect(good.body.contains("ใช้ได้"))
                let bad = try await visitor.post("/verify/credential", form: [("credential", altered)], csrf: false)
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.contains("ลายมือชื่อดิจิทัลไม่ถูกต้อง"))
                let junk = try await visitor.post(
                    "/verify/credential",
                    form: [("credential", "not a jwt")],
                    csrf: false
                )
                #expect(junk.status == .badRequest)

                // Signed by a key the programme never published: refused the same way.
                let stranger = CredentialKeys(keys: [CredentialKeys.newKey(now: app.sanfan.clock.now())])
                let forged = try await stranger.collection().sign(
                    claims,
                    kid: JWKIdentifier(string: stranger.signing.kid)
                )
                let foreign = try await visitor.post("/verify/credential", form: [("credential", forged)], csrf: false)
                #expect(foreign.status == .unprocessableEntity)
            }
        }

        @Test func theHolderDownloadsTheirCredentialFromTheVerifyPage() async throws {
            try await withApp { app, _ in
                let certificate = try await certificate(app)
                let visitor = TestClient(app)
                let page = try await visitor.get("/verify/\(certificate.code)")
                #expect(page.body.contains("/verify/\(certificate.code)/credential.json"))
                let download = try await visitor.get("/verify/\(certificate.code)/credential.json")
                #expect(download.status == .ok)
                let token = try download.json(Download.self).credential
                let checked = try await visitor.post("/verify/credential", form: [("credential", token)], csrf: false)
                #expect(checked.body.contains("ลายมือชื่อดิจิทัลถูกต้อง"))
                var generator = SystemRandomNumberGenerator()
                let unknown = VerificationCode.make(using: &generator).characters
                #expect(try await visitor.get("/verify/\(unknown)/credential.json").status == .notFound)
                #expect(try await visitor.get("/verify/NOT-A-CODE/credential.json").status == .notFound)
                // The person's page lists it for staff.
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let person = try await officer.get(
                    "/participants/\(certificate.$participant.id.uuidString.lowercased())"
                )
                #expect(person.body.contains(CertificateController.display(certificate.code)))
            }
        }

        @Test func expiredAndRevokedCredentialsSaySo() async throws {
            try await withApp { app, clock in
                let certificate = try await certificate(app, expires: "2021-03-14")
                let token = try await download(app, certificate)
                clock.advance(by: 400 * 86_400)  // April 2021
                let visitor = TestClient(app)
                let expired = try await visitor.post("/verify/credential", form: [("credential", token)], csrf: false)
                #expect(expired.body.contains("หมดอายุ"))
                try await Certificates.revoke(
                    certificate,
                    .init(reason: "fraud"),
                    by: try await Fixtures(app: app).principal("demo-admin"),
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                let revoked = try await visitor.post("/verify/credential", form: [("credential", token)], csrf: false)
                #expect(revoked.body.contains("ถูกเพิกถอน"))
                #expect(revoked.body.contains("ได้มาโดยไม่สุจริต"))
            }
        }

        @Test func aRotatedKeyStillVerifiesWhatTheOldOneSigned() async throws {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sanfan-keys-\(UUID())")
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("signing.json").path
            let first = try CredentialKeys.rotate(path, now: Date())
            let before = try CredentialKeys.read(path)
            let claims = Credentials.Claims(
                iss: "https://sanfan.example/",
                jti: "urn:uuid:\(UUID())",
                nbf: 0,
                iat: 0,
                exp: nil,
                vc: .init(
                    context: [],
                    id: "x",
                    type: ["VerifiableCredential"],
                    issuer: .init(id: "x", type: ["Profile"], name: "x"),
                    issuanceDate: "2020-01-01T00:00:00Z",
                    expirationDate: nil,
                    name: "x",
                    credentialSubject: .init(
                        type: ["AchievementSubject"],
                        identifier: [],
                        achievement: .init(
                            id: "x",
                            type: ["Achievement"],
                            achievementType: "Certificate",
                            name: "x",
                            description: "x",
                            criteria: .init(narrative: "x")
                        )
                    )
                )
            )
            let token = try await before.collection().sign(claims, kid: JWKIdentifier(string: first.kid))
            let second = try CredentialKeys.rotate(path, now: Date())
            let after = try CredentialKeys.read(path)
            #expect(after.signing.kid == second.kid)
            #expect(after.keys.count == 2)
            _ = try await after.collection().verify(token, as: Credentials.Claims.self)
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }

        @Test func theServerRefusesToStartWithCertificatesButNoSigningKey() async throws {
            try await withApp { app, _ in
                _ = try await certificate(app)
                await #expect(throws: Settings.Invalid.self) {
                    try await CredentialKeys.verify(.init(keys: nil, generatedFile: nil), on: app.db)
                }
                try await CredentialKeys.verify(app.sanfan.signing, on: app.db)
            }
        }
    }
}
