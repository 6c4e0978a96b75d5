import Foundation
import Plot

extension Dashboard {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let exportQuery = model.query.isEmpty ? "" : "?" + model.query
        return Layout.page(
            model.title,
            context,
            .div(
                .class("page-head"),
                .h1(.plain(model.title)),
                .div(
                    .class("actions"),
                    .a(
                        .class("button secondary"),
                        .href(SiteURL.dashboardXLSX.path + exportQuery),
                        .plain(t(.downloadXLSX))
                    ),
                    .a(
                        .class("button secondary"),
                        .href(SiteURL.dashboardCSV.path + exportQuery),
                        .plain(t(.downloadCSV))
                    ),
                    .a(.class("button"), .href(SiteURL.annualReport.path + exportQuery), .plain(t(.annualReport)))
                )
            ),
            .p(.class("hint"), .plain(t(.dashboardIntro))),
            filters(model, context),
            .forEach(model.notes) { .p(.class("notice"), .plain($0)) },
            indicators(model, context),
            .if(
                model.canExportRegistry || model.canExportPipeline,
                .p(
                    .class("exports"),
                    .if(
                        model.canExportRegistry,
                        .group(
                            .plain(t(.registryExport) + ": "),
                            .a(.href(SiteURL.registryExport.path + "?format=csv"), .plain("CSV")),
                            .plain(" · "),
                            .a(.href(SiteURL.registryExport.path + "?format=xlsx"), .plain("Excel"))
                        )
                    ),
                    .if(
                        model.canExportPipeline,
                        .group(
                            .plain(t(.pipelineExport) + ": "),
                            .a(.href(SiteURL.pipelineExport.path + "?format=csv"), .plain("CSV")),
                            .plain(" · "),
                            .a(.href(SiteURL.pipelineExport.path + "?format=xlsx"), .plain("Excel"))
                        )
                    )
                )
            ),
            .div(.class("charts"), .forEach(model.charts) { Charts.figure($0, context) }),
            .unwrap(model.map) { ProvinceMap.section($0, query: model.query, context) }
        )
    }

    /// A plain GET form: the choice is in the address, so it can be bookmarked, shared and exported.
    static func filters(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        func select(_ name: String, _ label: Phrase, _ options: [Option], all: Phrase) -> Node<HTML.FormContext> {
            Components.selectField(
                name,
                label: t(label),
                choices: [Components.Choice(value: "", label: t(all))]
                    + options.map { Components.Choice(value: $0.value, label: $0.label) },
                selected: options.first { $0.selected }?.value ?? "",
                error: nil,
                id: "f-" + name
            )
        }
        return .form(
            .method(.get),
            .action(SiteURL.dashboard.path),
            .class("filters dashboard-filters"),
            .fieldset(
                .class("cycles"),
                .element(named: "legend", text: t(.cyclesChosen)),
                .forEach(model.filters.cycles) { option in
                    .label(
                        .class("check"),
                        .input(
                            .type(.checkbox),
                            .name("cycle"),
                            .value(option.value),
                            .checked(option.selected)
                        ),
                        .plain(" " + option.label)
                    )
                }
            ),
            select("estate", .estate, model.filters.estates, all: .allEstates),
            select("occupation", .occupation, model.filters.occupations, all: .allOccupations),
            select("gender", .gender, model.filters.genders, all: .allGenders),
            select("age_group", .ageGroup, model.filters.ageGroups, all: .allAgeGroups),
            select("province", .province, model.filters.provinces, all: .allProvinces),
            .div(
                .class("field actions"),
                Components.submit(t(.filter)),
                .a(.class("button secondary"), .href(SiteURL.dashboard.path), .plain(t(.clearFilters)))
            )
        )
    }

    static func indicators(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .section(
            .class("indicators"),
            .h2(.id("indicators"), .plain(t(.indicator))),
            .div(
                .class("table-wrap"),
                .attribute(named: "role", value: "region"),
                .attribute(named: "aria-labelledby", value: "indicators"),
                .attribute(named: "tabindex", value: "0"),
                .table(
                    .class("indicators cards"),
                    .thead(
                        .tr(
                            .th(.plain(t(.indicator))),
                            .th(.class("number"), .plain(t(.target))),
                            .th(.class("number"), .plain(t(.actual))),
                            .th(.class("number"), .plain(t(.percentAchieved))),
                            .th(.class("number"), .plain(t(.amountBaht)))
                        )
                    ),
                    .tbody(
                        .forEach(model.indicators) { line in
                            .tr(
                                .th(
                                    .class("name"),
                                    .attribute(named: "scope", value: "row"),
                                    .plain(line.label),
                                    .unwrap(line.detail) { .span(.class("detail"), .plain($0)) }
                                ),
                                .td(
                                    .class("number"),
                                    .data(named: "label", value: t(.target)),
                                    .plain(line.target ?? "—")
                                ),
                                .td(
                                    .class("number actual"),
                                    .data(named: "label", value: t(.actual)),
                                    line.actual.link.map { .a(.href($0), .plain(line.actual.text)) }
                                        ?? .plain(line.actual.text)
                                ),
                                .td(
                                    .class("number"),
                                    .data(named: "label", value: t(.percentAchieved)),
                                    .plain(line.percent ?? "—")
                                ),
                                .td(
                                    .class("number"),
                                    .data(named: "label", value: t(.amountBaht)),
                                    .plain(line.amount ?? "—")
                                )
                            )
                        }
                    )
                )
            )
        )
    }
}
