import Fluent
import Foundation
import SanfanCore
import Vapor

/// `GET /api/v1/indicators`: the dashboard's figures as JSON, counted and protected exactly as the
/// page shows them (`DashboardFigures`), optionally broken down by one dimension.
enum IndicatorsAPIController {
    struct FigureItem: Content {
        let indicator: String
        /// nil when the count is not shown (`shown` says why).
        let count: Int?
        /// `exact`, `fewer_than_five` (1 to 4 people) or `withheld` (at least 5, hidden so that a small
        /// count elsewhere cannot be worked out).
        let shown: String
        /// Loans approved and income gain: baht (two decimals), when the count is shown.
        let baht: String?
        var target: Int?
    }

    struct GroupItem: Content {
        let key: String
        let label: String
        let figures: [FigureItem]
    }

    struct CycleRef: Content {
        let id: UUID
        let fiscal_year: Int
    }

    struct IndicatorsResponse: Content {
        let cycles: [CycleRef]
        let exact: Bool
        let group_by: String?
        let totals: [FigureItem]
        let income_communities: Int?
        let groups: [GroupItem]?
    }

    static func item(_ indicator: Indicator, _ shown: ShownFigure, target: Int? = nil) -> FigureItem {
        let (count, state): (Int?, String) =
            switch shown.count {
            case .exact(let n): (n, "exact")
            case .fewerThanFive: (nil, "fewer_than_five")
            case .withheld: (nil, "withheld")
            }
        return FigureItem(
            indicator: indicator.rawValue,
            count: count,
            shown: state,
            baht: shown.satang.map(XLSXWriter.decimal),
            target: target
        )
    }

    static func indicators(req: Request) async throws -> IndicatorsResponse {
        let groupBy = try req.query[String.self, at: "group_by"].map { raw -> Breakdown in
            guard let breakdown = Breakdown(rawValue: raw) else {
                throw Abort(
                    .unprocessableEntity,
                    reason: "group_by must be one of: " + Breakdown.allCases.map(\.rawValue).joined(separator: ", ")
                )
            }
            return breakdown
        }
        let choice = try await DashboardController.choice(req)
        let figures = try await DashboardFigures.load(
            cycles: choice.cycles,
            filter: choice.filter,
            principal: try req.requirePrincipal(),
            bands: req.sanfan.settings.ageBands,
            breakdowns: DashboardFigures.pageBreakdowns,
            on: req.db
        )
        let labels = try await DashboardLabels.load(req)
        let sheets = DashboardSheets(figures: figures, labels: labels, t: req.localizer)
        let targets = figures.targets
        let totals = Indicator.allCases.map { indicator in
            let target = targets?.count(for: indicator)
            return item(indicator, figures.headline[indicator] ?? ShownFigure(count: .exact(0)), target: target)
        }
        let groups = groupBy.flatMap { breakdown in
            figures.tables[breakdown].map { table in
                table.groups.map { group in
                    GroupItem(
                        key: group.id?.uuidString.lowercased() ?? group.text ?? group.number.map(String.init) ?? "",
                        label: sheets.label(breakdown, group),
                        figures: Indicator.allCases.map { item($0, table.figure(group, $0)) }
                    )
                }
            }
        }
        return IndicatorsResponse(
            cycles: choice.cycles.compactMap { cycle in cycle.id.map { CycleRef(id: $0, fiscal_year: cycle.fiscalYear) }
            },
            exact: figures.exact,
            group_by: groupBy?.rawValue,
            totals: totals,
            income_communities: figures.exact ? figures.incomeCommunities : nil,
            groups: groups
        )
    }
}
