import Foundation
import Plot

extension CourseForm {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let title = model.id == nil ? t(.newCourse) : (model.values["title_th"] ?? "")
        func text(
            _ name: String,
            _ label: Phrase,
            hint: Phrase? = nil,
            required: Bool = false
        ) -> Node<HTML.FormContext> {
            Components.textField(
                name,
                label: t(label),
                value: model.values[name],
                error: model.errors[name],
                hint: hint.map { t($0) },
                required: required
            )
        }
        func select(_ name: String, _ label: Phrase, _ choices: [Components.Choice]) -> Node<HTML.FormContext> {
            Components.selectField(
                name,
                label: t(label),
                choices: choices,
                selected: model.values[name],
                error: model.errors[name]
            )
        }
        return Layout.page(
            title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.courses.path), .plain(t(.coursesTitle)))),
            .h1(.plain(title)),
            Components.errorSummary(model.errors, t),
            .form(
                .class("card"),
                .method(.post),
                .action(model.id.map { SiteURL.course($0).path } ?? SiteURL.courses.path),
                Components.csrfField(context.csrfToken),
                select("cycle_id", .cycle, model.cycleChoices),
                select("estate_id", .estate, model.estateChoices),
                select("occupation_id", .occupation, model.occupationChoices),
                text("title_th", .courseTitle, hint: .courseTitleHint),
                select("provider_id", .provider, model.providerChoices),
                text("venue", .venue, required: true),
                text("first_day", .firstDay, hint: .dateHint, required: true),
                text("last_day", .lastDay, hint: .dateHint, required: true),
                text("hours", .courseHours, required: true),
                text("capacity", .capacity, required: true),
                text("minimum_percent", .minimumAttendance, hint: .minimumAttendanceHint),
                select("status", .status, model.statusChoices),
                .div(
                    .class("actions"),
                    Components.submit(t(.save)),
                    .a(
                        .class("button secondary"),
                        .href(model.id.map { SiteURL.course($0).path } ?? SiteURL.courses.path),
                        .plain(t(.cancel))
                    )
                )
            )
        )
    }
}
