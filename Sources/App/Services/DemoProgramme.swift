import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The demo's programme, as the article tells it. Fiscal year 2562: the ten pilot estates train
/// 1,223 people against a target of 1,000 (122.3 %), unevenly by estate, occupation and age.
/// Fiscal year 2563: ten more estates, another 1,000, part-way through the year: two courses per
/// estate finished, one running, one open for enrolment. Synthetic throughout; added once, to a
/// database with no cycles. People are created here, registered at their estate in the autumn
/// before their courses, so every count on the cycle pages is backed by its own people.
enum DemoProgramme {
    /// The article names nine estates for 2563; the tenth the issue asks for is an assumption.
    static let extraEstate2563 = "ROJANA-LAEM-CHABANG"

    /// People who complete in 2562, per pilot estate (in code order): 1,223 in all.
    static let completions2562 = [158, 147, 139, 131, 124, 118, 112, 105, 99, 90]

    /// One course: its month in the fiscal year, how many take part, how many of them complete, and
    /// how many of its five sessions have been held.
    struct CoursePlan {
        let month: Int
        let people: Int
        let completing: Int
        let sessionsHeld: Int
        let status: CourseStatus
    }

    static func seed(on database: any Database, vault: NationalIDVault, now: Date) async throws {
        guard try await Cycle.query(on: database).count() == 0 else { return }
        if let extra = try await Estate.query(on: database).filter(\.$code == extraEstate2563).first(),
            extra.programmeYear == nil
        {
            extra.programmeYear = 2563
            try await extra.save(on: database)
        }
        let places = try await DemoPeople.ensureCommunities(on: database, now: now)
        let estates = try await Estate.query(on: database).all()
        let occupations = try await Occupation.query(on: database).sort(\.$code).all()
        let providers = try await Organisation.query(on: database).filter(\.$code ~~ ["DSD", "VEC"]).sort(\.$code).all()
        var generator = SyntheticPeople(seed: 2_563).rng
        var seed: UInt64 = 2_562
        for (year, status) in [(2562, CycleStatus.closed), (2563, .running)] {
            let cycle = Cycle()
            cycle.fiscalYear = year
            cycle.nameTh = year == 2562 ? "ปีงบประมาณ 2562 (นำร่อง 10 นิคม)" : "ปีงบประมาณ 2563 (ขยาย 10 นิคม)"
            cycle.nameEn =
                Cycles.defaultEnglishName(year) + (year == 2562 ? ": 10 pilot estates" : ": 10 more estates")
            cycle.status = status
            try await cycle.create(on: database)
            let members = estates.filter { $0.programmeYear == year }.sorted { $0.code < $1.code }
            for (index, estate) in members.enumerated() {
                let estateID = try estate.requireID()
                let target = CycleEstate()
                target.$cycle.id = try cycle.requireID()
                target.$estate.id = estateID
                target.target = TargetSheet.Target(trained: 100, certified: 80, livelihoods: 20 + index % 3 * 5)
                try await target.create(on: database)

                let plans = year == 2562 ? plans2562(completing: completions2562[index % 10]) : plans2563(index)
                // The estate's people for this cycle, registered in October to January.
                var estatePlaces = places.filter { $0.estate == estateID }
                for i in estatePlaces.indices { estatePlaces[i].registrationDays = 110 }
                seed += 1
                let people = try await DemoPeople.create(
                    count: plans.map(\.people).reduce(0, +),
                    places: estatePlaces,
                    seed: seed,
                    vault: vault,
                    today: .containing(now),
                    now: now,
                    on: database
                )
                guard people > 0 else { continue }
                for (slot, plan) in plans.enumerated() {
                    let occupation = occupations[(index * 3 + slot * 2 + (year == 2563 ? 5 : 0)) % occupations.count]
                    try await course(
                        plan,
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
            after: ["cycles": "2562,2563", "completed_2562": String(completions2562.reduce(0, +))],
            by: .system,
            at: now,
            on: database
        )
    }

    /// Courses of up to 30 until everyone who completes has a seat, plus a few who drop out or fall
    /// short of 80 %.
    static func plans2562(completing: Int) -> [CoursePlan] {
        let people = completing + max(2, completing / 25)
        let courses = (people + 29) / 30
        let months = [2, 3, 5, 6, 7, 8]
        return (0..<courses).map { slot in
            let share = people / courses + (slot < people % courses ? 1 : 0)
            let done = completing / courses + (slot < completing % courses ? 1 : 0)
            return CoursePlan(
                month: months[slot % months.count],
                people: share,
                completing: done,
                sessionsHeld: 5,
                status: .finished
            )
        }
    }

    /// Part-way through 2563: two courses finished, one under way (two of five days held), one open.
    static func plans2563(_ index: Int) -> [CoursePlan] {
        let first = 20 + index * 7 % 9
        let second = 22 + index * 5 % 8
        return [
            CoursePlan(month: 2, people: first, completing: first - 1 - index % 3, sessionsHeld: 5, status: .finished),
            CoursePlan(
                month: 3,
                people: second,
                completing: second - 2 + index % 2,
                sessionsHeld: 5,
                status: .finished
            ),
            CoursePlan(month: 6, people: 16 + index * 3 % 8, completing: 0, sessionsHeld: 2, status: .running),
            CoursePlan(month: 8, people: 8 + index * 4 % 7, completing: 0, sessionsHeld: 0, status: .open),
        ]
    }

    private static func course(
        _ plan: CoursePlan,
        cycle: Cycle,
        estate: Estate,
        occupation: Occupation,
        provider: Organisation?,
        slot: Int,
        generator: inout SyntheticPeople.Generator,
        on database: any Database
    ) async throws {
        let sql = database.sql
        let gregorian = cycle.fiscalYear - ThaiCalendar.buddhistEraOffset
        let first = ThaiCalendar.Day(year: gregorian, month: plan.month, day: 3 + (estate.code.count + slot) % 12)
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
        course.capacity = 30
        course.minimumPercent = 80
        course.status = plan.status
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
        // The estate's people registered for this cycle who are not yet in one of its courses.
        struct Person: Decodable { let id: UUID }
        let window = ProgressQueries.registrationWindow(cycle)
        let people = try await sql.select().column(SQLColumn("id", table: "p")).from(Participant.schema, as: "p")
            .where(SQLColumn("estate_id", table: "p"), .equal, SQLBind(try estate.requireID()))
            .where(SQLColumn("created_at", table: "p"), .greaterThanOrEqual, SQLBind(window.from))
            .where(SQLColumn("created_at", table: "p"), .lessThan, SQLBind(window.to))
            .where(
                SQLQueryString(
                    "NOT EXISTS (SELECT 1 FROM enrolments en JOIN courses co ON co.id = en.course_id WHERE en.participant_id = p.id AND co.cycle_id = \(bind: try cycle.requireID()))"
                )
            )
            .orderBy(SQLColumn("sort_key", table: "p")).limit(plan.people).all(decoding: Person.self)
        guard !people.isEmpty else { return }
        // Which of them complete: `plan.completing`, chosen at random, not the first in the list.
        var completes =
            Array(repeating: true, count: min(plan.completing, people.count))
            + Array(repeating: false, count: max(0, people.count - plan.completing))
        completes.shuffle(using: &generator)
        var enrolments: [[any SQLExpression]] = []
        var attendance: [[any SQLExpression]] = []
        let recordedAt = day(first, plus: 5).startInBangkok
        for (person, completing) in zip(people, completes) {
            let enrolmentID = UUID()
            let roll = Int.random(in: 0..<100, using: &generator)
            // Completers attend every day or miss one (still 80 %); the others drop out after the
            // first day or miss two (60 %).
            let finished = plan.sessionsHeld == sessions.count
            let dropsOut = finished && !completing && roll % 2 == 0
            let missed = !finished ? 0 : completing ? (roll < 75 ? 0 : 1) : dropsOut ? 4 : 2
            var marks: [Completion.Session] = []
            for (index, session) in sessions.enumerated() where index < plan.sessionsHeld {
                let mark: AttendanceMark =
                    index >= sessions.count - missed
                    ? (roll % 3 == 0 ? .excused : .absent) : (roll % 7 == 0 && index == 1 ? .late : .present)
                marks.append(Completion.Session(hours: 6, mark: mark))
                attendance.append([
                    SQLBind(session), SQLBind(enrolmentID), SQLBind(mark.rawValue),
                    SQLBind((index + roll) % 3 == 0 ? AttendanceSource.paper.rawValue : AttendanceSource.app.rawValue),
                    SQLBind("demo"), SQLBind(recordedAt),
                ])
            }
            let complete = finished && Completion.isComplete(marks, minimumPercent: 80)
            let status: EnrolmentStatus = dropsOut ? .dropped : complete ? .completed : .enrolled
            enrolments.append([
                SQLBind(enrolmentID), SQLBind(recordedAt), SQLBind(recordedAt), SQLBind(courseID), SQLBind(person.id),
                SQLBind(status.rawValue), SQLBind(complete), SQLBind(status == .dropped ? "ย้ายไปทำงานต่างจังหวัด" : nil),
            ])
        }
        try await insertEnrolments(enrolments, on: sql)
        if !attendance.isEmpty {
            try await sql.insert(into: AttendanceRecord.schema)
                .columns("session_id", "enrolment_id", "mark", "source", "recorded_by_name", "recorded_at")
                .rows(attendance).run()
        }
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
