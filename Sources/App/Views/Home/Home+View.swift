import Plot
import SanfanCore

extension Home {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.navHome),
            context,
            .h1(.plain(t(.welcome, model.displayName))),
            .p(.class("lead"), .plain(t(.homeIntro))),
            .section(
                .class("card"),
                .h2(.plain(t(.yourAccess))),
                .p(.plain(model.accessSummary))
            ),
            .if(
                !model.cycles.isEmpty,
                .section(
                    .h2(.plain(t(.targetVersusActual))),
                    .if(model.ownEstatesOnly, .p(.class("hint"), .plain(t(.ownEstatesHome)))),
                    .ul(
                        .class("stats cycles"),
                        .forEach(model.cycles) { cycle in
                            .li(
                                .a(.href(SiteURL.cycle(cycle.id).path), .plain(cycle.name)),
                                .span(
                                    .class("stat-value"),
                                    .plain(CyclePages.percent(cycle.completed, of: cycle.target))
                                ),
                                .span(
                                    .class("stat-label"),
                                    .plain(t(.completedOfTarget, cycle.completed.grouped, cycle.target.grouped))
                                ),
                                .span(
                                    .class("stat-label"),
                                    .plain(
                                        t(.enrolledCount, cycle.enrolled.grouped) + " · "
                                            + t.fiscalYear(cycle.fiscalYear)
                                            + " · " + t(cycle.status)
                                    )
                                )
                            )
                        }
                    )
                )
            )
        )
    }
}
