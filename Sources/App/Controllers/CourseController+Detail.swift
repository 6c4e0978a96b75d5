import Fluent
import Foundation
import SanfanCore
import Vapor

/// One course: its sessions, who is in it and how far each has got; adding sessions and people.
extension CourseController {
    static func show(req: Request) async throws -> Response {
        let course = try await req.scoped.course()
        return try await renderDetail(course, sessionErrors: [:], sessionValues: [:], req)
    }

    static func renderDetail(
        _ course: Course,
        sessionErrors: [String: String],
        sessionValues: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let t = req.localizer
        let courseID = try course.requireID()
        let cycle = try await course.$cycle.get(on: req.db)
        let estate = try await course.$estate.get(on: req.db)
        let occupation = try await course.$occupation.get(on: req.db)
        let provider = try await course.$provider.get(on: req.db)
        let sessions = try await CourseQueries.sessions(of: course, on: req.db)
        let roster = try await CourseQueries.roster(course: courseID, on: req.db)
        let marks = try await AttendanceQueries.marks(course: courseID, on: req.db)
        let canManage =
            AccessPolicy.can(principal, .manageCourses) && AccessPolicy.canReach(estate: course.$estate.id, principal)
        let editable = CycleRules.canChange(cycle.status, principal)
        var model = CourseDetail.Model(
            id: courseID,
            title: course.titleTh,
            canManage: canManage && editable,
            canMark: editable,
            seeParticipants: AccessPolicy.can(principal, .viewPersonalData)
                && AccessPolicy.canReach(estate: course.$estate.id, principal)
        )
        model.facts = [
            (t(.occupation), thai ? occupation.nameTh : occupation.nameEn),
            (t(.estate), thai ? estate.nameTh : estate.nameEn),
            (t(.cycle), thai ? cycle.nameTh : cycle.nameEn),
            (t(.provider), provider.map { "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)" } ?? t(.noProvider)),
            (t(.venue), course.venue),
            (t(.courseDays), "\(t.day(course.firstDay)) – \(t.day(course.lastDay))"),
            (t(.courseHours), t(.hoursValue, DayText.hours(course.hours))),
            (t(.capacity), String(course.capacity)),
            (t(.minimumAttendance), "\(course.minimumPercent) %"),
            (t(.status), t(ProgrammeText.courseStatus(course.status))),
        ]
        if !editable { model.notice = t(.cycleClosed) }
        model.sessions = sessions.map {
            CourseDetail.SessionRow(
                id: $0.id!,
                day: t.day($0.day),
                time: "\($0.startsAt)–\($0.endsAt)",
                topic: $0.topic,
                hours: DayText.hours($0.hours),
                marked: marks.values.filter { [id = $0.id!] in $0[id] != nil }.count
            )
        }
        let plannedHours = sessions.reduce(0) { $0 + $1.hours }
        model.plannedHours = DayText.hours(plannedHours)
        model.people = roster.map { row in
            let status = EnrolmentStatus(rawValue: row.status) ?? .enrolled
            let percent = Completion.percentAttended(
                sessions.map { Completion.Session(hours: $0.hours, mark: marks[row.enrolment_id]?[$0.id!]) }
            )
            return CourseDetail.Person(
                enrolmentID: row.enrolment_id,
                participantID: row.participant_id,
                name: row.displayName,
                community: row.community_name,
                status: status,
                percent: status.holdsSeat ? String(format: "%.0f %%", percent) : "—",
                attendanceComplete: row.attendance_complete,
                override: row.override_complete,
                note: row.override_reason ?? row.dropped_reason
            )
        }
        model.sessionValues =
            sessionValues.isEmpty
            ? ["day": "", "starts_at": "09:00", "ends_at": "16:00", "topic": "", "hours": ""] : sessionValues
        model.sessionErrors = sessionErrors
        return CourseDetail.view(model, req.pageContext()).response(status: status)
    }

    // MARK: - Sessions

