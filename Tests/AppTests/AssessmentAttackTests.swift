import Fluent
import Foundation
import SanfanCore
import Testing
import Vapor

@testable import App

/// What an outside review of assessments found, each now refused: rounds by those who do not
/// assess, consent borrowed through the round's body, results changed under a certificate, a new
/// certificate after a revocation, an external number repeated in other letters, changes in a
/// closed cycle, and long paths answered with a server error.
extension AppTests {
    @Suite struct AssessmentAttackTests {
        @Test func onlyAssessorsAndStaffCreateRoundsAndTheBodyFollowsTheAssessor() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                try await fixtures.standard()
                let cycle = try await fixtures.cycle()
                let bangPoo = try await fixtures.estate("BANGPOO").requireID().uuidString
                let massage = try #require(try await Occupation.query(on: app.db).filter(\.$code == "MASSAGE").first())
                let form: [(String, String)] = [
                    ("cycle_id", try cycle.requireID().uuidString), ("estate_id", bangPoo),
                    ("occupation_id", try massage.requireID().uuidString), ("held_on", "10/3/2563"), ("place", "ศาลา"),
                ]
                for username in ["demo-partner", "demo-trainer"] {
                    let client = TestClient(app)
                    try await client.signIn(username)
                    #expect(try await client.get("/assessments/new").status == .forbidden)
                    #expect(try await client.post("/assessments", form: form).status == .forbidden)
                }
                #expect(try await AssessmentRound.query(on: app.db).count() == 0)
                // A TPQI centre's round is TPQI's (or another's), never DSD's: DSD's consent cannot
                // be borrowed through the body field.
                let assessor = TestClient(app)
                try await assessor.signIn("demo-assessor")
                let mismatched = try await assessor.post("/assessments", form: form + [("body", "dsd")])
                #expect(mismatched.status == .unprocessableEntity)
                let made = try await assessor.post("/assessments", form: form + [("body", "tpqi")])
                #expect(made.status == .seeOther)
                let round = try #require(try await AssessmentRound.query(on: app.db).first())
                #expect(round.body == .tpqi)
                // Consent to DSD alone does not send someone to a TPQI centre.
                let person = try await fixtures.register(first: "ยินยอมกพร", consents: ["programme", "assessment:DSD"])
                await #expect(throws: FieldErrors.self) {
                    try await Assessments.addCandidate(
                        person.id,
                        reason: "สอบใหม่",
                        to: round,
                        by: try await fixtures.principal("demo-admin"),
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
            }
        }

