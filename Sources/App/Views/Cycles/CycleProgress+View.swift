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
        func count(_ value: Int, _ stage: String, _ row: ProgressRow, estate: UUID?) -> Node<HTML.BodyContext> {
            guard row.linked else { return .text(value.grouped) }
            var query = "cycle=\(model.id.uuidString.lowercased())&stage=\(stage)"
            if let estate { query += "&estate=\(estate.uuidString)" }
            return .a(.href(SiteURL.participants.path + "?" + query), .text(value.grouped))
        }
        // Each cell carries its column's name, so a phone can show an estate as a card of labelled
        // figures instead of a table scrolled sideways (app.css, under 700 px).
        func cell(_ label: Phrase, _ content: Node<HTML.BodyContext>) -> Node<HTML.TableRowContext> {
            .td(.class("number"), .data(named: "label", value: t(label)), content)
        }
        func line(_ row: ProgressRow, estate: UUID?, isTotal: Bool) -> Node<HTML.TableContext> {
            .tr(
                .class(isTotal ? "total" : ""),
                isTotal
                    ? .th(.class("estate-name"), .attribute(named: "scope", value: "row"), .text(row.estate))
                    : .th(.class("estate-name"), .attribute(named: "scope", value: "row"), .text(row.estate)),
                cell(.targetTrained, .text(row.target.trained.grouped)),
                cell(.actualRegistered, count(row.registered, "registered", row, estate: estate)),
                cell(.actualEnrolled, count(row.enrolled, "enrolled", row, estate: estate)),
                cell(.actualCompleted, count(row.completed, "completed", row, estate: estate)),
                cell(.percentAchieved, .text(percent(row.completed, of: row.target.trained))),
                cell(.targetCertified, .text(row.target.certified.grouped)),
                cell(.assessedCount, count(row.assessed, "assessed", row, estate: estate)),
                cell(.certifiedCount, count(row.certified, "certified", row, estate: estate)),
                cell(.targetLivelihoods, .text(row.target.livelihoods.grouped)),
                // A per-community figure: summing it over estates would mean nothing.
                cell(.targetIncome, .text(isTotal ? "—" : t.money(row.target.income)))
            )
        }
        let shownYear = context.language == .thai ? model.fiscalYear : model.fiscalYear - ThaiCalendar.buddhistEraOffset
        return Layout.page(
            model.title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.cycles.path), .text(t(.cyclesTitle)))),
            .div(
                .class("page-head"),
                .h1(.plain(model.title)),
                .if(
                    model.canManage,
                    .div(
                        .class("actions"),
                        .a(.class("button secondary"), .href(SiteURL.editCycle(model.id).path), .text(t(.edit))),
                        .a(.class("button"), .href(SiteURL.cycleTargets(model.id).path), .text(t(.editTargets)))
                    )
                )
            ),
            .p(
                .text(t.fiscalYear(model.fiscalYear)),
                .text(" ("),
                .text(t(.fiscalYearRange, String(shownYear - 1), String(shownYear))),
                .text(")"),
                .text(" · "),
                .text(t(ProgrammeText.cycleStatus(model.status)))
            ),
            .h2(.text(t(.targetVersusActual))),
            .p(.class("hint"), .text(t(.progressHint))),
            .if(model.ownEstatesOnly, .p(.class("notice"), .text(t(.ownEstatesNote)))),
            .if(model.sharedOnly, .p(.class("notice"), .text(t(.sharedOnlyNote)))),
            .unwrap(model.programmeTotal) { total in
                .p(
                    .class("programme-total"),
                    .text(
                        t(
                            .programmeTotalLine,
                            total.completed.grouped,
                            total.target.grouped,
                            percent(total.completed, of: total.target)
                        )
                    )
                )
            },
            .if(model.rows.isEmpty, .p(.class("empty"), .text(t(.noEstatesInCycle)))),
            .if(
                !model.rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("progress cards"),
                        .thead(
                            .tr(
                                .th(.text(t(.estate))),
                                .th(.class("number"), .text(t(.targetTrained))),
                                .th(.class("number"), .text(t(.actualRegistered))),
                                .th(.class("number"), .text(t(.actualEnrolled))),
                                .th(.class("number"), .text(t(.actualCompleted))),
                                .th(.class("number"), .text(t(.percentAchieved))),
                                .th(.class("number"), .text(t(.targetCertified))),
                                .th(.class("number"), .text(t(.assessedCount))),
                                .th(.class("number"), .text(t(.certifiedCount))),
                                .th(.class("number"), .text(t(.targetLivelihoods))),
                                .th(.class("number"), .text(t(.targetIncome)))
                            )
                        ),
                        .tbody(.forEach(model.rows) { line($0, estate: $0.estateID, isTotal: false) }),
                        .tfoot(line(total, estate: nil, isTotal: true))
                    )
                )
            ),
            livelihoods(model, context),
            .if(
                !model.ageGroups.isEmpty,
                .section(
                    .h2(.text(t(.byAgeGroup))),
                    .p(.class("hint"), .text(t(.byAgeGroupHint))),
                    .div(
                        .class("table-wrap"),
                        .table(
                            .class("age-groups"),
                            .thead(
                                .tr(
                                    .th(.text(t(.ageGroup))),
                                    .th(.class("number"), .text(t(.actualEnrolled))),
                                    .th(.class("number"), .text(t(.actualCompleted)))
                                )
                            ),
                            .tbody(
                                .forEach(model.ageGroups) { group in
                                    .tr(
                                        .td(.text(group.label)),
                                        .td(.class("number"), .text(group.enrolled.grouped)),
                                        .td(.class("number"), .text(group.completed.grouped))
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
