import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/courses`, `/sessions`, `/enrolments`: the same services, inputs and scopes as the pages.
enum ProgrammeAPIController {
    // MARK: - Courses

    struct SessionItem: Content {
        let id: UUID
        let day: String
        let starts_at: String
        let ends_at: String
        let topic: String
        let hours: Double
    }

    struct CourseItem: Content {
        let id: UUID
        let cycle_id: UUID
        let estate_id: UUID
        let occupation_id: UUID
        let provider_id: UUID?
        let title_th: String
        let venue: String
        let first_day: String
        let last_day: String
        let hours: Double
        let capacity: Int
        let minimum_percent: Int
        let status: String
        var sessions: [SessionItem]?
    }

    struct CourseList: Content {
        let items: [CourseItem]
    }

    static func courses(req: Request) async throws -> CourseList {
        let principal = try req.requirePrincipal()
        var filter = CourseQueries.Filter()
        filter.cycleID = req.query[UUID.self, at: "cycle_id"]
        filter.estateID = req.query[UUID.self, at: "estate_id"]
        let ids = try await CourseQueries.list(filter, scope: AccessPolicy.courseScope(for: principal), on: req.db)
            .map(\.id)
        let courses = try await CourseQueries.courses(ids, on: req.db)
        return CourseList(items: courses.map { item($0) })
    }

    static func course(req: Request) async throws -> CourseItem {
        let course = try await req.scoped.course()
        var result = item(course)
        result.sessions = try await CourseQueries.sessions(of: course, on: req.db).map(item)
        return result
    }

    static func createCourse(req: Request) async throws -> Response {
        let course = Course()
        try await Courses.save(
            course,
            try req.input(Courses.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(item(course), at: "/api/v1/courses/\(try course.requireID())")
    }

    /// Changes what a PATCH names; the rest stays as stored.
    static func updateCourse(req: Request) async throws -> CourseItem {
        let course = try await req.scoped.managedCourse()
        try await Courses.save(
            course,
            try req.patch(Courses.Input(stored: course)),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        var result = item(course)
        result.sessions = try await CourseQueries.sessions(of: course, on: req.db).map(item)
        return result
    }

    static func addSession(req: Request) async throws -> Response {
        let course = try await req.scoped.managedCourse()
        let session = try await Courses.addSession(
            to: course,
            try req.input(Courses.SessionInput.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(item(session), at: "/api/v1/courses/\(try course.requireID())")
    }

    // MARK: - Enrolments

    struct EnrolmentItem: Content {
        let id: UUID
        let participant_id: UUID
        let name: String
        let status: String
        let attendance_complete: Bool
        let override_complete: Bool?
        let override_reason: String?
        let dropped_reason: String?
    }

    struct EnrolmentList: Content {
        let items: [EnrolmentItem]
    }

    static func enrolments(req: Request) async throws -> EnrolmentList {
        let course = try await req.scoped.course()
        return EnrolmentList(items: try await CourseQueries.roster(course: course.requireID(), on: req.db).map(item))
    }

    private static func enrolmentItem(_ id: UUID, of course: Course, _ req: Request) async throws -> EnrolmentItem {
        let roster = try await CourseQueries.roster(course: course.requireID(), on: req.db)
        guard let row = roster.first(where: { $0.enrolment_id == id }) else { throw Abort(.notFound) }
        return item(row)
    }

    private static func item(_ row: CourseQueries.RosterRow) -> EnrolmentItem {
        EnrolmentItem(
            id: row.enrolment_id,
            participant_id: row.participant_id,
            name: row.displayName,
            status: row.status,
            attendance_complete: row.attendance_complete,
            override_complete: row.override_complete,
            override_reason: row.override_reason,
            dropped_reason: row.dropped_reason
        )
    }

    struct EnrolResult: Content {
        let enrolled: Int
        let waiting: Int
    }

    static func enrol(req: Request) async throws -> Response {
        let course = try await req.scoped.managedCourse()
        let input = try req.input(Courses.EnrolInput.self)
        let outcome = try await Courses.enrol(
            try input.ids(),
            in: course,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            EnrolResult(enrolled: outcome.enrolled, waiting: outcome.waiting),
            at: "/api/v1/courses/\(try course.requireID())/enrolments"
        )
    }

    /// Takes someone out of a course, with the reason; their seat goes to the first person waiting.
    static func drop(req: Request) async throws -> EnrolmentItem {
        let (enrolment, course) = try await req.scoped.managedEnrolment()
        try await Courses.drop(
            enrolment,
            reason: try req.input(Courses.DropInput.self).reason,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await enrolmentItem(enrolment.requireID(), of: course, req)
    }

    /// Sets or clears an officer's decision on completion.
    static func overrideCompletion(req: Request) async throws -> EnrolmentItem {
        let (enrolment, course) = try await req.scoped.managedEnrolment()
        let input = try req.input(Courses.CompletionInput.self)
        try await Courses.overrideCompletion(
            enrolment,
            complete: try input.decided(),
            reason: input.reason,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await enrolmentItem(enrolment.requireID(), of: course, req)
    }

    // MARK: - Attendance

    struct MarkItem: Content {
        let enrolment_id: UUID
        let name: String?
        let mark: String?
    }

    struct AttendanceSheet: Content {
        let session: SessionItem
        let marks: [MarkItem]
    }

    static func attendance(req: Request) async throws -> AttendanceSheet {
        let (session, course) = try await req.scoped.session()
        let marks = try await AttendanceQueries.marks(course: course.requireID(), on: req.db)
        let roster = try await CourseQueries.roster(course: course.requireID(), seatedOnly: true, on: req.db)
        return AttendanceSheet(
            session: item(session),
            marks: roster.map {
                MarkItem(
                    enrolment_id: $0.enrolment_id,
                    name: $0.displayName,
                    mark: marks[$0.enrolment_id]?[session.id!]?.rawValue
                )
            }
        )
    }

    struct AttendanceBody: Content {
        var source: String?
        var marks: [MarkItem]?
    }

    static func markAttendance(req: Request) async throws -> AttendanceSheet {
        let principal = try req.requirePrincipal()
        let (session, _) = try await req.scoped.session()
        let body = try req.content.decode(AttendanceBody.self)
        var marks: [UUID: AttendanceMark] = [:]
        for entry in body.marks ?? [] {
            guard let mark = entry.mark.flatMap(AttendanceMark.init(rawValue:)) else {
                throw FieldErrors(fields: ["marks": .unknownChoice])
            }
            marks[entry.enrolment_id] = mark
        }
        let source = AttendanceSource(rawValue: body.source ?? "app") ?? .app
        try await Courses.markAttendance(
            session,
            marks: marks,
            source: source,
            by: principal,
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await attendance(req: req)
    }

    // MARK: - Helpers

    private static func item(_ course: Course) -> CourseItem {
        CourseItem(
            id: course.id!,
            cycle_id: course.$cycle.id,
            estate_id: course.$estate.id,
            occupation_id: course.$occupation.id,
            provider_id: course.$provider.id,
            title_th: course.titleTh,
            venue: course.venue,
            first_day: course.firstDay,
            last_day: course.lastDay,
            hours: course.hours,
            capacity: course.capacity,
            minimum_percent: course.minimumPercent,
            status: course.status.rawValue,
            sessions: nil
        )
    }

    private static func item(_ session: CourseSession) -> SessionItem {
        SessionItem(
            id: session.id!,
            day: session.day,
            starts_at: session.startsAt,
            ends_at: session.endsAt,
            topic: session.topic,
            hours: session.hours
        )
    }

    private static func created(_ value: some Content, at location: String) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(value, as: .json)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
