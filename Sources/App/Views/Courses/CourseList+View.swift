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
                .h1(.plain(t(.coursesTitle))),
                .if(model.canAdd, .a(.class("button"), .href(SiteURL.newCourse.path), .plain(t(.newCourse))))
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
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noResults)))),
            .if(
                !model.rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.plain(t(.course))),
                                .th(.plain(t(.estate))),
                                .th(.plain(t(.courseDays))),
                                .th(.plain(t(.seats))),
                                .th(.plain(t(.enrolmentCompleted))),
                                .th(.plain(t(.status)))
                            )
                        ),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .td(
                                        .a(.href(SiteURL.course(row.id).path), .plain(row.title)),
                                        .br(),
                                        .small(
                                            .plain(row.occupation),
                                            .unwrap(row.provider) { .plain(" · " + $0) }
                                        )
                                    ),
                                    .td(.plain(row.estate)),
                                    .td(.plain(row.days)),
                                    .td(
                                        .plain(row.seats),
                                        .if(
                                            row.waiting > 0,
                                            .small(.plain(" " + t(.waitingCount, String(row.waiting))))
                                        )
                                    ),
                                    .td(.plain(row.completed.grouped)),
                                    .td(.plain(t(ProgrammeText.courseStatus(row.status))))
                                )
                            }
                        )
                    )
                )
            )
        )
    }
}
