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
        ) -> Node<HTML.BodyContext> {
            // The total row carries whether the reader may open the whole cycle's lists.
            guard allowed, row.linked else { return .text(value) }
            var query = "cycle=\(cycle)"
            if let estate { query += "&estate=\(estate.uuidString.lowercased())" }
            return .a(.href(path + (path.contains("?") ? "&" : "?") + query), .text(value))
        }
        func cell(_ label: Phrase, _ content: Node<HTML.BodyContext>) -> Node<HTML.TableRowContext> {
            .td(.class("number"), .data(named: "label", value: t(label)), content)
        }
        let links = model.livelihoodLinks
        func line(_ row: ProgressRow, estate: UUID?, isTotal: Bool) -> Node<HTML.TableContext> {
            let l = row.livelihood
            let people = SiteURL.participants.path
            return .tr(
                .class(isTotal ? "total" : ""),
                .th(.class("estate-name"), .attribute(named: "scope", value: "row"), .text(row.estate)),
                cell(.actualCompleted, .text(row.completed.grouped)),
                cell(
                    .referredCount,
                    link(l.referred.grouped, people + "?stage=referred", links.people, row, estate: estate)
                ),
                cell(
                    .mentoredCount,
                    link(l.mentored.grouped, people + "?stage=mentored", links.people, row, estate: estate)
                ),
                cell(
                    .loansApprovedCount,
                    link(l.loansApproved.grouped, SiteURL.loans.path + "?approved=1", links.loans, row, estate: estate)
                ),
                cell(.loansApprovedBaht, .text(t.money(Satang(l.loansApprovedSatang)))),
                cell(
                    .businessesCount,
                    link(l.businesses.grouped, SiteURL.enterprises.path, links.enterprises, row, estate: estate)
                ),
                cell(
                    .placedCount,
                    link(l.placed.grouped, people + "?stage=placed", links.people, row, estate: estate)
                ),
                cell(.targetLivelihoods, .text(row.target.livelihoods.grouped)),
                cell(.incomeGain, .text(t.money(Satang(l.gainSatang)))),
                cell(
                    .incomeMeasured,
                    link(l.measured.grouped, people + "?stage=income", links.people, row, estate: estate)
                ),
                cell(.incomeUnreached, .text(l.unreached.grouped)),
                cell(.incomeNoBaseline, .text(l.noBaseline.grouped))
            )
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
        return .section(
            .id("livelihoods"),
            .h2(.text(t(.livelihoodsHeading))),
            .p(.class("hint"), .text(t(.livelihoodsHint))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("progress outcomes cards"),
                    .thead(.tr(.th(.text(t(.estate))), .forEach(headers) { .th(.class("number"), .text(t($0))) })),
                    .tbody(.forEach(model.rows) { line($0, estate: $0.estateID, isTotal: false) }),
                    .tfoot(line(total, estate: nil, isTotal: true))
                )
            ),
            .h2(.id("income"), .text(t(.incomeByCommunity))),
            .p(.class("hint"), .text(t(.incomeRule))),
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
