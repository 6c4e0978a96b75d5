import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Attendance, the lock on a course's seats, and completion recomputed from the hours attended.
extension Courses {
    /// Saves the marks for one session: every mark must be for someone holding a seat. `rest`, if
    /// given, marks every seat holder the marks leave out ("everyone else was present"); otherwise
    /// marks not given are left as they were. Returns how many marks were recorded.
    @discardableResult
    static func markAttendance(
        _ session: CourseSession,
        marks given: [UUID: AttendanceMark],
        rest: AttendanceMark? = nil,
        source: AttendanceSource,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Int {
        let course = try await session.$course.get(on: database)
        try await requireOpenCycle(course.$cycle.id, principal, on: database)
        if session.day < course.firstDay || session.day > course.lastDay {
            throw FieldErrors(fields: ["session": .dayOutsideCourse])
        }
        let seated = try await CourseQueries.enrolments(of: course, EnrolmentStatus.seatHolders, on: database)
        let seatedIDs = Set(seated.compactMap(\.id))
        var marks = given
        if let rest { for id in seatedIDs where marks[id] == nil { marks[id] = rest } }
        guard !marks.isEmpty else { throw FieldErrors(fields: ["marks": .nobodyChosen]) }
        let strangers = marks.keys.filter { !seatedIDs.contains($0) }
        guard strangers.isEmpty else { throw FieldErrors(fields: ["marks": .notEnrolled]) }
        let sessionID = try session.requireID()
        let recorded = marks
        try await database.writing { db in
            let sql = db.sql
            let ids = recorded.keys.sorted { $0.uuidString < $1.uuidString }
            try await sql.delete(from: AttendanceRecord.schema).where("session_id", .equal, SQLBind(sessionID))
                .where("enrolment_id", .in, SQLBind.group(ids)).run()
            try await sql.insert(into: AttendanceRecord.schema)
                .columns("session_id", "enrolment_id", "mark", "source", "recorded_by_name", "recorded_at")
                .rows(
                    ids.map {
                        [
                            SQLBind(sessionID), SQLBind($0), SQLBind(recorded[$0]!.rawValue), SQLBind(source.rawValue),
                            SQLBind(principal.username), SQLBind(now),
                        ]
                    }
                )
                .run()
            var after = Dictionary(
                uniqueKeysWithValues: ids.map { ($0.uuidString.lowercased(), recorded[$0]!.rawValue) }
            )
            after["source"] = source.rawValue
            try await Audit.record(
                .update,
                entity: AttendanceRecord.schema,
                id: sessionID.uuidString.lowercased(),
                before: nil,
                after: after,
                by: .init(principal),
                at: now,
                on: db
            )
            try await recompute(course, on: db)
        }
        return recorded.count
    }

    /// Serialises changes to one course's seats across app servers: on PostgreSQL the course row is
    /// locked until the transaction ends, so two officers enrolling at once cannot both take the
    /// last seat. SQLite already runs one writing transaction at a time.
    static func lock(_ courseID: UUID, on database: any Database) async throws {
        guard !database.isSQLite else { return }
        try await database.sql.raw("SELECT id FROM courses WHERE id = \(bind: courseID) FOR UPDATE").run()
    }

    /// Recomputes everyone's completion in a course from its sessions and attendance, and moves
    /// their status between enrolled and completed (an override wins over the computed answer).
    static func recompute(_ course: Course, on database: any Database) async throws {
        let courseID = try course.requireID()
        let sessions = try await CourseQueries.sessions(of: course, on: database)
        let enrolments = try await CourseQueries.enrolments(of: course, EnrolmentStatus.seatHolders, on: database)
        guard !enrolments.isEmpty else { return }
        let marks = try await AttendanceQueries.marks(course: courseID, on: database)
        for enrolment in enrolments {
            let id = try enrolment.requireID()
            let complete = Completion.isComplete(
                sessions.map { Completion.Session(hours: $0.hours, mark: marks[id]?[$0.id!]) },
                minimumPercent: course.minimumPercent
            )
            let status: EnrolmentStatus = (enrolment.overrideComplete ?? complete) ? .completed : .enrolled
            guard complete != enrolment.attendanceComplete || status != enrolment.status else { continue }
            enrolment.attendanceComplete = complete
            enrolment.status = status
            try await enrolment.save(on: database)
        }
    }
}
