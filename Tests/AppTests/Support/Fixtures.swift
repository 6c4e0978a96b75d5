import Fluent
import Foundation
import SanfanCore
import Testing
import VaporTesting

@testable import App

/// Named things the tests refer to, looked up once per test app.
struct Fixtures {
    let app: Application

    func estate(_ code: String) async throws -> Estate {
        guard let estate = try await Estate.query(on: app.db).filter(\.$code == code).first() else {
            throw FixtureMissing(what: "estate \(code)")
        }
        return estate
    }

    func user(_ username: String) async throws -> User {
        guard let user = try await User.query(on: app.db).filter(\.$username == username).first() else {
            throw FixtureMissing(what: "user \(username)")
        }
        return user
    }

    func principal(_ username: String) async throws -> Principal {
        try await Accounts.principal(for: try await user(username), on: app.db)
    }

    /// A second estate officer, for BANGPLEE, to prove officers cannot see each other's people.
    func otherOfficer() async throws -> User {
        try await Accounts.create(
            .init(
                username: "bangplee.officer",
                displayName: "เจ้าหน้าที่บางพลี",
                password: "a-long-password",
                role: "estate_officer",
                estateIDs: [try await estate("BANGPLEE").requireID().uuidString]
            ),
            by: .commandLine,
            on: app.db,
            .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
        )
    }

    /// Registers a person through the same service the form uses.
    @discardableResult
    func register(
        first: String = "สมชาย",
        last: String = "ใจดี",
        id: String? = "1234545678781",
        birth: String = "5/3/2533",
        estate code: String = "BANGPOO",
        consents: Set<String> = ["programme"],
        by username: String = "demo-admin"
    ) async throws -> Participant {
        var submission = Registry.Submission()
        submission.input.prefix = "นาย"
        submission.input.firstNameTh = first
        submission.input.lastNameTh = last
        submission.input.gender = "male"
        submission.input.birthDate = birth
        submission.input.nationalID = id ?? ""
        submission.input.noIDReason = id == nil ? "แรงงานข้ามชาติ" : ""
        submission.input.subdistrictCode = "110101"
        submission.estateID = try await estate(code).requireID().uuidString
        submission.consents = consents
        return try await Registry.register(
            submission,
            by: try await principal(username),
            deps: .init(vault: app.sanfan.vault, clock: app.sanfan.clock, bands: .default),
            on: app.db
        )
    }

    func organisation(_ code: String) async throws -> Organisation {
        guard let organisation = try await Organisation.query(on: app.db).filter(\.$code == code).first() else {
            throw FixtureMissing(what: "organisation \(code)")
        }
        return organisation
    }

    /// A trainer: a partner user of a training provider.
    @discardableResult
    func trainer(_ username: String, of code: String) async throws -> User {
        try await Accounts.create(
            .init(
                username: username,
                displayName: "ครูฝึก \(code)",
                password: "a-long-password",
                role: "partner",
                organisationID: try await organisation(code).requireID().uuidString
            ),
            by: .commandLine,
            on: app.db,
            .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
        )
    }

    /// Cycle 2563 (the test clock's fiscal year), with Bang Poo and Bang Plee taking part.
    func cycle(
        _ year: Int = 2563,
        status: CycleStatus = .running,
        estates: [String] = ["BANGPOO", "BANGPLEE"]
    )
        async throws -> Cycle
    {
        let cycle = Cycle()
        var input = Cycles.Input(fiscalYear: String(year), nameTh: "ปีงบประมาณ \(year)", status: status.rawValue)
        for code in estates { input.estateIDs.append(try await estate(code).requireID().uuidString) }
        try await Cycles.save(
            cycle,
            input,
            by: try await principal("demo-admin"),
            at: app.sanfan.clock.now(),
            on: app.db
        )
        return cycle
    }

