import Foundation
import Plot

extension EnrolPicker {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.enrolPeople),
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.course(model.id).path), .plain(model.title))),
            .h1(.plain(t(.enrolPeople))),
            .p(.plain(t(.seatsLeft, String(model.seatsLeft)))),
            .form(
                .class("card filters"),
                .method(.get),
                .action(SiteURL.courseEnrol(model.id).path),
                .attribute(named: "role", value: "search"),
                Components.textField(
                    "q",
                    label: t(.searchLabel),
                    value: model.search,
                    error: nil,
                    hint: t(.searchHint)
                ),
                .div(.class("actions"), Components.submit(t(.search)))
            ),
            .unwrap(model.error) { .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noResults)))),
            .if(
                !model.rows.isEmpty,
                .form(
                    .method(.post),
                    .action(SiteURL.courseEnrol(model.id).path),
                    Components.csrfField(context.csrfToken),
                    .fieldset(
                        .class("pick-list"),
                        .element(named: "legend", text: t(.tickPeople)),
                        .forEach(model.rows) { row in
                            .label(
                                .class(row.alreadyIn ? "pick disabled" : "pick"),
                                .input(
                                    .type(.checkbox),
                                    .name("participant_ids[]"),
                                    .value(row.id.uuidString),
                                    row.alreadyIn ? .attribute(named: "disabled", value: "disabled") : .empty
                                ),
                                .span(.class("pick-name"), .plain(row.name)),
                                .small(
                                    .plain(row.community ?? ""),
                                    .plain(" · " + t(.bornOn, row.born)),
                                    .if(row.alreadyIn, .plain(" · " + t(.alreadyInCourse)))
                                )
                            )
                        }
                    ),
                    .div(.class("actions sticky-actions"), Components.submit(t(.enrolTicked)))
                )
            ),
            .unwrap(model.nextPage) { .p(.class("pager"), .a(.href($0.attributeEscaped), .plain(t(.nextPage)))) }
        )
    }
}
