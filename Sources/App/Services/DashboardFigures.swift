import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The dashboard's figures as one reader may see them: counted within the reader's scope, and for
/// readers who may not see the people, protected by `SmallNumbers` table by table. The page, its
/// exports, the annual report and the indicators API all read this, so they never disagree.
struct DashboardFigures: Sendable {
    struct Table: Sendable {
        let breakdown: Breakdown
        /// The groups with any figure, in the breakdown's natural order (set by the caller).
        var groups: [IndicatorQueries.Group]
        var cells: [IndicatorQueries.Group: [Indicator: ShownFigure]]
        var total: [Indicator: ShownFigure]

        func figure(_ group: IndicatorQueries.Group, _ indicator: Indicator) -> ShownFigure {
            cells[group]?[indicator] ?? ShownFigure(count: .exact(0), satang: indicator.hasAmount ? 0 : nil)
        }
    }

    let cycles: [Cycle]
    let filter: IndicatorQueries.Filter
    let scope: FigureScope
    let exact: Bool
    let headline: [Indicator: ShownFigure]
    let tables: [Breakdown: Table]
    /// Targets summed over the chosen cycles and the estates in view; nil when they do not apply
    /// (a partner's share, or a filter other than the estate).
    let targets: TargetSheet.Target?
    let targetsByEstate: [UUID: TargetSheet.Target]
    let incomeCommunities: Int

    /// Every breakdown the dashboard draws.
    static let pageBreakdowns: [Breakdown] = [
        .estate, .occupation, .ageGroup, .gender, .ageGroupGender, .month, .province,
    ]

    static func load(
        cycles: [Cycle],
        filter: IndicatorQueries.Filter,
        principal: Principal,
        bands: AgeBands,
        breakdowns: [Breakdown] = pageBreakdowns,
        on database: any Database
    ) async throws -> DashboardFigures {
        let scope = AccessPolicy.figureScope(for: principal)
        let exact = AccessPolicy.seesExactFigures(principal)
        let keys = try cycles.map {
            IndicatorQueries.CycleKey(
                id: try $0.requireID(),
                fiscalYear: $0.fiscalYear,
                bands: $0.ageBands.flatMap(AgeBands.init(parsing:)) ?? bands
            )
        }
        let results = try await FigureStore.figures(
            cycles: keys,
            filter: filter,
            scope: scope,
            breakdowns: breakdowns,
            bands: bands,
            on: database
        )
        var tables: [Breakdown: Table] = [:]
        for breakdown in breakdowns {
            let groups = results.groups[breakdown] ?? [:]
            let order = groups.keys.sorted {
                ($0.text ?? "", $0.number ?? 0, $0.id?.uuidString ?? "") < (
                    $1.text ?? "", $1.number ?? 0, $1.id?.uuidString ?? ""
                )
            }
            var table = Table(breakdown: breakdown, groups: order, cells: [:], total: [:])
            for indicator in Indicator.allCases {
                let cells = order.map {
                    groups[$0]?[indicator] ?? Figure(count: 0, satang: indicator.hasAmount ? 0 : nil)
                }
                let protected = SmallNumbers.protect(
                    cells: cells,
                    total: results.totals[indicator] ?? Figure(),
                    exact: exact
                )
                for (group, shown) in zip(order, protected.cells) {
                    table.cells[group, default: [:]][indicator] = shown
                }
                table.total[indicator] = protected.total
            }
            tables[breakdown] = table
        }
        // The headline shows no more than any one table does: a total one table withholds (so that
        // a small cell cannot be worked out) is withheld on the headline as well.
        var headline: [Indicator: ShownFigure] = [:]
        for indicator in Indicator.allCases {
            let total = results.totals[indicator] ?? Figure()
            var shown = SmallNumbers.protect(cells: [], total: total, exact: exact).total
            for table in tables.values {
                if let other = table.total[indicator], other.exactCount == nil { shown = other }
            }
            headline[indicator] = shown
        }
        let (targets, byEstate) = try await Self.targets(cycles, filter: filter, scope: scope, on: database)
        return DashboardFigures(
            cycles: cycles,
            filter: filter,
            scope: scope,
            exact: exact,
            headline: headline,
            tables: tables,
            targets: targets,
            targetsByEstate: byEstate,
            incomeCommunities: results.incomeCommunities
        )
    }

    private struct TargetRow: Decodable {
        let estate_id: UUID
        let target_trained: Int
        let target_certified: Int
        let target_livelihoods: Int
        let target_income_satang: Int64
    }

    /// The chosen cycles' targets per estate (the benchmark runs it raw too).
    static func targetsStatement(_ cycles: [UUID]) -> SQLQueryString {
        """
        SELECT estate_id, target_trained, target_certified, target_livelihoods, target_income_satang \
        FROM cycle_estates WHERE cycle_id IN \(SQLBind.group(cycles))
        """
    }

    /// The targets set for the chosen cycles at the estates in view: per estate, and summed. Income
    /// targets are per community: the total is the target per community (the programme's 5 million
    /// baht unless a cycle says otherwise, taken as the largest set) times the communities measured.
    private static func targets(
        _ cycles: [Cycle],
        filter: IndicatorQueries.Filter,
        scope: FigureScope,
        on database: any Database
    ) async throws -> (TargetSheet.Target?, [UUID: TargetSheet.Target]) {
        let ownEstates: Set<UUID>?
        switch scope {
        case .everything: ownEstates = nil
        case .estates(let ids): ownEstates = ids
        case .referredTo, .sharedWith, .nothing: return (nil, [:])
        }
        let ids = try cycles.map { try $0.requireID() }
        guard !ids.isEmpty else { return (nil, [:]) }
        let rows = try await database.sql.raw(targetsStatement(ids)).all(decoding: TargetRow.self)
        var byEstate: [UUID: TargetSheet.Target] = [:]
        for row in rows {
            let estate = row.estate_id
            if let ownEstates, !ownEstates.contains(estate) { continue }
            if let only = filter.estate, only != estate { continue }
            var target = byEstate[estate] ?? TargetSheet.Target(income: Satang(0))
            target.trained += row.target_trained
            target.certified += row.target_certified
            target.livelihoods += row.target_livelihoods
            target.income = Satang(max(target.income.value, row.target_income_satang))
            byEstate[estate] = target
        }
        guard filter.keepsTargets, !byEstate.isEmpty else { return (nil, byEstate) }
        var total = TargetSheet.Target(income: Satang(0))
        for target in byEstate.values {
            total.trained += target.trained
            total.certified += target.certified
            total.livelihoods += target.livelihoods
            total.income = Satang(max(total.income.value, target.income.value))
        }
        return (total, byEstate)
    }
}
