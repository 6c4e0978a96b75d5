import Foundation
import Plot
import SanfanCore

/// The cycle page's second table: what each estate's trained people went on to, and the income
/// gain per community against the programme's target. Each figure links to the records behind it.
extension CyclePages {
    static func livelihoods(_ model: Progress, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        guard !model.rows.isEmpty else { return .empty }
        let cycle = model.id.uuidString.lowercased()
        func link(
            _ value: String,
            _ path: String,
            _ allowed: Bool,
            _ row: ProgressRow,
            estate: UUID?
        ) -> (String, link: String?) {
            // The total row carries whether the reader may open the whole cycle's lists.
            guard allowed, row.linked else { return (value, nil) }
            var query = "cycle=\(cycle)"
            if let estate { query += "&estate=\(estate.uuidString.lowercased())" }
            return (value, path + (path.contains("?") ? "&" : "?") + query)
        }
        let links = model.livelihoodLinks
        // A row per estate, written as bytes (`HTMLRows`).
        func line(_ html: inout HTMLRows, _ row: ProgressRow, estate: UUID?, isTotal: Bool) {
            func cell(_ label: Phrase, _ content: (String, link: String?)) {
                html.cell("td", class: "number", label: t(label), content.0, link: content.link)
            }
            let l = row.livelihood
            let people = SiteURL.participants.path
            html.open("tr", class: isTotal ? "total" : nil)
            html.cell("th", class: "estate-name", scope: "row", row.estate)
            cell(.actualCompleted, (row.completed.grouped, nil))
            cell(
                .referredCount,
                link(l.referred.grouped, people + "?stage=referred", links.people, row, estate: estate)
            )
            cell(
                .mentoredCount,
                link(l.mentored.grouped, people + "?stage=mentored", links.people, row, estate: estate)
            )
            cell(
                .loansApprovedCount,
                link(l.loansApproved.grouped, SiteURL.loans.path + "?approved=1", links.loans, row, estate: estate)
            )
            cell(.loansApprovedBaht, (t.money(Satang(l.loansApprovedSatang)), nil))
            cell(
                .businessesCount,
                link(l.businesses.grouped, SiteURL.enterprises.path, links.enterprises, row, estate: estate)
            )
            cell(.placedCount, link(l.placed.grouped, people + "?stage=placed", links.people, row, estate: estate))
            cell(.targetLivelihoods, (row.target.livelihoods.grouped, nil))
            cell(.incomeGain, (t.money(Satang(l.gainSatang)), nil))
            cell(.incomeMeasured, link(l.measured.grouped, people + "?stage=income", links.people, row, estate: estate))
            cell(.incomeUnreached, (l.unreached.grouped, nil))
            cell(.incomeNoBaseline, (l.noBaseline.grouped, nil))
            html.close("tr")
        }
        let total = ProgressRow(
            estateID: model.id,
            estate: t(model.ownEstatesOnly ? .totalOwnEstates : .total),
            linked: model.totalsLinked,
            target: .init(
                trained: 0,
                certified: 0,
                livelihoods: model.rows.reduce(0) { $0 + $1.target.livelihoods },
                income: Satang(0)
            ),
            registered: 0,
            enrolled: 0,
            completed: model.rows.reduce(0) { $0 + $1.completed },
            livelihood: model.rows.reduce(Livelihood()) { $0 + $1.livelihood }
        )
        let headers: [Phrase] = [
            .actualCompleted, .referredCount, .mentoredCount, .loansApprovedCount, .loansApprovedBaht, .businessesCount,
            .placedCount, .targetLivelihoods, .incomeGain, .incomeMeasured, .incomeUnreached, .incomeNoBaseline,
        ]
        var rows = HTMLRows(capacity: model.rows.count * 2048)
        for row in model.rows { line(&rows, row, estate: row.estateID, isTotal: false) }
        var totalRow = HTMLRows()
        line(&totalRow, total, estate: nil, isTotal: true)
        return .section(
            .id("livelihoods"),
            .h2(.plain(t(.livelihoodsHeading))),
            .p(.class("hint"), .plain(t(.livelihoodsHint))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("progress outcomes cards"),
                    .thead(.tr(.th(.plain(t(.estate))), .forEach(headers) { .th(.class("number"), .plain(t($0))) })),
                    .tbody(rows.node()),
                    .tfoot(totalRow.node())
                )
            ),
            .h2(.id("income"), .plain(t(.incomeByCommunity))),
            .p(.class("hint"), .plain(t(.incomeRule))),
            Components.dataTable(
                [
                    t(.community), t(.estate), t(.incomeGain), t(.incomeTarget), t(.percentAchieved),
                    t(.incomeMeasured),
                    t(.incomeUnreached), t(.incomeNoBaseline),
                ],
                model.communities.map {
                    [
                        .init($0.community), .init($0.estate), .init(t.money($0.gain), number: true),
                        .init(t.money($0.target), number: true),
                        .init(
                            $0.target.value > 0
                                ? String(format: "%.1f %%", Double($0.gain.value) / Double($0.target.value) * 100)
                                : "—",
                            number: true
                        ),
                        .init($0.measured.grouped, number: true), .init($0.unreached.grouped, number: true),
                        .init($0.noBaseline.grouped, number: true),
                    ]
                },
                empty: t(.noFollowUpsYet)
            )
        )
    }
}
