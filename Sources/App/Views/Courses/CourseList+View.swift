import Foundation
import Plot
import SanfanCore

extension CourseList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.coursesTitle),
            context,
            .div(
                .class("page-head"),
                .h1(.text(t(.coursesTitle))),
                .if(model.canAdd, .a(.class("button"), .href(SiteURL.newCourse.path), .text(t(.newCourse))))
            ),
            .form(
                .class("card filters"),
                .method(.get),
                .action(SiteURL.courses.path),
                Components.selectField(
                    "cycle",
                    label: t(.cycle),
                    choices: [.init(value: "", label: t(.allCycles))] + model.cycleChoices,
                    selected: model.cycle,
                    error: nil
                ),
                .if(
                    !model.estateChoices.isEmpty,
                    Components.selectField(
                        "estate",
                        label: t(.estate),
                        choices: [.init(value: "", label: t(.allEstates))] + model.estateChoices,
                        selected: model.estate,
                        error: nil
                    )
                ),
                .div(.class("actions"), Components.submit(t(.filter)))
            ),
            .if(model.rows.isEmpty, .p(.class("empty"), .text(t(.noResults)))),
            .if(
                !model.rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(t(.course))),
                                .th(.text(t(.estate))),
                                .th(.text(t(.courseDays))),
                                .th(.text(t(.seats))),
                                .th(.text(t(.enrolmentCompleted))),
                                .th(.text(t(.status)))
                            )
                        ),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(
                                        .a(.href(SiteURL.course(row.id).path), .plain(row.title)),
                                        .br(),
                                        .small(
                                            .text(row.occupation),
                                            .unwrap(row.provider) { .text(" · " + $0) }
                                        )
                                    ),
                                    .td(.text(row.estate)),
                                    .td(.text(row.days)),
                                    .td(
                                        .text(row.seats),
                                        .if(row.waiting > 0, .small(.text(" " + t(.waitingCount, String(row.waiting)))))
                                    ),
                                    .td(.text(row.completed.grouped)),
                                    .td(.text(t(ProgrammeText.courseStatus(row.status))))
                                )
                            }
                        )
                    )
                )
            )
        )
    }
}