    /// A course at an estate in a cycle, given by a provider, with sessions on the days given (ISO).
    func course(
        in cycle: Cycle,
        estate code: String = "BANGPOO",
        provider: String? = "DSD",
        capacity: Int = 25,
        sessions: [String] = ["2020-03-02", "2020-03-03", "2020-03-04", "2020-03-05", "2020-03-06"]
    ) async throws -> Course {
        let admin = try await principal("demo-admin")
        let course = Course()
        let occupation = try await Occupation.query(on: app.db).filter(\.$code == "MASSAGE").first()!
        try await Courses.save(
            course,
            .init(
                cycleID: try cycle.requireID().uuidString,
                estateID: try await estate(code).requireID().uuidString,
                occupationID: try occupation.requireID().uuidString,
                providerID: try await provider.asyncMap { try await organisation($0).requireID().uuidString } ?? "",
                venue: "ศาลาวัดกลาง",
                firstDay: "2020-03-02",
                lastDay: "2020-03-06",
                hours: "30",
                capacity: String(capacity)
            ),
            by: admin,
            at: app.sanfan.clock.now(),
            on: app.db
        )
        for day in sessions {
            _ = try await Courses.addSession(
                to: course,
                .init(day: day, topic: "ฝึกปฏิบัติ"),
                by: admin,
                at: app.sanfan.clock.now(),
                on: app.db
            )
        }
        return course
    }

    /// Gives an occupation a standard with units of competency (the reference catalogue has none),
    /// and returns the units' ids in order.
    @discardableResult
    func standard(_ code: String = "MASSAGE", units: [String] = ["U01", "U02", "U03"]) async throws -> [UUID] {
        let occupation = try #require(try await Occupation.query(on: app.db).filter(\.$code == code).first())
        occupation.standardName = "มาตรฐานอาชีพ \(occupation.nameTh)"
        occupation.standardLevel = "2"
        try await occupation.save(on: app.db)
        var ids: [UUID] = []
        for (position, unit) in units.enumerated() {
            let row = OccupationUnit()
            row.$occupation.id = try occupation.requireID()
            row.position = position
            row.code = unit
            row.nameTh = "หน่วยสมรรถนะ \(unit)"
            try await row.create(on: app.db)
            ids.append(try row.requireID())
        }
        return ids
    }

    /// Enrols people in a course and marks them present at every session, so they complete it.
    func complete(_ people: [Participant], in course: Course) async throws {
        let admin = try await principal("demo-admin")
        _ = try await Courses.enrol(
            try people.map { try $0.requireID() },
            in: course,
            by: admin,
            at: app.sanfan.clock.now(),
            on: app.db
        )
        for session in try await CourseQueries.sessions(of: course, on: app.db) {
            try await Courses.markAttendance(
                session,
                marks: [:],
                rest: .present,
                source: .app,
                by: admin,
                at: app.sanfan.clock.now(),
                on: app.db
            )
        }
    }

    /// Every unit passed, for each of `candidates` in `round`, recorded by HQ.
    func passEveryUnit(_ candidates: [RoundCandidate], in round: AssessmentRound, units: [UUID]) async throws {
        let all = Dictionary(uniqueKeysWithValues: units.map { ($0, UnitOutcome.pass) })
        try await Assessments.recordResults(
            Dictionary(uniqueKeysWithValues: candidates.map { ($0.id!, all) }),
            in: round,
            by: try await principal("demo-admin"),
            at: app.sanfan.clock.now(),
            on: app.db
        )
    }

    /// A round for a course, assessed by `assessor` (an organisation code), created by HQ.
    func round(
        for course: Course,
        assessor: String = "TPQI",
        heldOn: String = "2020-03-10"
    ) async throws
        -> AssessmentRound
    {
        var input = Assessments.RoundInput()
        input.courseID = try course.requireID().uuidString
        input.assessorID = try await organisation(assessor).requireID().uuidString
        input.heldOn = heldOn
        input.place = "ศูนย์ประเมิน"
        return try await Assessments.createRound(
            input,
            by: try await principal("demo-admin"),
            at: app.sanfan.clock.now(),
            on: app.db
        )
    }

    struct FixtureMissing: Error {
        let what: String
    }
}

/// The registration form as a browser posts it.
func registrationForm(
    estateID: String,
    first: String = "สมหญิง",
    last: String = "รักษ์ดี",
    id: String = "1111111111119",
    birth: String = "12/8/2528",
    consents: [String] = ["programme"],
    extra: [(String, String)] = []
) -> [(String, String)] {
    [
        ("prefix", "นางสาว"), ("first_name_th", first), ("last_name_th", last), ("gender", "female"),
        ("birth_date", birth), ("national_id", id), ("phone", "081-234-5678"), ("house_no", "12/3"), ("moo", "4"),
        ("province_code", "11"), ("subdistrict_code", "110101"), ("education_level", "upper_secondary"),
        ("baseline_income", "9,000"), ("estate_id", estateID), ("consent_channel", "paper"),
    ] + consents.map { ("consents[]", $0) } + extra
}
