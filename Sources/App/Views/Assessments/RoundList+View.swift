import Plot

extension RoundList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.assessmentsTitle),
            context,
            .h1(.text(t(.assessmentsTitle))),
            .if(model.canAdd, .p(.a(.class("button"), .href(SiteURL.newRound.path), .text(t(.newRound))))),
            .if(model.rows.isEmpty, .p(.class("empty"), .text(t(.noRoundsYet)))),
            .if(
                !model.rows.isEmpty,
                .table(
                    .class("cards"),
                    .thead(
                        .tr(
                            .th(.text(t(.heldOn))),
                            .th(.text(t(.occupation))),
                            .th(.text(t(.estate))),
                            .th(.text(t(.assessor))),
                            .th(.text(t(.candidates))),
                            .th(.text(t(.resultPassed)))
                        )
                    ),
                    .tbody(
                        .forEach(model.rows) { row in
                            .tr(
                                .td(
                                    .attribute(named: "data-label", value: t(.heldOn)),
                                    .a(.href(SiteURL.round(row.id).path), .text(row.heldOn))
                                ),
                                .td(
                                    .attribute(named: "data-label", value: t(.occupation)),
                                    .plain(row.occupation),
                                    .unwrap(row.course) { .small(.plain(" · " + $0)) }
                                ),
                                .td(.attribute(named: "data-label", value: t(.estate)), .plain(row.estate)),
                                .td(.attribute(named: "data-label", value: t(.assessor)), .plain(row.assessor)),
                                .td(
                                    .attribute(named: "data-label", value: t(.candidates)),
                                    .text(String(row.candidates))
                                ),
                                .td(.attribute(named: "data-label", value: t(.resultPassed)), .text(String(row.passed)))
                            )
                        }
                    )
                )
            )
        )
    }
}
