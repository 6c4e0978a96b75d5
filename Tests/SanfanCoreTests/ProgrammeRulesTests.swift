import Foundation
import Testing

@testable import SanfanCore

@Suite struct TextDecodingTests {
    let thai = "นิคมอุตสาหกรรมบางปู,๑๒๓"

    @Test func readsUTF8WithAndWithoutBOM() throws {
        let plain = try TextDecoding.decode(Array(thai.utf8)).get()
        #expect(plain.text == thai)
        #expect(plain.encoding == .utf8)
        let bom = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(thai.utf8)).get()
        #expect(bom.text == thai)
        #expect(bom.encoding == .utf8BOM)
    }

    @Test func readsWindows874() throws {
        let bytes = try #require(TextDecoding.encodeWindows874(thai))
        #expect(bytes.count == thai.unicodeScalars.count)  // one byte per Thai letter
        let decoded = try TextDecoding.decode(bytes).get()
        #expect(decoded.text == thai)
        #expect(decoded.encoding == .windows874)
    }

    @Test func refusesBytesNoCodePageDefines() {
        // 0xDB–0xDE and 0xFC–0xFF are undefined in Windows-874 and invalid as UTF-8 here.
        let bytes: [UInt8] = Array("ab".utf8) + [0xFC, 0xFD]
        #expect(throws: TextDecoding.Failure.unknownEncoding(offset: 2)) { try TextDecoding.decode(bytes).get() }
    }
}

@Suite struct TargetSheetTests {
    let estates = ["BANGPOO": "BANGPOO", "นิคมอุตสาหกรรมบางพลี": "BANGPLEE", "BANGPLEE": "BANGPLEE"]

    func read(_ text: String) -> Result<[TargetSheet.Row], TargetSheet.Refusal> {
        TargetSheet.read(text) { estates[$0] }
    }

    @Test func readsThaiHeadersThaiDigitsAndDefaults() throws {
        let header = TargetSheet.Column.allCases.map(\.thaiLabel).joined(separator: ",")
        let rows = try read("\(header)\nBANGPOO,บางปู,๑๒๐,\"1,000\",30,\n,นิคมอุตสาหกรรมบางพลี,80,60,10,4500000\n").get()
        #expect(rows.count == 2)
        #expect(rows[0].estateCode == "BANGPOO")
        #expect(
            rows[0].target == .init(trained: 120, certified: 1000, livelihoods: 30, income: TargetSheet.defaultIncome)
        )
        #expect(rows[1].estateCode == "BANGPLEE")
        #expect(rows[1].target.income == Satang(baht: 4_500_000))
    }

    @Test func reportsEveryBadRowByLine() throws {
        let text = """
            estate_code,trained,certified,livelihoods,income_per_community_baht
            BANGPOO,-5,10,abc,100
            NOWHERE,1,1,1,1
            BANGPOO,1,1,1,-3
            """
        guard case .failure(let refusal) = read(text) else {
            Issue.record("a bad sheet was accepted")
            return
        }
        #expect(
            refusal.errors == [
                .init(line: 2, problem: .negative(.trained)),
                .init(line: 2, problem: .notANumber(.livelihoods, "abc")),
                .init(line: 3, problem: .unknownEstate("NOWHERE")),
                .init(line: 4, problem: .duplicateEstate("BANGPOO")),
                .init(line: 4, problem: .negative(.incomeBaht)),
            ]
        )
    }

    @Test func refusesASheetWithoutItsColumns() {
        guard case .failure(let refusal) = read("name,people\nBANGPOO,1\n") else {
            Issue.record("accepted")
            return
        }
        #expect(refusal.errors.first == .init(line: 1, problem: .missingColumn(.estateCode)))
        #expect(refusal.errors.contains(.init(line: 1, problem: .missingColumn(.trained))))
    }

    @Test func writesWhatItReads() throws {
        let target = TargetSheet.Target(trained: 100, certified: 80, livelihoods: 25, income: Satang(baht: 5_000_000))
        let text = TargetSheet.write([("BANGPOO", "นิคม, บางปู", target)])
        let rows = try read(text).get()
        #expect(rows.map(\.target) == [target])
    }
}

@Suite struct CompletionTests {
    func sessions(_ marks: [AttendanceMark?], hours: Double = 6) -> [Completion.Session] {
        marks.map { Completion.Session(hours: hours, mark: $0) }
    }

    @Test func eightOfTenIsExactlyEightyPercent() {
        let marks: [AttendanceMark?] = Array(repeating: .present, count: 8) + [.absent, nil]
        #expect(Completion.percentAttended(sessions(marks)) == 80)
        #expect(Completion.isComplete(sessions(marks), minimumPercent: 80))
        #expect(!Completion.isComplete(sessions(marks), minimumPercent: 81))
    }

    @Test func lateCountsButExcusedDoesNot() {
        #expect(Completion.isComplete(sessions([.late, .late, .present, .present, .present]), minimumPercent: 80))
        #expect(
            !Completion.isComplete(sessions([.excused, .excused, .present, .present, .present]), minimumPercent: 80)
        )
    }

    @Test func weighsSessionsByTheirHours() {
        let marks = [Completion.Session(hours: 6, mark: .present), Completion.Session(hours: 2, mark: .absent)]
        #expect(Completion.percentAttended(marks) == 75)
    }

    @Test func noSessionsCompletesNobody() {
        #expect(!Completion.isComplete([], minimumPercent: 80))
    }

    @Test func closedCyclesAreForAdminsOnly() {
        let admin = Principal(userID: UUID(), username: "a", role: .admin)
        let officer = Principal(userID: UUID(), username: "o", role: .estateOfficer, estateIDs: [UUID()])
        #expect(CycleRules.canChange(.closed, admin))
        #expect(!CycleRules.canChange(.closed, officer))
        #expect(CycleRules.canChange(.running, officer))
    }

    @Test func courseScopeFollowsRoleEstateAndProvider() {
        let estate = UUID()
        let dsd = UUID()
        let officer = Principal(userID: UUID(), username: "o", role: .estateOfficer, estateIDs: [estate])
        let trainer = Principal(userID: UUID(), username: "t", role: .partner, organisationID: dsd, givesTraining: true)
        let banker = Principal(userID: UUID(), username: "b", role: .partner, organisationID: UUID())
        let viewer = Principal(userID: UUID(), username: "v", role: .viewer)
        #expect(AccessPolicy.canReach(course: estate, provider: nil, officer))
        #expect(!AccessPolicy.canReach(course: UUID(), provider: dsd, officer))
        #expect(AccessPolicy.canReach(course: UUID(), provider: dsd, trainer))
        #expect(!AccessPolicy.canReach(course: estate, provider: UUID(), trainer))
        #expect(AccessPolicy.courseScope(for: viewer) == .nothing)
        #expect(AccessPolicy.courseScope(for: banker) == .nothing)  // a bank gives no courses
        #expect(!AccessPolicy.can(trainer, .manageCourses))
        #expect(AccessPolicy.can(trainer, .markAttendance))
    }

    @Test func ageBandsAreReadAsWritten() {
        #expect(AgeBands(parsing: "15, 50, 60") == AgeBands())
        #expect(AgeBands(parsing: "๑๘,๕๕,๖๐") == AgeBands(minimumAge: 18, nearRetirementFrom: 55, elderlyFrom: 60))
        #expect(AgeBands(parsing: "60,50,15") == nil)
        #expect(AgeBands(parsing: "15,50") == nil)
    }
}
