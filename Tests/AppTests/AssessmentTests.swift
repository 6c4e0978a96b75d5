import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// From completion to a certificate anyone can check: rounds, results per unit, issue, the public
/// verify page, revocation and reissue, on both databases.
extension AppTests {
    @Suite struct AssessmentTests {
        /// A course at Bang Poo with two people who completed it, a standard with three units, and
        /// a round assessed by TPQI.
        func setUp(_ app: Application) async throws -> (round: AssessmentRound, people: [Participant], units: [UUID]) {
            let fixtures = Fixtures(app: app)
            let units = try await fixtures.standard()
            let cycle = try await fixtures.cycle()
            let course = try await fixtures.course(in: cycle)
            let people = [
                try await fixtures.register(
                    first: "สมใจ",
                    id: "1234545678781",
                    consents: ["programme", "assessment:TPQI"]
                ),
                try await fixtures.register(
                    first: "มานะ",
                    id: "1111111111119",
                    consents: ["programme", "assessment:TPQI"]
                ),
            ]
            try await fixtures.complete(people, in: course)
            return (try await fixtures.round(for: course), people, units)
        }

        @Test func aRoundForACourseSendsItsCompletersAndDerivesEachResult() async throws {
            try await withApp { app, _ in
                let (round, people, units) = try await setUp(app)
                let candidates = try await AssessmentQueries.candidates(of: round, on: app.db)
                #expect(Set(candidates.map(\.$participant.id)) == Set(people.map { $0.id! }))
                #expect(candidates.allSatisfy { $0.overall == .pending })

                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let roundPath = "/assessments/\(try round.requireID().uuidString.lowercased())"
                let results = "\(roundPath)/results"
                let page = try await client.get(results)
                #expect(page.status == .ok)
                #expect(page.body.contains("หน่วยสมรรถนะ U01"))
                let first = try #require(candidates.first { $0.$participant.id == people[0].id })
                let second = try #require(candidates.first { $0.$participant.id == people[1].id })
                func field(_ candidate: RoundCandidate, _ unit: UUID) -> String {
                    "result_\(candidate.id!.uuidString.lowercased())_\(unit.uuidString.lowercased())"
                }
                var form: [(String, String)] = units.map { (field(first, $0), "pass") }
                form += [(field(second, units[0]), "pass"), (field(second, units[1]), "not_yet_competent")]
                let saved = try await client.post(results, form: form)
                #expect(saved.status == .seeOther)
                let after = try await AssessmentQueries.candidates(of: round, on: app.db)
                #expect(after.first { $0.id == first.id }?.overall == .passed)
                // A unit without a result leaves the overall result pending, even with one failed.
                #expect(after.first { $0.id == second.id }?.overall == .pending)

                // Someone not in the round, or a unit the standard does not list: refused, nothing saved.
                let stranger = try await client.post(
                    results,
                    form: [("result_\(UUID().uuidString.lowercased())_\(units[0].uuidString.lowercased())", "pass")]
                )
                #expect(stranger.status == .unprocessableEntity)
                let otherUnit = try await client.post(
                    results,
                    form: [("result_\(first.id!.uuidString.lowercased())_\(UUID().uuidString.lowercased())", "absent")]
                )
                #expect(otherUnit.status == .unprocessableEntity)
                #expect(
                    try await AssessmentQueries.candidates(of: round, on: app.db).first { $0.id == first.id }?.overall
                        == .passed
                )

                // The API may state an overall result, but only the one the units give.
                await #expect(throws: FieldErrors.self) {
                    try await Assessments.recordResults(
                        [second.id!: [units[2]: .pass]],
                        claimed: [second.id!: .passed],
                        in: round,
                        by: try await Fixtures(app: app).principal("demo-admin"),
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
                let sheet = try await client.get("\(roundPath)/results-sheet")
                #expect(sheet.status == .ok)
                #expect(sheet.body.contains("แบบบันทึกผลการประเมินสมรรถนะ"))
            }
        }

