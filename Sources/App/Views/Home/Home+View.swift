import Plot
import SanfanCore

extension Home {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.navHome),
            context,
            .h1(.plain(t(.welcome, model.displayName))),
            .p(.class("lead"), .text(t(.homeIntro))),
            .section(
                .class("card"),
                .h2(.text(t(.yourAccess))),
                .p(.text(model.accessSummary))
            ),
            .if(
                !model.cycles.isEmpty,
                .section(
                    .h2(.text(t(.targetVersusActual))),
                    .if(model.ownEstatesOnly, .p(.class("hint"), .text(t(.ownEstatesHome)))),
                    .ul(
                        .class("stats cycles"),
                        .forEach(model.cycles) { cycle in
                            .li(
                                .a(.href(SiteURL.cycle(cycle.id).path), .plain(cycle.name)),
                                .span(
                                    .class("stat-value"),
                                    .text(CyclePages.percent(cycle.completed, of: cycle.target))
                                ),
                                .span(
                                    .class("stat-label"),
                                    .text(t(.completedOfTarget, cycle.completed.grouped, cycle.target.grouped))
                                ),
                                .span(
                                    .class("stat-label"),
                                    .text(
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
