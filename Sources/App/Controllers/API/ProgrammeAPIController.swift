import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/cycles`, `/courses`, `/sessions`: the same services and scopes as the pages.
enum ProgrammeAPIController {
    struct Target: Content {
        let trained: Int
        let certified: Int
        let livelihoods: Int
        let income_per_community_baht: String
    }

    struct Actual: Content {
        let registered: Int
        let enrolled: Int
        let completed: Int
    }

    struct CycleEstateItem: Content {
        let estate_id: UUID
        let estate_code: String
        let target: Target
        let actual: Actual
    }

    struct CycleItem: Content {
        let id: UUID
        let fiscal_year: Int
        let name_th: String
        let name_en: String
        let status: String
        var estates: [CycleEstateItem]?
        /// Enrolled and completed people by age group (one cycle only), as on the cycle page.
        var age_groups: [AgeGroupItem]?
    }

    struct AgeGroupItem: Content {
        /// working_age, near_retirement, elderly, or outside (younger than the cycle's bands)
        let age_group: String
        let enrolled: Int
        let completed: Int
    }

    static func cycles(req: Request) async throws -> [CycleItem] {
        try await CycleQueries.all(on: req.db).map { item($0) }
    }

    static func cycle(req: Request) async throws -> CycleItem {
        let cycle = try await req.scoped.cycle()
        var result = item(cycle)
        result.estates = try await ProgressQueries.rows(cycle, on: req.db).map {
            CycleEstateItem(
                estate_id: $0.estate_id,
                estate_code: $0.estate_code,
                target: Target(
                    trained: $0.target_trained,
                    certified: $0.target_certified,
                    livelihoods: $0.target_livelihoods,
                    income_per_community_baht: Satang($0.target_income_satang).plainBaht
                ),
                actual: Actual(registered: $0.registered, enrolled: $0.enrolled, completed: $0.completed)
            )
        }
        let bands = cycle.ageBands.flatMap(AgeBands.init(parsing:)) ?? req.sanfan.settings.ageBands
        result.age_groups = try await ProgressQueries.ageGroups(cycle, bands: bands, on: req.db).map {
            AgeGroupItem(age_group: $0.age_group, enrolled: $0.enrolled, completed: $0.completed)
        }
        return result
    }

    private static func item(_ cycle: Cycle) -> CycleItem {
        CycleItem(
            id: cycle.id!,
            fiscal_year: cycle.fiscalYear,
            name_th: cycle.nameTh,
            name_en: cycle.nameEn,
            status: cycle.status.rawValue,
            estates: nil,
            age_groups: nil
        )
    }

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

    struct CourseBody: Content {
        var cycle_id: UUID?
        var estate_id: UUID?
        var occupation_id: UUID?
        var provider_id: UUID?
        var title_th: String?
        var venue: String?
        var first_day: String?
        var last_day: String?
        var hours: Double?
        var capacity: Int?
        var minimum_percent: Int?
        var status: String?
    }

    static func createCourse(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let body = try req.content.decode(CourseBody.self)
        let input = Courses.Input(
            cycleID: body.cycle_id?.uuidString ?? "",
            estateID: body.estate_id?.uuidString ?? "",
            occupationID: body.occupation_id?.uuidString ?? "",
            providerID: body.provider_id?.uuidString ?? "",
            titleTh: body.title_th ?? "",
            venue: body.venue ?? "",
            firstDay: body.first_day ?? "",
            lastDay: body.last_day ?? "",
            hours: body.hours.map { String($0) } ?? "",
            capacity: body.capacity.map(String.init) ?? "",
            minimumPercent: String(body.minimum_percent ?? 80),
            status: body.status ?? CourseStatus.open.rawValue
        )
        let course = Course()
        try await Courses.save(course, input, by: principal, at: req.sanfan.clock.now(), on: req.db)
        return try created(item(course), at: "/api/v1/courses/\(try course.requireID())")
    }

    struct SessionBody: Content {
        var day: String?
        var starts_at: String?
        var ends_at: String?
        var topic: String?
        var hours: Double?
    }

    static func addSession(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let course = try await req.scoped.course()
        guard AccessPolicy.canReach(estate: course.$estate.id, principal) else {
            throw ApiError(.forbidden, code: "forbidden", .apiForbidden)
        }
        let body = try req.content.decode(SessionBody.self)
        let session = try await Courses.addSession(
            to: course,
            .init(
                day: body.day ?? "",
                startsAt: body.starts_at ?? "",
                endsAt: body.ends_at ?? "",
                topic: body.topic ?? "",
                hours: body.hours.map { String($0) } ?? ""
            ),
            by: principal,
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
        return EnrolmentList(
            items: try await CourseQueries.roster(course: course.requireID(), on: req.db).map {
                EnrolmentItem(
                    id: $0.enrolment_id,
                    participant_id: $0.participant_id,
                    name: $0.displayName,
                    status: $0.status,
                    attendance_complete: $0.attendance_complete,
                    override_complete: $0.override_complete,
                    override_reason: $0.override_reason,
                    dropped_reason: $0.dropped_reason
                )
            }
        )
    }

    struct EnrolBody: Content {
        var participant_ids: [UUID]?
    }

    struct EnrolResult: Content {
        let enrolled: Int
        let waiting: Int
    }

    static func enrol(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let course = try await req.scoped.course()
        guard AccessPolicy.canReach(estate: course.$estate.id, principal) else {
            throw ApiError(.forbidden, code: "forbidden", .apiForbidden)
        }
        let body = try req.content.decode(EnrolBody.self)
        let outcome = try await Courses.enrol(
            body.participant_ids ?? [],
            in: course,
            by: principal,
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            EnrolResult(enrolled: outcome.enrolled, waiting: outcome.waiting),
            at: "/api/v1/courses/\(try course.requireID())/enrolments"
        )
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