        /// The assessor's sheet (issue 15's partner sheet): downloaded with each person's code, filled
        /// in Excel with Thai words, uploaded; a sheet with any unreadable cell saves nothing.
        @Test func anAssessorsResultsSheetRoundTripsAndABadCellSavesNothing() async throws {
            try await withApp { app, _ in
                let (round, people, _) = try await setUp(app)
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let roundPath = "/assessments/\(try round.requireID().uuidString.lowercased())"
                let template = try await client.get(roundPath + "/results.csv")
                #expect(template.status == .ok)
                var rows = CSV.parse(String(template.body.dropFirst()))  // after the byte-order mark
                #expect(rows[0][0] == ResultsSheet.candidateHeader)
                #expect(rows[0].dropFirst(2).allSatisfy { $0.hasPrefix("U0") })
                #expect(rows.count == people.count + 1)
                let unitCount = rows[0].count - 2
                // Everyone passes every unit, except the last person, absent from the last unit.
                for index in 1..<rows.count {
                    rows[index] = Array(rows[index].prefix(2)) + Array(repeating: "ผ่าน", count: unitCount)
                }
                rows[rows.count - 1][rows[0].count - 1] = "ขาด"
                func send(_ rows: [[String]]) async throws -> Page {
                    _ = try await client.get(roundPath + "/results")
                    return try await client.upload(
                        roundPath + "/results/import",
                        field: "sheet",
                        filename: "results.csv",
                        bytes: Array(CSV.write(rows).utf8)
                    )
                }
                var bad = rows
                bad[1][2] = "ผ่านนะ"
                let refused = try await send(bad)
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.contains("ไม่ได้บันทึกผลใด ๆ จากแฟ้ม"))
                #expect(refused.body.contains("อ่านผล \"ผ่านนะ\" ไม่ได้"))
                #expect(
                    try await AssessmentQueries.candidates(of: round, on: app.db).allSatisfy { $0.overall == .pending }
                )
                let saved = try await send(rows)
                #expect(saved.status == .seeOther)
                let after = try await AssessmentQueries.candidates(of: round, on: app.db)
                #expect(after.filter { $0.overall == .passed }.count == people.count - 1)
                #expect(after.filter { $0.overall == .absent || $0.overall == .notYetCompetent }.count == 1)
                // Another estate's officer cannot reach the round's sheet.
                _ = try await Fixtures(app: app).otherOfficer()
                let other = TestClient(app)
                try await other.signIn("bangplee.officer", password: "a-long-password")
                #expect(try await other.get(roundPath + "/results.csv").status == .notFound)
            }
        }

        @Test func certificatesAreIssuedToPassesVerifiedByAnyoneAndRevocable() async throws {
            try await withApp { app, _ in
                let (round, people, units) = try await setUp(app)
                let candidates = try await AssessmentQueries.candidates(of: round, on: app.db)
                let admin = try await Fixtures(app: app).principal("demo-admin")
                let passer = try #require(candidates.first { $0.$participant.id == people[0].id })
                let failer = try #require(candidates.first { $0.$participant.id == people[1].id })
                try await Assessments.recordResults(
                    [
                        passer.id!: Dictionary(uniqueKeysWithValues: units.map { ($0, .pass) }),
                        failer.id!: Dictionary(uniqueKeysWithValues: units.map { ($0, .notYetCompetent) }),
                    ],
                    in: round,
                    by: admin,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let issuePath = "/assessments/\(try round.requireID().uuidString.lowercased())/certificates"
                let external = "external_\(passer.id!.uuidString.lowercased())"
                let early = try await client.post(issuePath, form: [("issued_on", "9/3/2563"), (external, "TPQI-001")])
                #expect(early.status == .unprocessableEntity)
                #expect(early.body.contains("ก่อนวันประเมิน"))
                let backwards = try await client.post(
                    issuePath,
                    form: [("issued_on", "15/3/2563"), ("expires_on", "1/3/2563")]
                )
                #expect(backwards.status == .unprocessableEntity)
                let notPassed = try await client.post(
                    issuePath,
                    form: [("issued_on", "15/3/2563"), ("external_\(failer.id!.uuidString.lowercased())", "TPQI-9")]
                )
                #expect(notPassed.status == .unprocessableEntity)
                #expect(try await Certificate.query(on: app.db).count() == 0)
                let issued = try await client.post(
                    issuePath,
                    form: [("issued_on", "15/3/2563"), ("expires_on", "14/3/2568"), (external, "TPQI-001")]
                )
                #expect(issued.status == .seeOther)
                let certificate = try #require(try await Certificate.query(on: app.db).first())
                #expect(try await Certificate.query(on: app.db).count() == 1)
                #expect(certificate.externalNumber == "TPQI-001")
                #expect(certificate.issuedOn == "2020-03-15")

                // Anyone verifies it: valid, with the name partly hidden and nothing else about the person.
                let visitor = TestClient(app)
                let verify = try await visitor.get("/verify/\(certificate.code)")
                #expect(verify.status == .ok)
                #expect(verify.body.contains("ใช้ได้"))
                #expect(verify.body.contains("สมใจ ใจ."))
                #expect(!verify.body.contains("ใจดี"))
                #expect(!verify.body.contains("1234545678781"))
                // Typed by hand, with hyphens and in lower case, it is the same code.
                let typed = try await visitor.get(
                    "/verify?code=\(CertificateController.display(certificate.code).lowercased())"
                )
                #expect(typed.status == .seeOther)
                #expect(typed.location == "/verify/\(certificate.code)")
                // One wrong character is a typing mistake; a well-formed unknown code is unknown.
                var wrong = Array(certificate.code)
                wrong[3] = wrong[3] == "A" ? "B" : "A"
                let mistyped = try await visitor.get("/verify/\(String(wrong))")
                #expect(mistyped.status == .badRequest)
                #expect(mistyped.body.contains("พิมพ์ผิด"))
                var generator = SystemRandomNumberGenerator()
                let unknown = try await visitor.get("/verify/\(VerificationCode.make(using: &generator).characters)")
                #expect(unknown.status == .notFound)
                #expect(unknown.body.contains("ไม่พบวุฒิบัตร"))
                let short = try await visitor.get("/verify/ABC")
                #expect(short.status == .badRequest)
                #expect(short.body.contains("12 ตัว"))

                // Revoked: the verify page says so, from when and why; revoking twice is refused.
                let certificatePath = "/certificates/\(certificate.id!.uuidString.lowercased())"
                let revoked = try await client.post("\(certificatePath)/revoke", form: [("reason", "issued_in_error")])
                #expect(revoked.status == .seeOther)
                let again = try await client.post("\(certificatePath)/revoke", form: [("reason", "fraud")])
                #expect(again.status == .unprocessableEntity)
                let afterRevoke = try await visitor.get("/verify/\(certificate.code)")
                #expect(afterRevoke.body.contains("ถูกเพิกถอน"))
                #expect(afterRevoke.body.contains("ออกโดยผิดพลาด"))
                let audited = try await AuditEvent.query(on: app.db).filter(\.$entity == Certificate.auditEntity)
                    .count()
                #expect(audited == 2)
            }
        }

        @Test func aReissueRevokesTheOldAndLinksItToTheNew() async throws {
            try await withApp { app, _ in
                let (round, people, units) = try await setUp(app)
                let admin = try await Fixtures(app: app).principal("demo-admin")
                let candidates = try await AssessmentQueries.candidates(of: round, on: app.db)
                let passer = try #require(candidates.first { $0.$participant.id == people[0].id })
                try await Fixtures(app: app).passEveryUnit([passer], in: round, units: units)
                var input = Certificates.IssueInput()
                input.issuedOn = "2020-03-15"
                input.externalNumbers[passer.id!] = "TPQI-7"
                try await Certificates.issue(input, for: round, by: admin, at: app.sanfan.clock.now(), on: app.db)
                // A second round's pass cannot take TPQI's number 7 again.
                let secondRound = try await Fixtures(app: app).round(
                    for: try await round.$course.get(on: app.db)!,
                    heldOn: "2020-03-20"
                )
                let again = try #require(try await AssessmentQueries.candidates(of: secondRound, on: app.db).first)
                try await Fixtures(app: app).passEveryUnit([again], in: secondRound, units: units)
                var duplicate = Certificates.IssueInput()
                duplicate.issuedOn = "2020-03-21"
                duplicate.externalNumbers[again.id!] = "TPQI-7"
                await #expect(throws: FieldErrors.self) {
                    try await Certificates.issue(
                        duplicate,
                        for: secondRound,
                        by: admin,
                        at: app.sanfan.clock.now(),
                        on: app.db
                    )
                }
                let old = try #require(try await Certificate.query(on: app.db).first())
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let reissued = try await client.post(
                    "/certificates/\(old.id!.uuidString.lowercased())/reissue",
                    form: [("external_number", "TPQI-7"), ("issued_on", "16/3/2563"), ("expires_on", "")]
                )
                #expect(reissued.status == .seeOther)
                let all = try await Certificate.query(on: app.db).filter(\.$round.$id == round.requireID()).all()
                #expect(all.count == 2)
                let stale = try #require(all.first { $0.id == old.id })
                let fresh = try #require(all.first { $0.id != old.id })
                #expect(stale.revokedReason == .correction)
                #expect(stale.replacedBy == fresh.id)
                #expect(fresh.externalNumber == "TPQI-7")
                #expect(fresh.code != stale.code)
                let verify = try await TestClient(app).get("/verify/\(stale.code)")
                #expect(verify.body.contains(fresh.code))
                let print = try await client.get("/certificates/\(fresh.id!.uuidString.lowercased())/print")
                #expect(print.status == .ok)
                #expect(print.body.contains("<svg"))
                #expect(print.body.contains("/verify/\(fresh.code)"))
            }
        }

        @Test func assessorsSeeOnlyTheirRoundsAndOfficersOnlyTheirEstates() async throws {
            try await withApp { app, _ in
                let (round, _, _) = try await setUp(app)
                let path = "/assessments/\(try round.requireID().uuidString.lowercased())"
                // The demo assessor works for another centre than TPQI's own.
                let assessor = TestClient(app)
                try await assessor.signIn("demo-assessor")
                #expect(try await assessor.get(path).status == .notFound)
                #expect(try await assessor.get("/assessments").body.contains("ยังไม่มีรอบการประเมิน"))
                let otherOfficer = TestClient(app)
                try await otherOfficer.signIn("demo-officer-lcb")
                #expect(try await otherOfficer.get(path).status == .notFound)
                let bank = TestClient(app)
                try await bank.signIn("demo-partner")
                #expect(try await bank.get(path).status == .forbidden)  // a bank does not assess at all
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                #expect(try await officer.get(path).status == .ok)
            }
        }

        @Test func theCycleCountsPeopleAssessedAndCertifiedOnceEach() async throws {
            try await withApp { app, _ in
                let (round, people, units) = try await setUp(app)
                let admin = try await Fixtures(app: app).principal("demo-admin")
                let candidates = try await AssessmentQueries.candidates(of: round, on: app.db)
                let passer = try #require(candidates.first { $0.$participant.id == people[0].id })
                let failer = try #require(candidates.first { $0.$participant.id == people[1].id })
                try await Assessments.recordResults(
                    [
                        passer.id!: Dictionary(uniqueKeysWithValues: units.map { ($0, .pass) }),
                        failer.id!: Dictionary(uniqueKeysWithValues: units.map { ($0, .absent) }),
                    ],
                    in: round,
                    by: admin,
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                var input = Certificates.IssueInput()
                input.issuedOn = "2020-03-15"
                try await Certificates.issue(input, for: round, by: admin, at: app.sanfan.clock.now(), on: app.db)
                // Certified a second time in another round: still one person.
                let again = try await Fixtures(app: app).round(
                    for: try await round.$course.get(on: app.db)!,
                    heldOn: "2020-03-20"
                )
                let second = try #require(
                    try await AssessmentQueries.candidates(of: again, on: app.db).first {
                        $0.$participant.id == people[0].id
                    }
                )
                try await Fixtures(app: app).passEveryUnit([second], in: again, units: units)
                input.issuedOn = "2020-03-21"
                try await Certificates.issue(input, for: again, by: admin, at: app.sanfan.clock.now(), on: app.db)
                #expect(try await Certificate.query(on: app.db).count() == 2)

                let cycle = try await round.$cycle.get(on: app.db)
                let rows = try await ProgressQueries.rows(cycle, on: app.db)
                let bangPoo = try #require(rows.first { $0.estate_code == "BANGPOO" })
                // The absent person was not assessed; the passer was, in two rounds, and counts once.
                #expect(bangPoo.assessed == 1)
                #expect(bangPoo.certified == 1)
                let direct = try await app.db.sql.raw(
                    "SELECT COUNT(DISTINCT participant_id) AS n FROM certificates WHERE revoked_on IS NULL"
                ).first()?.decode(column: "n", as: Int.self)
                #expect(direct == bangPoo.certified)

                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let cyclePath = "/cycles/\(try cycle.requireID().uuidString.lowercased())"
                let page = try await client.get(cyclePath)
                #expect(page.body.contains("stage=certified"))
                let list = try await client.get(
                    "/participants?cycle=\(try cycle.requireID().uuidString.lowercased())&stage=certified"
                )
                #expect(list.body.contains("สมใจ"))
                #expect(!list.body.contains("มานะ"))
                #expect(list.body.contains("ได้รับวุฒิบัตร"))
            }
        }

        @Test func theVerifyPageCountsPerClient() async throws {
            try await withApp { app, _ in
                let visitor = TestClient(app)
                var statuses: [HTTPResponseStatus] = []
                for _ in 0..<32 { statuses.append(try await visitor.get("/verify/ABCD-EFGH-JKLM").status) }
                #expect(statuses.prefix(30).allSatisfy { $0 != .tooManyRequests })
                let last = try await visitor.get("/verify/ABCD-EFGH-JKLM")
                #expect(last.status == .tooManyRequests)
                #expect(last.headers.first(name: .retryAfter) != nil)
            }
        }
    }
}
