import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The demo's programme: cycle 2562 with the ten pilot estates, cycle 2563 with ten more, three
/// courses per estate in the article's occupations, and attendance that makes most people complete.
/// Synthetic throughout; added once, to a database with no cycles.
enum DemoProgramme {
    /// The article names nine estates for 2563; the tenth the issue asks for is an assumption.
    static let extraEstate2563 = "ROJANA-LAEM-CHABANG"

    static func seed(on database: any Database, now: Date) async throws {
        guard try await Cycle.query(on: database).count() == 0 else { return }
        let estates = try await Estate.query(on: database).all()
        let occupations = try await Occupation.query(on: database).sort(\.$code).all()
        let providers = try await Organisation.query(on: database).filter(\.$code ~~ ["DSD", "VEC"]).sort(\.$code).all()
        var generator = SyntheticPeople(seed: 2_563).rng
        for (year, status) in [(2562, CycleStatus.closed), (2563, .running)] {
            let cycle = Cycle()
            cycle.fiscalYear = year
            cycle.nameTh = year == 2562 ? "ปีงบประมาณ 2562 (นำร่อง 10 นิคม)" : "ปีงบประมาณ 2563 (ขยาย 10 นิคม)"
            cycle.nameEn = year == 2562 ? "Fiscal year 2562 (10 pilot estates)" : "Fiscal year 2563 (10 more estates)"
            cycle.status = status
            try await cycle.create(on: database)
            let members = estates.filter { $0.programmeYear == year || (year == 2563 && $0.code == extraEstate2563) }
                .sorted { $0.code < $1.code }
            for (index, estate) in members.enumerated() {
                let target = CycleEstate()
                target.$cycle.id = try cycle.requireID()
                target.$estate.id = try estate.requireID()
                target.target = TargetSheet.Target(trained: 100, certified: 80, livelihoods: 20 + index % 3 * 5)
                try await target.create(on: database)
                for slot in 0..<3 {
                    let occupation = occupations[(index * 2 + slot + (year == 2563 ? 5 : 0)) % occupations.count]
                    try await course(
                        cycle: cycle,
                        estate: estate,
                        occupation: occupation,
                        provider: providers.isEmpty ? nil : providers[(index + slot) % providers.count],
                        slot: slot,
                        generator: &generator,
                        on: database
                    )
                }
            }
        }
        try await Audit.record(
            .create,
            entity: "demo",
            id: "programme",
            before: nil,
            after: ["cycles": "2562,2563"],
            by: .system,
            at: now,
            on: database
        )
    }

