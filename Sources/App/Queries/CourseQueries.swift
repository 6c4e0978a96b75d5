import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Course lists and rosters, always inside the user's course scope.
enum CourseQueries {
    struct Filter: Sendable {
        var cycleID: UUID?
        var estateID: UUID?
        var status: CourseStatus?
    }

    struct Row: Decodable, Sendable {
        let id: UUID
        let title_th: String
        let first_day: String
        let last_day: String
        let capacity: Int
        let status: String
        let estate_name_th: String
        let estate_name_en: String
        let occupation_name_th: String
        let occupation_name_en: String
        let provider_short_name: String?
        let fiscal_year: Int
        let seated: Int
        let waiting: Int
        let completed: Int
        let sessions: Int
    }

    /// Courses newest first, with their counts (each an indexed count on one course).
    static func list(
        _ filter: Filter,
        scope: CourseScope,
        limit: Int = 200,
        on database: any Database
    ) async throws
        -> [Row]
    {
        let sql = database.sql
        func count(_ statuses: String) -> SQLGroupExpression {
            SQLGroupExpression(
                SQLRaw("SELECT COUNT(*) FROM enrolments en WHERE en.course_id = co.id AND en.status IN (\(statuses))")
            )
        }
        var query = sql.select()
            .column(SQLColumn("id", table: "co")).column(SQLColumn("title_th", table: "co"))
            .column(SQLColumn("first_day", table: "co")).column(SQLColumn("last_day", table: "co"))
            .column(SQLColumn("capacity", table: "co")).column(SQLColumn("status", table: "co"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("name_th", table: "o"), as: "occupation_name_th")
            .column(SQLColumn("name_en", table: "o"), as: "occupation_name_en")
            .column(SQLColumn("short_name", table: "pr"), as: "provider_short_name")
            .column(SQLColumn("fiscal_year", table: "cy"))
            .column(count("'enrolled','completed'"), as: "seated")
            .column(count("'waiting'"), as: "waiting")
            .column(count("'completed'"), as: "completed")
            .column(
                SQLGroupExpression(SQLRaw("SELECT COUNT(*) FROM course_sessions cs WHERE cs.course_id = co.id")),
                as: "sessions"
            )
            .from(Course.schema, as: "co")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "co"), equals: SQLColumn("id", table: "e"))
            .join(
                Occupation.schema,
                as: "o",
                on: SQLColumn("occupation_id", table: "co"),
                equals: SQLColumn("id", table: "o")
            )
            .join(Cycle.schema, as: "cy", on: SQLColumn("cycle_id", table: "co"), equals: SQLColumn("id", table: "cy"))
            .join(
                Organisation.schema,
                as: "pr",
                method: .left,
                on: SQLColumn("provider_id", table: "co"),
                equals: SQLColumn("id", table: "pr")
            )
            .whereCourses(in: scope)
        if let cycle = filter.cycleID {
            query = query.where(SQLColumn("cycle_id", table: "co"), .equal, SQLBind(cycle))
        }
        if let estate = filter.estateID {
            query = query.where(SQLColumn("estate_id", table: "co"), .equal, SQLBind(estate))
        }
        if let status = filter.status {
            query = query.where(SQLColumn("status", table: "co"), .equal, SQLBind(status.rawValue))
        }
        return try await query.orderBy(
            SQLOrderBy(expression: SQLColumn("first_day", table: "co"), direction: SQLDirection.descending)
        )
        .orderBy(SQLColumn("id", table: "co")).limit(limit).all(decoding: Row.self)
    }

    /// One course, only if within scope.
    static func find(_ id: UUID, scope: CourseScope, on database: any Database) async throws -> Course? {
        let query = Course.query(on: database).filter(\.$id == id)
        switch scope {
        case .everything: break
        case .estates(let ids): query.filter(\.$estate.$id ~~ ids)
        case .provider(let organisation): query.filter(\.$provider.$id == organisation)
        case .nothing: return nil
        }
        return try await query.first()
    }

    /// How many courses a cycle holds at any of `estates`.
    static func count(cycle: UUID, estates: [UUID], on database: any Database) async throws -> Int {
        try await Course.query(on: database).filter(\.$cycle.$id == cycle).filter(\.$estate.$id ~~ estates).count()
    }

    /// Courses by id, newest first: the rows of a list already narrowed by scope.
    static func courses(_ ids: [UUID], on database: any Database) async throws -> [Course] {
        try await Course.query(on: database).filter(\.$id ~~ ids).sort(\.$firstDay, .descending).all()
    }

    /// A course's sessions in the order they are held. Takes the course, already reached through
    /// its scope.
    static func sessions(of course: Course, on database: any Database) async throws -> [CourseSession] {
        try await CourseSession.query(on: database).filter(\.$course.$id == course.requireID())
            .sort(\.$day).sort(\.$startsAt).all()
    }

    /// A course's enrolments in `statuses` (all when empty), oldest first.
    static func enrolments(
        of course: Course,
        _ statuses: [EnrolmentStatus] = [],
        on database: any Database
    ) async throws -> [Enrolment] {
        let query = try Enrolment.query(on: database).filter(\.$course.$id == course.requireID())
        if !statuses.isEmpty { query.filter(\.$status ~~ statuses) }
        return try await query.sort(\.$createdAt).sort(\.$id).all()
    }

    /// The enrolments of some of the people in a course, each with its person.
    static func enrolments(
        of course: Course,
        people: [UUID],
        on database: any Database
    ) async throws -> [Enrolment] {
        try await Enrolment.query(on: database).filter(\.$course.$id == course.requireID())
            .filter(\.$participant.$id ~~ people).with(\.$participant).all()
    }

    /// How many seats are taken (enrolled or completed).
    static func seatsTaken(in course: Course, on database: any Database) async throws -> Int {
        try await Enrolment.query(on: database).filter(\.$course.$id == course.requireID())
            .filter(\.$status ~~ EnrolmentStatus.seatHolders).count()
    }

    /// The person waiting longest for a seat.
    static func firstWaiting(in course: Course, on database: any Database) async throws -> Enrolment? {
        try await Enrolment.query(on: database).filter(\.$course.$id == course.requireID())
            .filter(\.$status == .waiting).sort(\.$createdAt).sort(\.$id).first()
    }

    /// How many of a course's sessions fall outside `first`…`last` (ISO days).
    static func sessionsOutside(
        _ course: Course,
        first: String,
        last: String,
        on database: any Database
    )
        async throws -> Int
    {
        try await CourseSession.query(on: database).filter(\.$course.$id == course.requireID())
            .group(.or) { $0.filter(\.$day < first).filter(\.$day > last) }.count()
    }

    /// A session and its course, only if the course is within scope.
    static func session(
        _ id: UUID,
        scope: CourseScope,
        on database: any Database
    ) async throws
        -> (CourseSession, Course)?
    {
        try await withCourse(CourseSession.self, id, course: \.$course.id, scope: scope, on: database)
    }

    /// An enrolment and its course, only if the course is within scope.
    static func enrolment(
        _ id: UUID,
        scope: CourseScope,
        on database: any Database
    ) async throws
        -> (Enrolment, Course)?
    {
        try await withCourse(Enrolment.self, id, course: \.$course.id, scope: scope, on: database)
    }

    /// A record that belongs to a course, with that course, when the course is within scope: a
    /// child is reached through its parent's scope, never on its own.
    private static func withCourse<M: Model>(
        _ type: M.Type,
        _ id: UUID,
        course: KeyPath<M, UUID>,
        scope: CourseScope,
        on database: any Database
    ) async throws -> (M, Course)? where M.IDValue == UUID {
        guard let record = try await M.find(id, on: database),
            let parent = try await find(record[keyPath: course], scope: scope, on: database)
        else { return nil }
        return (record, parent)
    }

    struct PersonCourse: Decodable, Sendable {
        let course_id: UUID
        let title_th: String
        let first_day: String
        let estate_id: UUID
        let provider_id: UUID?
        let fiscal_year: Int
        let status: String
    }

    /// The courses one person has been in, newest first (for their page).
    static func courses(of participant: UUID, on database: any Database) async throws -> [PersonCourse] {
        try await database.sql.select()
            .column(SQLColumn("id", table: "co"), as: "course_id").column(SQLColumn("title_th", table: "co"))
            .column(SQLColumn("first_day", table: "co")).column(SQLColumn("estate_id", table: "co"))
            .column(SQLColumn("provider_id", table: "co")).column(SQLColumn("fiscal_year", table: "cy"))
            .column(SQLColumn("status", table: "en"))
            .from(Enrolment.schema, as: "en")
            .join(
                Course.schema,
                as: "co",
                on: SQLColumn("course_id", table: "en"),
                equals: SQLColumn("id", table: "co")
            )
            .join(Cycle.schema, as: "cy", on: SQLColumn("cycle_id", table: "co"), equals: SQLColumn("id", table: "cy"))
            .where(SQLColumn("participant_id", table: "en"), .equal, SQLBind(participant))
            .orderBy(SQLOrderBy(expression: SQLColumn("first_day", table: "co"), direction: SQLDirection.descending))
            .all(decoding: PersonCourse.self)
    }

    struct RosterRow: Decodable, Sendable {
        let enrolment_id: UUID
        let participant_id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let community_name: String?
        let status: String
        let attendance_complete: Bool
        let override_complete: Bool?
        let override_reason: String?
        let dropped_reason: String?

        var displayName: String { "\(prefix)\(first_name_th) \(last_name_th)" }
    }

    /// Everyone in a course, seated first, in Thai dictionary order.
    ///
    /// A trainer sees the names of the people in their own course and nothing else about them:
    /// the enrolment itself is what lets them take the register.
    static func roster(
        course: UUID,
        seatedOnly: Bool = false,
        on database: any Database
    ) async throws
        -> [RosterRow]
    {
        var query = database.sql.select()
            .column(SQLColumn("id", table: "en"), as: "enrolment_id")
            .column(SQLColumn("participant_id", table: "en"))
            .column(SQLColumn("prefix", table: "p")).column(SQLColumn("first_name_th", table: "p"))
            .column(SQLColumn("last_name_th", table: "p"))
            .column(SQLColumn("name_th", table: "c"), as: "community_name")
            .column(SQLColumn("status", table: "en")).column(SQLColumn("attendance_complete", table: "en"))
            .column(SQLColumn("override_complete", table: "en")).column(SQLColumn("override_reason", table: "en"))
            .column(SQLColumn("dropped_reason", table: "en"))
            .from(Enrolment.schema, as: "en")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "en"),
                equals: SQLColumn("id", table: "p")
            )
            .join(
                Community.schema,
                as: "c",
                method: .left,
                on: SQLColumn("community_id", table: "p"),
                equals: SQLColumn("id", table: "c")
            )
            .where(SQLColumn("course_id", table: "en"), .equal, SQLBind(course))
        if seatedOnly {
            query = query.where(
                SQLColumn("status", table: "en"),
                .in,
                SQLBind.group(EnrolmentStatus.seatHolders.map(\.rawValue))
            )
        }
        return try await query.orderBy(SQLColumn("sort_key", table: "p")).orderBy(SQLColumn("id", table: "en"))
            .all(decoding: RosterRow.self)
    }
}

/// Attendance marks, read back for pages and for computing completion.
enum AttendanceQueries {
    /// enrolment → session → mark, for one course.
    static func marks(course: UUID, on database: any Database) async throws -> [UUID: [UUID: AttendanceMark]] {
        struct Row: Decodable {
            let session_id: UUID
            let enrolment_id: UUID
            let mark: String
        }
        let rows = try await database.sql.select()
            .column(SQLColumn("session_id", table: "a")).column(SQLColumn("enrolment_id", table: "a"))
            .column(SQLColumn("mark", table: "a"))
            .from(AttendanceRecord.schema, as: "a")
            .join(
                CourseSession.schema,
                as: "s",
                on: SQLColumn("session_id", table: "a"),
                equals: SQLColumn("id", table: "s")
            )
            .where(SQLColumn("course_id", table: "s"), .equal, SQLBind(course))
            .all(decoding: Row.self)
        var result: [UUID: [UUID: AttendanceMark]] = [:]
        for row in rows {
            guard let mark = AttendanceMark(rawValue: row.mark) else { continue }
            result[row.enrolment_id, default: [:]][row.session_id] = mark
        }
        return result
    }
}
