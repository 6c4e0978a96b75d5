import Fluent
import Foundation
import SanfanCore
import Vapor

/// The programme dashboard, its exports and the annual report: one choice of cycles and filters,
/// read from the address, counted once by `DashboardFigures` and shown each way.
enum DashboardController {
    /// What the reader chose, as read from the query string. Unknown values are ignored, never an
    /// error: the page shows what it can, and the form shows what was applied.
    struct Choice: Sendable {
        var cycles: [Cycle]
        var allCycles: [Cycle]
        var filter: IndicatorQueries.Filter
        var map: Indicator
        /// The applied choice as a query string (without `map`), for links that keep it.
        var query: String
    }

    static func choice(_ req: Request) async throws -> Choice {
        let pairs = queryPairs(req)
        func value(_ name: String) -> String? { pairs.last { $0.0 == name }?.1.trimmingCharacters(in: .whitespaces) }
        let all = try await CycleQueries.all(on: req.db)
        let wanted = Set(pairs.filter { $0.0 == "cycle" }.compactMap { UUID(uuidString: $0.1) })
        // No cycle chosen: the programme to date, every cycle.
        var cycles = all.filter { $0.id.map(wanted.contains) ?? false }
        if cycles.isEmpty { cycles = all }
        var filter = IndicatorQueries.Filter()
        filter.estate = value("estate").flatMap(UUID.init(uuidString:))
        filter.occupation = value("occupation").flatMap(UUID.init(uuidString:))
        filter.gender = value("gender").flatMap(Gender.init(rawValue:))
        filter.ageGroup = value("age_group").flatMap(AgeGroup.init(rawValue:))
        filter.province = value("province").flatMap { Int($0) }.flatMap { ThailandMap.shared.province($0)?.code }
        var parts: [(String, String)] = []
        if cycles.count != all.count {
            parts += cycles.compactMap { $0.id.map { ("cycle", $0.uuidString.lowercased()) } }
        }
        if let estate = filter.estate { parts.append(("estate", estate.uuidString.lowercased())) }
        if let occupation = filter.occupation { parts.append(("occupation", occupation.uuidString.lowercased())) }
        if let gender = filter.gender { parts.append(("gender", gender.rawValue)) }
        if let group = filter.ageGroup { parts.append(("age_group", group.rawValue)) }
        if let province = filter.province { parts.append(("province", String(province))) }
        return Choice(
            cycles: cycles,
            allCycles: all,
            filter: filter,
            map: value("map").flatMap(Indicator.init(rawValue:)) ?? .completed,
            query: parts.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        )
    }

    /// Every name=value pair of the query, repeated names kept (`cycle=…&cycle=…`).
    static func queryPairs(_ req: Request) -> [(String, String)] {
        (req.url.query ?? "").split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first?.removingPercentEncoding else { return nil }
            let raw = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ") : ""
            return (name, raw.removingPercentEncoding ?? "")
        }
    }

    static func figures(_ choice: Choice, _ req: Request) async throws -> DashboardFigures {
        try await DashboardFigures.load(
            cycles: choice.cycles,
            filter: choice.filter,
            principal: try req.requirePrincipal(),
            bands: req.sanfan.settings.ageBands,
            on: req.db
        )
    }

    static func show(req: Request) async throws -> Response {
        let choice = try await choice(req)
        let figures = try await figures(choice, req)
        let labels = try await DashboardLabels.load(req)
        let model = DashboardModelBuilder(
            choice: choice,
            figures: figures,
            labels: labels,
            principal: try req.requirePrincipal(),
            t: req.localizer
        ).page()
        return Dashboard.view(model, req.pageContext()).response()
    }
}

extension DashboardController {
    /// The annual report for the chosen cycles: the dashboard's figures laid out for A4.
    static func report(req: Request) async throws -> Response {
        let t = req.localizer
        let principal = try req.requirePrincipal()
        let choice = try await choice(req)
        let figures = try await figures(choice, req)
        let labels = try await DashboardLabels.load(req)
        let builder = DashboardModelBuilder(
            choice: choice,
            figures: figures,
            labels: labels,
            principal: principal,
            t: t
        )
        var model = AnnualReport.Model()
        model.dashboard = builder.page()
        let years = choice.cycles.map(\.fiscalYear).sorted()
        let yearText = years.map { t.fiscalYear($0) }.joined(separator: ", ")
        model.title = t(.annualReportTitle, yearText)
        model.subtitle = choice.cycles.map { t.language == .thai ? $0.nameTh : $0.nameEn }.joined(separator: " · ")
        model.preparedOn = t(.reportPreparedOn, t.date(req.sanfan.clock.now()))
        let sheets = DashboardSheets(figures: figures, labels: labels, t: t)
        let shownIndicators: [Indicator] = [
            .registered, .completed, .assessed, .certified, .referred, .loansApproved, .businesses, .placed,
        ]
        for (breakdown, title) in [(Breakdown.estate, Phrase.estate), (.occupation, .occupation)] {
            guard let table = figures.tables[breakdown] else { continue }
            let rows = table.groups.map { group in
                [sheets.label(breakdown, group)]
                    + shownIndicators.map { DashboardModelBuilder.text(table.figure(group, $0)) }
            }.sorted { $0[0] < $1[0] }
            let total =
                [t(.total)]
                + shownIndicators.map { DashboardModelBuilder.text(table.total[$0] ?? ShownFigure(count: .exact(0))) }
            model.tables.append(
                .init(
                    title: t(title),
                    headers: [t(title)] + shownIndicators.map { builder.label($0) },
                    rows: rows + [total]
                )
            )
        }
        let thai = t.language == .thai
        model.partners = try await CatalogueQueries.organisations(activeOnly: true, on: req.db).map {
            (thai ? $0.nameTh : $0.nameEn, t(RoleText.kindPhrase($0.kind)))
        }
        model.definitions = [
            t(.definitionPeople), t(.definitionCohort), t(.definitionIncome), t(.definitionAge), t(.definitionBusiness),
            t(.smallNumbersNote),
        ]
        return AnnualReport.view(model, req.pageContext()).response()
    }
}
