import Foundation
import Plot
import SanfanCore

extension CyclePages {
    static func progress(_ model: Progress, _ context: PageContext) -> HTML {
        let t = context.t
        let total = ProgressRow(
            estateID: model.id,
            estate: t(model.ownEstatesOnly ? .totalOwnEstates : .total),
            linked: model.totalsLinked,
            target: TargetSheet.Target(
                trained: model.rows.reduce(0) { $0 + $1.target.trained },
                certified: model.rows.reduce(0) { $0 + $1.target.certified },
                livelihoods: model.rows.reduce(0) { $0 + $1.target.livelihoods },
                income: Satang(model.rows.reduce(0) { $0 + $1.target.income.value })
            ),
            registered: model.rows.reduce(0) { $0 + $1.registered },
            enrolled: model.rows.reduce(0) { $0 + $1.enrolled },
            completed: model.rows.reduce(0) { $0 + $1.completed },
            assessed: model.rows.reduce(0) { $0 + $1.assessed },
            certified: model.rows.reduce(0) { $0 + $1.certified }
        )
        func count(_ value: Int, _ stage: String, _ row: ProgressRow, estate: UUID?) -> (String, link: String?) {
            guard row.linked else { return (value.grouped, nil) }
            var query = "cycle=\(model.id.uuidString.lowercased())&stage=\(stage)"
            if let estate { query += "&estate=\(estate.uuidString)" }
            return (value.grouped, SiteURL.participants.path + "?" + query)
        }
        // Each cell carries its column's name, so a phone can show an estate as a card of labelled
        // figures instead of a table scrolled sideways (app.css, under 700 px). Written as bytes
        // (`HTMLRows`): a cycle has a row per estate.
        func line(_ html: inout HTMLRows, _ row: ProgressRow, estate: UUID?, isTotal: Bool) {
            func cell(_ label: Phrase, _ content: (String, link: String?)) {
                html.cell("td", class: "number", label: t(label), content.0, link: content.link)
            }
            html.open("tr", class: isTotal ? "total" : nil)
            html.cell("th", class: "estate-name", scope: "row", row.estate)
            cell(.targetTrained, (row.target.trained.grouped, nil))
            cell(.actualRegistered, count(row.registered, "registered", row, estate: estate))
            cell(.actualEnrolled, count(row.enrolled, "enrolled", row, estate: estate))
            cell(.actualCompleted, count(row.completed, "completed", row, estate: estate))
            cell(.percentAchieved, (percent(row.completed, of: row.target.trained), nil))
            cell(.targetCertified, (row.target.certified.grouped, nil))
            cell(.assessedCount, count(row.assessed, "assessed", row, estate: estate))
            cell(.certifiedCount, count(row.certified, "certified", row, estate: estate))
            cell(.targetLivelihoods, (row.target.livelihoods.grouped, nil))
            // A per-community figure: summing it over estates would mean nothing.
            cell(.targetIncome, (isTotal ? "—" : t.money(row.target.income), nil))
            html.close("tr")
        }
        var rows = HTMLRows(capacity: model.rows.count * 2048)
        for row in model.rows { line(&rows, row, estate: row.estateID, isTotal: false) }
        var totalRow = HTMLRows()
        line(&totalRow, total, estate: nil, isTotal: true)
        let shownYear = context.language == .thai ? model.fiscalYear : model.fiscalYear - ThaiCalendar.buddhistEraOffset
        return Layout.page(
            model.title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.cycles.path), .plain(t(.cyclesTitle)))),
            .div(
                .class("page-head"),
                .h1(.plain(model.title)),
                .if(
                    model.canManage,
                    .div(
                        .class("actions"),
                        .a(.class("button secondary"), .href(SiteURL.editCycle(model.id).path), .plain(t(.edit))),
                        .a(.class("button"), .href(SiteURL.cycleTargets(model.id).path), .plain(t(.editTargets)))
                    )
                )
            ),
            .p(
                .plain(t.fiscalYear(model.fiscalYear)),
                .plain(" ("),
                .plain(t(.fiscalYearRange, String(shownYear - 1), String(shownYear))),
                .plain(")"),
                .plain(" · "),
                .plain(t(ProgrammeText.cycleStatus(model.status)))
            ),
            .h2(.plain(t(.targetVersusActual))),
            .p(.class("hint"), .plain(t(.progressHint))),
            .if(model.ownEstatesOnly, .p(.class("notice"), .plain(t(.ownEstatesNote)))),
            .if(model.sharedOnly, .p(.class("notice"), .plain(t(.sharedOnlyNote)))),
            .unwrap(model.programmeTotal) { total in
                .p(
                    .class("programme-total"),
                    .plain(
                        t(
                            .programmeTotalLine,
                            total.completed.grouped,
                            total.target.grouped,
                            percent(total.completed, of: total.target)
                        )
                    )
                )
            },
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noEstatesInCycle)))),
            .if(
                !model.rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("progress cards"),
                        .thead(
                            .tr(
                                .th(.plain(t(.estate))),
                                .th(.class("number"), .plain(t(.targetTrained))),
                                .th(.class("number"), .plain(t(.actualRegistered))),
                                .th(.class("number"), .plain(t(.actualEnrolled))),
                                .th(.class("number"), .plain(t(.actualCompleted))),
                                .th(.class("number"), .plain(t(.percentAchieved))),
                                .th(.class("number"), .plain(t(.targetCertified))),
                                .th(.class("number"), .plain(t(.assessedCount))),
                                .th(.class("number"), .plain(t(.certifiedCount))),
                                .th(.class("number"), .plain(t(.targetLivelihoods))),
                                .th(.class("number"), .plain(t(.targetIncome)))
                            )
                        ),
                        .tbody(rows.node()),
                        .tfoot(totalRow.node())
                    )
                )
            ),
            livelihoods(model, context),
            .if(
                !model.ageGroups.isEmpty,
                .section(
                    .h2(.plain(t(.byAgeGroup))),
                    .p(.class("hint"), .plain(t(.byAgeGroupHint))),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("age-groups"),
                            .thead(
                                .tr(
                                    .th(.plain(t(.ageGroup))),
                                    .th(.class("number"), .plain(t(.actualEnrolled))),
                                    .th(.class("number"), .plain(t(.actualCompleted)))
                                )
                            ),
                            .tbody(
                                .forEach(model.ageGroups) { group in
                                    .tr(
                                        .td(.plain(group.label)),
                                        .td(.class("number"), .plain(group.enrolled.grouped)),
                                        .td(.class("number"), .plain(group.completed.grouped))
                                    )
                                }
                            )
                        )
                    )
                )
            )
        )
    }

    /// `85.3 %`; a dash where there is no target to measure against.
    static func percent(_ value: Int, of target: Int) -> String {
        guard target > 0 else { return "—" }
        return String(format: "%.1f %%", Double(value) / Double(target) * 100)
    }
}
