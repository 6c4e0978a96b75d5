import Plot

extension RoundList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.assessmentsTitle),
            context,
            .h1(.plain(t(.assessmentsTitle))),
            .if(model.canAdd, .p(.a(.class("button"), .href(SiteURL.newRound.path), .plain(t(.newRound))))),
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noRoundsYet)))),
            .if(
                !model.rows.isEmpty,
                .table(
                    .class("cards"),
                    .thead(
                        .tr(
                            .th(.plain(t(.heldOn))),
                            .th(.plain(t(.occupation))),
                            .th(.plain(t(.estate))),
                            .th(.plain(t(.assessor))),
                            .th(.plain(t(.candidates))),
                            .th(.plain(t(.resultPassed)))
                        )
                    ),
                    .tbody(
                        .forEach(model.rows) { row in
                            .tr(
                                .td(
                                    .attribute(named: "data-label", value: t(.heldOn)),
                                    .a(.href(SiteURL.round(row.id).path), .plain(row.heldOn))
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
                                    .plain(String(row.candidates))
                                ),
                                .td(
                                    .attribute(named: "data-label", value: t(.resultPassed)),
                                    .plain(String(row.passed))
                                )
                            )
                        }
                    )
                )
            )
        )
    }
}
