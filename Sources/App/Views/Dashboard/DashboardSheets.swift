import Foundation
import SanfanCore

/// The dashboard's figures as tables for a workbook or a CSV: the indicators, then one table per
/// breakdown, each cell as the reader may see it (a number, or "<5" / "—" as text).
struct DashboardSheets {
    let figures: DashboardFigures
    let labels: DashboardLabels
    let t: Localizer

    func tables() -> [Exports.Table] {
        let builder = DashboardModelBuilder.self
        func cell(_ shown: ShownFigure) -> XLSXWriter.Value {
            shown.exactCount.map { .integer(Int64($0)) } ?? .text(builder.text(shown))
        }
        func amount(_ shown: ShownFigure) -> XLSXWriter.Value { shown.satang.map { .money($0) } ?? .empty }
        let names = indicatorNames()
        var tables: [Exports.Table] = []
        let targets = figures.targets
        func target(_ indicator: Indicator) -> XLSXWriter.Value {
            targets?.count(for: indicator).map { .integer(Int64($0)) } ?? .empty
        }
        tables.append(
            Exports.table(
                t(.sheetIndicators),
                [
                    .init(t(.indicator), width: 30), .init(t(.target), .integer), .init(t(.actual), .integer),
                    .init(t(.amountBaht), .money, width: 18),
                ],
                Indicator.allCases.map { indicator in
                    let shown = figures.headline[indicator] ?? ShownFigure(count: .exact(0))
                    return [
                        .text(names[indicator] ?? indicator.rawValue), target(indicator), cell(shown), amount(shown),
                    ]
                }
            )
        )
        let breakdowns: [(Breakdown, Phrase)] = [
            (.estate, .estate), (.occupation, .occupation), (.ageGroup, .ageGroup), (.gender, .gender),
            (.month, .month), (.province, .province),
        ]
        for (breakdown, title) in breakdowns {
            guard let table = figures.tables[breakdown] else { continue }
            let columns: [XLSXWriter.Column] =
                [.init(t(title), width: 30)] + Indicator.allCases.map { .init(names[$0] ?? $0.rawValue, .integer) }
                + [
                    .init(t(.indicatorLoansApproved) + " (" + t(.amountBaht) + ")", .money, width: 18),
                    .init(t(.indicatorIncomeGain) + " (" + t(.amountBaht) + ")", .money, width: 18),
                ]
            let rows = table.groups.map { group -> [XLSXWriter.Value] in
                [.text(label(breakdown, group))] + Indicator.allCases.map { cell(table.figure(group, $0)) }
                    + [amount(table.figure(group, .loansApproved)), amount(table.figure(group, .incomeGain))]
            }
            let total: [XLSXWriter.Value] =
                [.text(t(.total))] + Indicator.allCases.map { cell(table.total[$0] ?? ShownFigure(count: .exact(0))) }
                + [
                    amount(table.total[.loansApproved] ?? ShownFigure(count: .exact(0))),
                    amount(table.total[.incomeGain] ?? ShownFigure(count: .exact(0))),
                ]
            tables.append(Exports.table(t(title), columns, rows + [total]))
        }
        return tables
    }

    func indicatorNames() -> [Indicator: String] {
        Dictionary(uniqueKeysWithValues: Indicator.allCases.map { ($0, DashboardModelBuilder.label($0, t)) })
    }

    func label(_ breakdown: Breakdown, _ group: IndicatorQueries.Group) -> String {
        switch breakdown {
        case .estate: labels.estate(group.id) ?? t(.unknownGroup)
        case .occupation: labels.occupation(group.id) ?? t(.unknownGroup)
        case .gender: group.text.flatMap(Gender.init(rawValue:)).map { t(RegistryText.gender($0)) } ?? t(.unknownGroup)
        case .ageGroup:
            group.text.flatMap(AgeGroup.init(rawValue:)).map { t(RegistryText.ageGroup($0)) } ?? t(.outsideBands)
        case .ageGroupGender: group.text ?? ""
        case .month: group.text.map { ThaiCalendar.formatMonth($0, in: t.language) } ?? t(.unknownGroup)
        case .province: labels.province(group.number) ?? t(.unknownGroup)
        }
    }
}