    private static func course(
        cycle: Cycle,
        estate: Estate,
        occupation: Occupation,
        provider: Organisation?,
        slot: Int,
        generator: inout SyntheticPeople.Generator,
        on database: any Database
    ) async throws {
        let sql = database as! any SQLDatabase
        // February, May and July of the fiscal year: well inside it.
        let gregorian = cycle.fiscalYear - ThaiCalendar.buddhistEraOffset
        let first = ThaiCalendar.Day(year: gregorian, month: [2, 5, 7][slot], day: 3 + (estate.code.count % 5))
        let course = Course()
        course.$cycle.id = try cycle.requireID()
        course.$estate.id = try estate.requireID()
        course.$occupation.id = try occupation.requireID()
        course.$provider.id = try provider?.requireID()
        course.titleTh = "\(occupation.nameTh) รุ่นที่ \(slot + 1)"
        course.venue = "ศาลาประชาคม \(estate.nameTh.replacingOccurrences(of: "นิคมอุตสาหกรรม", with: "นิคมฯ "))"
        course.firstDay = first.iso
        course.lastDay = day(first, plus: 4).iso
        course.hours = 30
        course.capacity = 25
        course.minimumPercent = 80
        course.status = cycle.status == .closed ? .finished : .running
        try await course.create(on: database)
        let courseID = try course.requireID()
        var sessions: [UUID] = []
        for offset in 0..<5 {
            let session = CourseSession()
            session.$course.id = courseID
            session.day = day(first, plus: offset).iso
            session.startsAt = "09:00"
            session.endsAt = "16:00"
            session.topic = offset == 0 ? "ปฐมนิเทศและความปลอดภัย" : "ฝึกปฏิบัติ \(occupation.nameTh) ครั้งที่ \(offset)"
            session.hours = 6
            try await session.create(on: database)
            sessions.append(try session.requireID())
        }
        // Up to 25 people of the estate who are not yet in one of its courses this cycle.
        struct Person: Decodable { let id: UUID }
        let people = try await sql.select().column(SQLColumn("id", table: "p")).from(Participant.schema, as: "p")
            .where(SQLColumn("estate_id", table: "p"), .equal, SQLBind(try estate.requireID()))
            .where(
                SQLQueryString(
                    "NOT EXISTS (SELECT 1 FROM enrolments en JOIN courses co ON co.id = en.course_id WHERE en.participant_id = p.id AND co.cycle_id = \(bind: try cycle.requireID()))"
                )
            )
            .orderBy(SQLColumn("sort_key", table: "p")).limit(25).all(decoding: Person.self)
        guard !people.isEmpty else { return }
        var enrolments: [[any SQLExpression]] = []
        var attendance: [[any SQLExpression]] = []
        let recordedAt = day(first, plus: 5).startInBangkok
        for person in people {
            let enrolmentID = UUID()
            // Most attend every day; some miss one (still 80 %), a few miss two or drop out.
            let roll = Int.random(in: 0..<100, using: &generator)
            let missed = roll < 70 ? 0 : roll < 88 ? 1 : roll < 96 ? 2 : 5
            var marks: [Completion.Session] = []
            for (index, session) in sessions.enumerated() {
                let mark: AttendanceMark =
                    index >= sessions.count - missed
                    ? (roll % 2 == 0 ? .absent : .excused) : (roll % 7 == 0 && index == 1 ? .late : .present)
                marks.append(Completion.Session(hours: 6, mark: mark))
                attendance.append([
                    SQLBind(session), SQLBind(enrolmentID), SQLBind(mark.rawValue),
                    SQLBind((index + roll) % 3 == 0 ? AttendanceSource.paper.rawValue : AttendanceSource.app.rawValue),
                    SQLBind("demo"), SQLBind(recordedAt),
                ])
            }
            let complete = Completion.isComplete(marks, minimumPercent: 80)
            let status: EnrolmentStatus = missed == 5 ? .dropped : complete ? .completed : .enrolled
            enrolments.append([
                SQLBind(enrolmentID), SQLBind(recordedAt), SQLBind(recordedAt), SQLBind(courseID), SQLBind(person.id),
                SQLBind(status.rawValue), SQLBind(complete), SQLBind(status == .dropped ? "ย้ายไปทำงานต่างจังหวัด" : nil),
            ])
        }
        try await insertEnrolments(enrolments, on: sql)
        try await sql.insert(into: "attendance")
            .columns("session_id", "enrolment_id", "mark", "source", "recorded_by_name", "recorded_at")
            .rows(attendance).run()
    }

    /// Synthetic enrolments in bulk, each row: id, created and updated, course, participant,
    /// status, completed by attendance, drop-out reason.
    static func insertEnrolments(_ rows: [[any SQLExpression]], on sql: any SQLDatabase) async throws {
        try await sql.insert(into: Enrolment.schema)
            .columns(
                "id",
                "created_at",
                "updated_at",
                "course_id",
                "participant_id",
                "status",
                "attendance_complete",
                "dropped_reason"
            )
            .rows(rows).run()
    }

    private static func day(_ day: ThaiCalendar.Day, plus days: Int) -> ThaiCalendar.Day {
        ThaiCalendar.Day.containing(day.startInBangkok.addingTimeInterval(Double(days) * 86_400 + 3_600))
    }
}