        @Test func certificatesHoldTheirResultsAndARevocationStands() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let units = try await fixtures.standard()
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle)
                let people = [
                    try await fixtures.register(
                        first: "หนึ่ง",
                        id: "1234545678781",
                        consents: ["programme", "assessment:TPQI"]
                    ),
                    try await fixtures.register(
                        first: "สอง",
                        id: "1111111111119",
                        consents: ["programme", "assessment:TPQI"]
                    ),
                ]
                try await fixtures.complete(people, in: course)
                let round = try await fixtures.round(for: course)
                let officer = try await fixtures.principal("demo-officer")
                let candidates = try await AssessmentQueries.candidates(of: round, on: app.db)
                let all = Dictionary(uniqueKeysWithValues: units.map { ($0, UnitOutcome.pass) })
                try await Assessments.recordResults(
                    Dictionary(uniqueKeysWithValues: candidates.map { ($0.id!, all) }),
                    in: round,
                    by: officer,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                var input = Certificates.IssueInput()
                input.issuedOn = "2020-03-15"
                input.externalNumbers[candidates[0].id!] = "EXT-A1"
                input.externalNumbers[candidates[1].id!] = "ext-a1"
                // The same number in other letters is the same number.
                await #expect(throws: FieldErrors.self) {
                    try await Certificates.issue(input, for: round, by: officer, at: app.sanfan.clock.now(), on: app.db)
                }
                input.externalNumbers[candidates[1].id!] = "EXT-A2"
                try await Certificates.issue(input, for: round, by: officer, at: app.sanfan.clock.now(), on: app.db)
                let certificates = try await CertificateQueries.certificates(of: round, on: app.db)
                #expect(Set(certificates.compactMap(\.externalNumber)) == ["EXT-A1", "EXT-A2"])

                // A result behind a certificate cannot change until the certificate is revoked.
                await #expect(throws: FieldErrors.self) {
                    try await Assessments.recordResults(
                        [candidates[0].id!: [units[0]: .notYetCompetent]],
                        in: round,
                        by: officer,
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
                // Revoked for fraud: issuing again gives that person nothing new.
                let revoked = try #require(certificates.first { $0.$candidate.id == candidates[0].id })
                try await Certificates.revoke(
                    revoked,
                    .init(reason: "fraud"),
                    by: officer,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                await #expect(throws: FieldErrors.self) {
                    try await Certificates.issue(
                        Certificates.IssueInput(form: ["issued_on": "2020-03-20"]),
                        for: round,
                        by: officer,
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
                #expect(try await Certificate.query(on: app.db).count() == 2)
                // With the certificate revoked the result may change; a reissue then needs a pass.
                try await Assessments.recordResults(
                    [candidates[0].id!: [units[0]: .notYetCompetent]],
                    in: round,
                    by: officer,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                let other = try #require(certificates.first { $0.$candidate.id == candidates[1].id })
                try await Certificates.revoke(
                    other,
                    .init(reason: "issued_in_error"),
                    by: officer,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                try await Assessments.recordResults(
                    [candidates[1].id!: [units[0]: .notYetCompetent]],
                    in: round,
                    by: officer,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                await #expect(throws: FieldErrors.self) {
                    _ = try await Certificates.reissue(
                        try #require(try await Certificate.find(other.id, on: app.db)),
                        .init(),
                        by: officer,
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
            }
        }

        @Test func aClosedCycleIsReadOnlyForAssessmentsExceptToHQ() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let units = try await fixtures.standard()
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle)
                let person = try await fixtures.register(consents: ["programme", "assessment:TPQI"])
                try await fixtures.complete([person], in: course)
                let round = try await fixtures.round(for: course)
                cycle.status = .closed
                try await cycle.save(on: app.db)
                let candidate = try #require(try await AssessmentQueries.candidates(of: round, on: app.db).first)
                let results = [candidate.id!: Dictionary(uniqueKeysWithValues: units.map { ($0, UnitOutcome.pass) })]
                await #expect(throws: FieldErrors.self) {
                    try await Assessments.recordResults(
                        results,
                        in: round,
                        by: try await fixtures.principal("demo-officer"),
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
                try await Assessments.recordResults(
                    results,
                    in: round,
                    by: try await fixtures.principal("demo-admin"),
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
            }
        }

        @Test func twoIssueFormsSentTogetherGiveOneCertificateEach() async throws {
            try await withApp(onDisk: true) { app, _ in
                let fixtures = Fixtures(app: app)
                let units = try await fixtures.standard()
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle)
                let people = [
                    try await fixtures.register(
                        first: "หนึ่ง",
                        id: "1234545678781",
                        consents: ["programme", "assessment:TPQI"]
                    ),
                    try await fixtures.register(
                        first: "สอง",
                        id: "1111111111119",
                        consents: ["programme", "assessment:TPQI"]
                    ),
                ]
                try await fixtures.complete(people, in: course)
                let round = try await fixtures.round(for: course)
                try await fixtures.passEveryUnit(
                    try await AssessmentQueries.candidates(of: round, on: app.db),
                    in: round,
                    units: units
                )
                try await withLiveServer(app) { server in
                    let officer = LiveBrowser(server)
                    try await officer.signIn("demo-officer")
                    let path = "/assessments/\(try round.requireID().uuidString.lowercased())"
                    _ = try await officer.get(path)
                    let statuses = try await race(4) {
                        try await officer.post(path + "/certificates", form: [("issued_on", "15/3/2563")]).status.code
                    }
                    #expect(statuses.filter { $0 == 303 }.count == 1, "\(statuses)")
                    #expect(statuses.filter { $0 == 422 }.count == 3, "\(statuses)")
                }
                #expect(try await Certificate.query(on: app.db).count() == 2)
            }
        }

        @Test func anOverlongPathIsNotFoundNotAServerError() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                #expect(try await client.get("/" + String(repeating: "a", count: 300)).status == .notFound)
                #expect(try await client.get("/styles/" + String(repeating: "a", count: 300)).status == .notFound)
                let api = try await client.api(.GET, "/api/v1/certificates/" + String(repeating: "a", count: 4096))
                #expect(api.status == .unauthorized || api.status == .notFound)
            }
        }
    }
}
