import Fluent
import Foundation
import SanfanCore
import Vapor

/// Courses: estate officers run their estates' courses; trainers see and mark their own.
enum CourseController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        var filter = CourseQueries.Filter()
        filter.cycleID = req.query[UUID.self, at: "cycle"]
        filter.estateID = req.query[UUID.self, at: "estate"]
        let rows = try await CourseQueries.list(filter, scope: AccessPolicy.courseScope(for: principal), on: req.db)
        var model = CourseList.Model(canAdd: AccessPolicy.can(principal, .manageCourses))
        model.rows = rows.map {
            CourseList.Row(
                id: $0.id,
                title: $0.title_th,
                occupation: thai ? $0.occupation_name_th : $0.occupation_name_en,
                estate: thai ? $0.estate_name_th : $0.estate_name_en,
                provider: $0.provider_short_name,
                days: "\(req.localizer.day($0.first_day)) – \(req.localizer.day($0.last_day))",
                status: CourseStatus(rawValue: $0.status) ?? .planned,
                seats: "\($0.seated.grouped)/\($0.capacity.grouped)",
                waiting: $0.waiting,
                completed: $0.completed,
                sessions: $0.sessions
            )
        }
        model.cycleChoices = try await CycleQueries.all(on: req.db).map {
            .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn)
        }
        model.estateChoices = try await ParticipantController.visibleEstates(principal, req).map {
            .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en)
        }
        model.cycle = filter.cycleID?.uuidString ?? ""
        model.estate = filter.estateID?.uuidString ?? ""
        return CourseList.view(model, req.pageContext()).response()
    }

    static func new(req: Request) async throws -> Response {
        let cycle = try await CycleQueries.newestOpen(on: req.db)
        var form = Courses.Input()
        form.cycleID = cycle?.id?.uuidString ?? ""
        form.estateID = req.query[String.self, at: "estate"] ?? ""
        return try await render(form, course: nil, errors: [:], req)
    }

    static func create(req: Request) async throws -> Response {
        try await save(Course(), req)
    }

    static func edit(req: Request) async throws -> Response {
        let course = try await req.scoped.managedCourse()
        var form = Courses.Input(stored: course)
        form.firstDay = ThaiCalendar.Day(iso: course.firstDay).map(DayText.typed) ?? course.firstDay
        form.lastDay = ThaiCalendar.Day(iso: course.lastDay).map(DayText.typed) ?? course.lastDay
        return try await render(form, course: course, errors: [:], req)
    }

    static func update(req: Request) async throws -> Response {
        try await save(try await req.scoped.managedCourse(), req)
    }

    private static func save(_ course: Course, _ req: Request) async throws -> Response {
        let form = try req.input(Courses.Input.self)
        do {
            try await Courses.save(
                course,
                form,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await render(
                form,
                course: course.id == nil ? nil : course,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.courseSaved)
        return req.redirect(to: SiteURL.course(try course.requireID()).path)
    }

    private static func render(
        _ form: Courses.Input,
        course: Course?,
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let t = req.localizer
        var model = CourseForm.Model(id: course?.id, errors: errors)
        model.values = form.values
        model.cycleChoices = try await CycleQueries.all(on: req.db)
            .filter { CycleRules.canChange($0.status, principal) }
            .map { .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn) }
        model.estateChoices = t.sortedByName(
            try await ParticipantController.visibleEstates(principal, req).map {
                .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en)
            },
            \.label
        )
        model.occupationChoices = t.sortedByName(
            try await CatalogueQueries.occupations(activeOnly: true, on: req.db)
                .map { .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn) },
            \.label
        )
        model.providerChoices =
            [.init(value: "", label: t(.noProvider))]
            + (try await CatalogueQueries.organisations(activeOnly: true, on: req.db)
                .filter { Organisation.Kind.teaching.contains($0.kind) }.sorted { $0.nameTh < $1.nameTh }
                .map { .init(value: $0.id!.uuidString, label: "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)") })
        model.statusChoices = CourseStatus.allCases.map {
            .init(value: $0.rawValue, label: t(ProgrammeText.courseStatus($0)))
        }
        return CourseForm.view(model, req.pageContext()).response(status: status)
    }

}

/// Days and hours as a form shows them for editing.
enum DayText {
    /// `5/3/2563`: day/month/BE year, as Thai users type a date.
    static func typed(_ day: ThaiCalendar.Day) -> String {
        "\(day.day)/\(day.month)/\(day.year + ThaiCalendar.buddhistEraOffset)"
    }

    /// `6` or `3.5`.
    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
