import Foundation
import SanfanCore

/// The dashboard's charts and map, from the protected breakdown tables.
extension DashboardModelBuilder {
    typealias Group = IndicatorQueries.Group

    func shown(_ breakdown: Breakdown, _ group: Group, _ indicator: Indicator) -> ShownFigure {
        figures.tables[breakdown]?.figure(group, indicator) ?? ShownFigure(count: .exact(0))
    }

    func funnel() -> Dashboard.Chart? {
        let rows = Indicator.funnel.map { indicator in
            Dashboard.ChartRow(
                label: label(indicator),
                values: [value(figures.headline[indicator] ?? ShownFigure(count: .exact(0)), indicator)]
            )
        }
        let texts = rows.map { $0.values[0].text }
        return .init(
            id: "chart-funnel",
            title: t(.chartFunnel),
            summary: t(.funnelSummary, arguments: texts),
            kind: .bars(centred: true),
            series: [t(.actual)],
            rowHeader: t(.indicator),
            rows: rows
        )
    }

    func byEstate() -> Dashboard.Chart? {
        guard let table = figures.tables[.estate], !table.groups.isEmpty else { return nil }
        let groups = table.groups.sorted { (labels.estate($0.id) ?? "") < (labels.estate($1.id) ?? "") }
        let showTargets = filter.keepsTargets && !figures.targetsByEstate.isEmpty
        let rows = groups.map { group in
            var row = Dashboard.ChartRow(
                label: labels.estate(group.id) ?? t(.unknownGroup),
                values: [
                    value(shown(.estate, group, .completed), .completed, estate: group.id),
                    value(shown(.estate, group, .certified), .certified, estate: group.id),
                ]
            )
            if showTargets, let id = group.id, let target = figures.targetsByEstate[id] {
                row.target = .init(text: target.trained.grouped, number: Double(target.trained))
            }
            return row
        }
        let top = zip(groups, rows).max { ($0.1.values[0].number ?? 0) < ($1.1.values[0].number ?? 0) }
        let total = figures.headline[.completed] ?? ShownFigure(count: .exact(0))
        return .init(
            id: "chart-estates",
            title: t(.chartByEstate),
            summary: t(
                .estateSummary,
                top?.1.label ?? "—",
                top?.1.values[0].text ?? "0",
                Self.text(total),
                figures.targets.map { $0.trained.grouped } ?? "—"
            ),
            kind: .bars(centred: false),
            series: [label(.completed), label(.certified)],
            rowHeader: t(.estate),
            targetLabel: showTargets ? t(.targetTrained) : nil,
            rows: rows
        )
    }

    func byOccupation() -> Dashboard.Chart? {
        guard let table = figures.tables[.occupation], !table.groups.isEmpty else { return nil }
        let groups = table.groups.filter { $0.id != nil }.sorted {
            (Self.number(shown(.occupation, $0, .completed)) ?? 0)
                > (Self.number(shown(.occupation, $1, .completed)) ?? 0)
        }
        guard !groups.isEmpty else { return nil }
        let rows = groups.map { group in
            Dashboard.ChartRow(
                label: labels.occupation(group.id) ?? t(.unknownGroup),
                // No links: the lists have no occupation filter, and a link must open exactly its records.
                values: [Indicator.completed, .certified].map { indicator in
                    let figure = shown(.occupation, group, indicator)
                    return Dashboard.Value(text: Self.text(figure), number: Self.number(figure))
                }
            )
        }
        return .init(
            id: "chart-occupations",
            title: t(.chartByOccupation),
            summary: t(.occupationSummary, rows[0].label, rows[0].values[0].text, rows[0].values[1].text),
            kind: .bars(centred: false),
            series: [label(.completed), label(.certified)],
            rowHeader: t(.occupation),
            rows: rows
        )
    }

