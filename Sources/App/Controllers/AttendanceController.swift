import Fluent
import Foundation
import SanfanCore
import Vapor

/// Taking the register: on a phone in the hall, or keyed in later from a signed paper sheet.
enum AttendanceController {
    static func show(req: Request) async throws -> Response {
        let (session, course) = try await req.scoped.session()
        let source = AttendanceSource(rawValue: req.query[String.self, at: "source"] ?? "") ?? .app
        return try await render(session, course, source: source, submitted: [:], error: nil, req)
    }

    static func save(req: Request) async throws -> Response {
        let (session, course) = try await req.scoped.session()
        let form = try req.content.decode([String: String].self)
        let source = AttendanceSource(rawValue: form["source"] ?? "") ?? .app
        var marks: [UUID: AttendanceMark] = [:]
        var unreadable = false
        for (name, value) in form where name.hasPrefix("mark_") {
            guard let id = UUID(uuidString: String(name.dropFirst(5))), let mark = AttendanceMark(rawValue: value)
            else {
                unreadable = true
                continue
            }
            marks[id] = mark
        }
        let t = req.localizer
        var recorded = 0
        do {
            if unreadable { throw FieldErrors(fields: ["marks": .unknownChoice]) }
            // "Everyone else is …": one choice marks the whole hall, with or without JavaScript.
            recorded = try await Courses.markAttendance(
                session,
                marks: marks,
                rest: AttendanceMark(rawValue: form["rest"] ?? ""),
                source: source,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await render(
                session,
                course,
                source: source,
                submitted: form,
                error: errors.localized(t).values.sorted().joined(separator: " "),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = t(.attendanceSaved, String(recorded))
        return req.redirect(to: SiteURL.course(try course.requireID()).path + "#sessions")
    }

    static func signInSheet(req: Request) async throws -> Response {
        let (session, course) = try await req.scoped.session()
        let thai = req.language == .thai
        let estate = try await course.$estate.get(on: req.db)
        let provider = try await course.$provider.get(on: req.db)
        let roster = try await CourseQueries.roster(course: course.requireID(), seatedOnly: true, on: req.db)
        let t = req.localizer
        let model = SignInSheet.Model(
            courseTitle: course.titleTh,
            estate: thai ? estate.nameTh : estate.nameEn,
            provider: provider.map { thai ? $0.nameTh : $0.nameEn },
            venue: course.venue,
            day: t.day(session.day),
            time: "\(session.startsAt)–\(session.endsAt)",
            topic: session.topic,
            people: roster.map { ($0.displayName, $0.community_name ?? "") },
            attendanceURL: SiteURL.attendance(try session.requireID()).path + "?source=paper"
        )
        return SignInSheet.view(model, req.pageContext()).response()
    }

    private static func render(
        _ session: CourseSession,
        _ course: Course,
        source: AttendanceSource,
        submitted: [String: String],
        error: String?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let sessionID = try session.requireID()
        let roster = try await CourseQueries.roster(course: course.requireID(), seatedOnly: true, on: req.db)
        let marks = try await AttendanceQueries.marks(course: course.requireID(), on: req.db)
        let t = req.localizer
        var model = AttendancePage.Model(
            sessionID: sessionID,
            courseID: try course.requireID(),
            courseTitle: course.titleTh,
            day: t.day(session.day),
            time: "\(session.startsAt)–\(session.endsAt)",
            topic: session.topic,
            source: source,
            error: error
        )
        model.people = roster.map { row in
            let key = "mark_\(row.enrolment_id.uuidString.lowercased())"
            let chosen = submitted[key].flatMap(AttendanceMark.init(rawValue:)) ?? marks[row.enrolment_id]?[sessionID]
            return AttendancePage.Person(
                enrolmentID: row.enrolment_id,
                name: row.displayName,
                community: row.community_name,
                mark: chosen
            )
        }
        return AttendancePage.view(model, req.pageContext()).response(status: status)
    }

}