    static func addSession(req: Request) async throws -> Response {
        let course = try await req.scoped.managedCourse()
        let form = try req.input(Courses.SessionInput.self)
        do {
            _ = try await Courses.addSession(
                to: course,
                form,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await renderDetail(
                course,
                sessionErrors: errors.localized(req.localizer),
                sessionValues: form.values,
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.sessionAdded)
        return req.redirect(to: SiteURL.course(try course.requireID()).path + "#sessions")
    }

    // MARK: - Enrolment

    static func enrolPicker(req: Request) async throws -> Response {
        let course = try await req.scoped.managedCourse()
        return try await renderPicker(course, error: nil, req)
    }

    private static func renderPicker(
        _ course: Course,
        error: String?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let courseID = try course.requireID()
        let search = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        var filter = ParticipantQueries.Filter(search: search)
        filter.estateID = course.$estate.id
        filter.after = (req.query[String.self, at: "after"]).flatMap(ParticipantQueries.Cursor.init(token:))
        let deps = ParticipantController.dependencies(req)
        let rows = try await ParticipantQueries.page(
            filter,
            scope: AccessPolicy.recordScope(for: principal),
            today: ThaiCalendar.Day.containing(deps.clock.now()),
            bands: deps.bands,
            vault: deps.vault,
            on: req.db
        )
        let enrolled = Set(
            try await CourseQueries.enrolments(of: course, people: rows.map(\.id), on: req.db).map(\.$participant.id)
        )
        let seated = try await CourseQueries.seatsTaken(in: course, on: req.db)
        var model = EnrolPicker.Model(id: courseID, title: course.titleTh, search: search, error: error)
        model.seatsLeft = max(0, course.capacity - seated)
        model.rows = rows.prefix(ParticipantQueries.pageSize).map {
            EnrolPicker.Row(
                id: $0.id,
                name: $0.displayName,
                community: $0.community_name,
                born: req.localizer.day($0.birth_date),
                alreadyIn: enrolled.contains($0.id)
            )
        }
        if rows.count > ParticipantQueries.pageSize, let last = rows.prefix(ParticipantQueries.pageSize).last {
            var components = URLComponents()
            components.queryItems = [
                URLQueryItem(name: "q", value: search),
                URLQueryItem(
                    name: "after",
                    value: ParticipantQueries.Cursor(sortKey: last.sort_key, id: last.id).token
                ),
            ]
            model.nextPage = SiteURL.courseEnrol(courseID).path + "?" + (components.percentEncodedQuery ?? "")
        }
        return EnrolPicker.view(model, req.pageContext()).response(status: status)
    }

    static func enrol(req: Request) async throws -> Response {
        let course = try await req.scoped.managedCourse()
        let input = try req.input(Courses.EnrolInput.self)
        let t = req.localizer
        do {
            let outcome = try await Courses.enrol(
                try input.ids(),
                in: course,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash =
                outcome.waiting == 0
                ? t(.peopleEnrolled, String(outcome.enrolled))
                : t(.peopleEnrolledWaiting, String(outcome.enrolled), String(outcome.waiting))
            return req.redirect(to: SiteURL.course(try course.requireID()).path + "#people")
        } catch let errors as FieldErrors {
            let message = errors.localized(t).values.sorted().joined(separator: " ")
            return try await renderPicker(course, error: message, req, status: .unprocessableEntity)
        }
    }

    static func drop(req: Request) async throws -> Response {
        let (enrolment, course) = try await req.scoped.managedEnrolment()
        let form = try req.input(Courses.DropInput.self)
        return try await afterChange(course, req) {
            try await Courses.drop(
                enrolment,
                reason: form.reason,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            return req.localizer(.personDropped)
        }
    }

    static func overrideCompletion(req: Request) async throws -> Response {
        let (enrolment, course) = try await req.scoped.managedEnrolment()
        let form = try req.input(Courses.CompletionInput.self)
        return try await afterChange(course, req) {
            try await Courses.overrideCompletion(
                enrolment,
                complete: try form.decided(),
                reason: form.reason,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            return req.localizer(.completionSaved)
        }
    }

    /// Runs a change and returns to the course, with the change's message or the reason it was refused.
    private static func afterChange(
        _ course: Course,
        _ req: Request,
        _ change: () async throws -> String
    )
        async throws -> Response
    {
        do {
            req.flash = try await change()
        } catch let errors as FieldErrors {
            req.flash = errors.localized(req.localizer).values.sorted().joined(separator: " ")
        }
        return req.redirect(to: SiteURL.course(try course.requireID()).path + "#people")
    }

}
