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
                .h1(.text(model.title)),
                .div(
                    .class("actions"),
                    .a(
                        .class("button secondary"),
                        .href(SiteURL.dashboardXLSX.path + exportQuery),
                        .text(t(.downloadXLSX))
                    ),
                    .a(
                        .class("button secondary"),
                        .href(SiteURL.dashboardCSV.path + exportQuery),
                        .text(t(.downloadCSV))
                    ),
                    .a(.class("button"), .href(SiteURL.annualReport.path + exportQuery), .text(t(.annualReport)))
                )
            ),
            .p(.class("hint"), .text(t(.dashboardIntro))),
            filters(model, context),
            .forEach(model.notes) { .p(.class("notice"), .text($0)) },
            indicators(model, context),
            .if(
                model.canExportRegistry || model.canExportPipeline,
                .p(
                    .class("exports"),
                    .if(
                        model.canExportRegistry,
                        .group(
                            .text(t(.registryExport) + ": "),
                            .a(.href(SiteURL.registryExport.path + "?format=csv"), .text("CSV")),
                            .text(" · "),
                            .a(.href(SiteURL.registryExport.path + "?format=xlsx"), .text("Excel"))
                        )
                    ),
                    .if(
                        model.canExportPipeline,
                        .group(
                            .text(t(.pipelineExport) + ": "),
                            .a(.href(SiteURL.pipelineExport.path + "?format=csv"), .text("CSV")),
                            .text(" · "),
                            .a(.href(SiteURL.pipelineExport.path + "?format=xlsx"), .text("Excel"))
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
                        .text(" " + option.label)
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
                .a(.class("button secondary"), .href(SiteURL.dashboard.path), .text(t(.clearFilters)))
            )
        )
    }

    static func indicators(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .section(
            .class("indicators"),
            .h2(.id("indicators"), .text(t(.indicator))),
            .div(
                .class("table-wrap"),
                .attribute(named: "role", value: "region"),
                .attribute(named: "aria-labelledby", value: "indicators"),
                .attribute(named: "tabindex", value: "0"),
                .table(
                    .class("indicators cards"),
                    .thead(
                        .tr(
                            .th(.text(t(.indicator))),
                            .th(.class("number"), .text(t(.target))),
                            .th(.class("number"), .text(t(.actual))),
                            .th(.class("number"), .text(t(.percentAchieved))),
                            .th(.class("number"), .text(t(.amountBaht)))
                        )
                    ),
                    .tbody(
                        .forEach(model.indicators) { line in
                            .tr(
                                .th(
                                    .class("name"),
                                    .attribute(named: "scope", value: "row"),
                                    .text(line.label),
                                    .unwrap(line.detail) { .span(.class("detail"), .text($0)) }
                                ),
                                .td(
                                    .class("number"),
                                    .data(named: "label", value: t(.target)),
                                    .text(line.target ?? "—")
                                ),
                                .td(
                                    .class("number actual"),
                                    .data(named: "label", value: t(.actual)),
                                    line.actual.link.map { .a(.href($0), .text(line.actual.text)) }
                                        ?? .text(line.actual.text)
                                ),
                                .td(
                                    .class("number"),
                                    .data(named: "label", value: t(.percentAchieved)),
                                    .text(line.percent ?? "—")
                                ),
                                .td(
                                    .class("number"),
                                    .data(named: "label", value: t(.amountBaht)),
                                    .text(line.amount ?? "—")
                                )
                            )
                        }
                    )
                )
            )
        )
    }
}
