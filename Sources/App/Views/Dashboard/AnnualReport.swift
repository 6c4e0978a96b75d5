import Foundation
import Plot

/// The annual report: a print-styled page for A4 (print.css), printed or saved as PDF from the
/// browser. Cover, targets and results, the charts, a table per estate and per occupation, the
/// partners and the definitions; each section starts a page, long tables repeat their header on
/// every page, and browsers that support page-margin boxes number the pages.
enum AnnualReport {
    struct Table: Sendable {
        let title: String
        let headers: [String]
        let rows: [[String]]
    }

    struct Model: Sendable {
        var title = ""
        var subtitle = ""
        var preparedOn = ""
        var dashboard = Dashboard.Model()
        var tables: [Table] = []
        var partners: [(name: String, kind: String)] = []
        var definitions: [String] = []
    }

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            Layout.printHead(model.title),
            .body(
                .class("report"),
                .div(
                    .class("report-tools no-print"),
                    .a(
                        .href(
                            SiteURL.dashboard.path + (model.dashboard.query.isEmpty ? "" : "?" + model.dashboard.query)
                        ),
                        .plain("← " + t(.dashboardTitle))
                    ),
                    .plain(" · "),
                    .plain(t(.reportPrint))
                ),
                .section(
                    .class("report-cover"),
                    .img(.src("/images/logo.svg"), .alt(""), .width(96), .height(96)),
                    .h1(.plain(model.title)),
                    .p(.class("subtitle"), .plain(model.subtitle)),
                    .p(.plain(t(.reportCoverLine))),
                    .p(.class("prepared"), .plain(model.preparedOn))
                ),
                .section(
                    .class("report-section"),
                    .h2(.plain(t(.reportSummary))),
                    .forEach(model.dashboard.notes) { .p(.class("notice"), .plain($0)) },
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("report-table"),
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
                                .forEach(model.dashboard.indicators) { line in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .plain(line.label)),
                                        .td(.class("number"), .plain(line.target ?? "—")),
                                        .td(.class("number"), .plain(line.actual.text)),
                                        .td(.class("number"), .plain(line.percent ?? "—")),
                                        .td(.class("number"), .plain(line.amount ?? "—"))
                                    )
                                }
                            )
                        )
                    )
                ),
                .section(
                    .class("report-section report-charts"),
                    .forEach(model.dashboard.charts) { chart in
                        .element(
                            named: "figure",
                            nodes: [
                                .class("chart"),
                                .h3(.plain(chart.title)),
                                .raw(Charts.svg(chart)),
                                .element(named: "figcaption", text: chart.summary),
                            ]
                        )
                    },
                    .unwrap(model.dashboard.map) { map in
                        .element(
                            named: "figure",
                            nodes: [
                                .class("map"),
                                .h3(.plain(t(.mapTitle))),
                                .raw(ProvinceMap.svg(map)),
                                .element(named: "figcaption", nodes: [.plain(map.summary + " · " + map.attribution)]),
                            ]
                        )
                    }
                ),
                .forEach(model.tables) { table in
                    .section(
                        .class("report-section"),
                        .h2(.plain(table.title)),
                        .div(
                            .class("table-wrap"),
                            .table(
                                .class("report-table"),
                                .thead(
                                    .tr(
                                        .forEach(table.headers.indices) { index in
                                            .th(.class(index == 0 ? "" : "number"), .plain(table.headers[index]))
                                        }
                                    )
                                ),
                                .tbody(
                                    .forEach(table.rows) { row in
                                        .tr(
                                            .forEach(row.indices) { index in
                                                index == 0
                                                    ? .th(.attribute(named: "scope", value: "row"), .plain(row[index]))
                                                    : .td(.class("number"), .plain(row[index]))
                                            }
                                        )
                                    }
                                )
                            )
                        )
                    )
                },
                .section(
                    .class("report-section"),
                    .h2(.plain(t(.reportPartners))),
                    .ul(
                        .forEach(model.partners) {
                            .li(.plain($0.name), .span(.class("muted"), .plain(" · " + $0.kind)))
                        }
                    ),
                    .h2(.class("inline-heading"), .plain(t(.reportDefinitions))),
                    .ul(.forEach(model.definitions) { .li(.plain($0)) })
                )
            )
        )
    }
}