    func byAgeAndGender() -> Dashboard.Chart? {
        guard let table = figures.tables[.ageGroupGender], !table.groups.isEmpty else { return nil }
        let present = Set(table.groups.compactMap { $0.text?.split(separator: ":").last.map(String.init) })
        let genders = Gender.allCases.filter { present.contains($0.rawValue) }
        var ages: [(key: String, label: String, group: AgeGroup?)] = AgeGroup.allCases.map {
            ($0.rawValue, t(RegistryText.ageGroup($0)), $0)
        }
        if table.groups.contains(where: { $0.text?.hasPrefix("outside:") ?? false }) {
            ages.append(("outside", t(.outsideBands), nil))
        }
        let rows = ages.map { age in
            Dashboard.ChartRow(
                label: age.label,
                values: genders.map { gender in
                    let figure = shown(.ageGroupGender, Group(text: age.key + ":" + gender.rawValue), .completed)
                    return age.group == nil
                        ? .init(text: Self.text(figure), number: Self.number(figure))
                        : value(figure, .completed, gender: gender, age: age.group)
                }
            )
        }
        // The largest age group, from the age table (protected on its own).
        let largest = ages.compactMap { age -> (String, ShownFigure)? in
            (age.label, shown(.ageGroup, Group(text: age.key), .completed))
        }.max { (Self.number($0.1) ?? 0) < (Self.number($1.1) ?? 0) }
        return .init(
            id: "chart-age-gender",
            title: t(.chartByAgeGender),
            summary: t(.ageGenderSummary, largest?.0 ?? "—", largest.map { Self.text($0.1) } ?? "0"),
            kind: .bars(centred: false),
            series: genders.map { t(RegistryText.gender($0)) },
            rowHeader: t(.ageGroup),
            rows: rows
        )
    }

    func byMonth() -> Dashboard.Chart? {
        guard let table = figures.tables[.month] else { return nil }
        let months = table.groups.compactMap(\.text).sorted()
        guard !months.isEmpty else { return nil }
        let series: [Indicator] = [.registered, .completed, .certified]
        let rows = months.map { month in
            Dashboard.ChartRow(
                label: ThaiCalendar.formatMonth(month, in: t.language),
                values: series.map { indicator in
                    let figure = shown(.month, Group(text: month), indicator)
                    return .init(text: Self.text(figure), number: Self.number(figure))
                }
            )
        }
        let top = rows.max { ($0.values[1].number ?? 0) < ($1.values[1].number ?? 0) }
        return .init(
            id: "chart-months",
            title: t(.chartByMonth),
            summary: t(.monthSummary, top?.label ?? "—", top?.values[1].text ?? "0"),
            kind: .lines,
            series: series.map(label),
            rowHeader: t(.month),
            rows: rows
        )
    }

    func map() -> Dashboard.Map {
        let map = ThailandMap.shared
        let indicator = choice.map
        let values = map.provinces.map { shown(.province, Group(number: $0.code), indicator) }
        let maximum = values.compactMap(\.exactCount).max() ?? 0
        func level(_ figure: ShownFigure) -> Int {
            switch figure.count {
            case .exact(0): 0
            case .exact(let n): maximum > 0 ? min(5, 1 + (n - 1) * 5 / maximum) : 0
            case .fewerThanFive, .withheld: 1
            }
        }
        let base = choice.query.split(separator: "&").filter { !$0.hasPrefix("province=") }.joined(separator: "&")
        let mapPart = indicator == .completed ? "" : "&map=\(indicator.rawValue)"
        let provinces = zip(map.provinces, values).map { province, figure in
            Dashboard.MapProvince(
                code: province.code,
                name: t.language == .thai ? province.name_th : province.name_en,
                path: province.d,
                x: province.x,
                y: province.y,
                value: .init(
                    text: Self.text(figure),
                    number: Self.number(figure),
                    link: SiteURL.dashboard.path + "?" + (base.isEmpty ? "" : base + "&") + "province=\(province.code)"
                        + mapPart
                ),
                level: level(figure),
                selected: province.code == filter.province
            )
        }
        let byCode = Dictionary(labels.estates.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let estates = map.estates.compactMap { point in
            byCode[point.code].map { Dashboard.MapEstate(name: $0, x: point.x, y: point.y) }
        }
        var legend = ["0"]
        for step in 1...5 {
            let low = maximum * (step - 1) / 5 + 1
            let high = maximum * step / 5
            legend.append(maximum == 0 ? "—" : (low >= high ? high.grouped : "\(low.grouped)–\(high.grouped)"))
        }
        let top = provinces.max { ($0.value.number ?? 0) < ($1.value.number ?? 0) }
        return .init(
            width: map.width,
            height: map.height,
            provinces: provinces,
            estates: estates,
            legend: legend,
            attribution: t.language == .thai ? map.attribution_th : map.attribution_en,
            summary: t(.mapSummary, top?.name ?? "—", top?.value.text ?? "0"),
            indicators: Indicator.allCases.map {
                .init(value: $0.rawValue, label: label($0), selected: $0 == indicator)
            }
        )
    }
}
