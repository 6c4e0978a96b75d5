import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import SanfanCore

/// The cycle page's figures from the figure store (`FigureStore`, brought up to date by the caller),
/// in four statements whatever the number of people: the estates and their targets, the cube's sums
/// per estate and kind, per community for income, and per age group. The same figures counted
/// from the records (`ProgressQueries`, `LivelihoodProgressQueries`) are the recount the tests
/// compare them with.
///
/// Flag subsets (`IndicatorQueries+Store`): 9 counts a record once per cycle and estate; 8 once per
/// cycle (for a person's community, their own attribute); 24 and 25 once per cycle and age group,
/// and per estate too.
///
/// The cube's sums are kept in memory under the store's generation (`FigureStore.refresh`), which
/// changes in the same transaction as the cube: a page view then reads only the generation, the
/// estates' targets and the communities' names. Nothing kept can outlive its generation, so every
/// app server shows what a read of the cube would.
enum CycleFigureQueries {
    struct Figures: Sendable {
        var rows: [ProgressQueries.Row]
        var livelihood: [UUID: LivelihoodProgressQueries.Row]
        var communities: [LivelihoodProgressQueries.CommunityIncome]
        /// The store's generation the sums were read at; nil when they were not kept.
        var generation: String? = nil
    }

    /// Everything the cycle page and its API show but the age groups, once the store is brought up
    /// to date (a refresh that fails is logged, and the figures are the last ones); `bands` are the
    /// programme's, for cycles that set none.
    static func load(_ cycle: Cycle, bands: AgeBands, on database: any Database) async throws -> Figures {
        let generation = await FigureStore.refreshOrKeepLast(bands: bands, on: database)
        return try await figures(cycle, generation: generation, on: database)
    }

    /// People enrolled and completed by age group, at `estates` when given (an officer's estates in
    /// the cycle), from the store when it can count them (`load` has brought it up to date).
    static func ageGroups(
        _ cycle: Cycle,
        estates: Set<UUID>?,
        bands: AgeBands,
        generation: String? = nil,
        on database: any Database
    ) async throws -> [ProgressQueries.AgeRow] {
        // No estates (an officer whose estates the cycle does not cover): nothing to count.
        if let estates, estates.isEmpty { return [] }
        guard readsAgeGroups(estates: estates) else {
            let bands = cycle.ageBands.flatMap(AgeBands.init(parsing:)) ?? bands
            return try await ProgressQueries.ageGroups(cycle, bands: bands, estates: estates, on: database)
        }
        return try await storedAgeGroups(cycle, estates: estates, generation: generation, on: database)
    }

    private struct Base: Decodable {
        let estate_id: UUID
        let estate_code: String
        let estate_name_th: String
        let estate_name_en: String
        let target_trained: Int
        let target_certified: Int
        let target_livelihoods: Int
        let target_income_satang: Int64
    }

    private struct Sum: Decodable {
        let g: UUID
        let k: String
        let n: Int
        let a: Int64
    }

    private struct AgeSum: Decodable {
        let age: String
        let k: String
        let n: Int
    }

    /// Sums of one kind per group (an estate, a community, an age group) and kind of fact.
    typealias Sums = [String: [String: (n: Int, a: Int64)]]

    static func figures(_ cycle: Cycle, generation: String? = nil, on database: any Database) async throws -> Figures {
        let sql = database.sql
        let id = try cycle.requireID()
        let base = try await sql.raw(
            """
            SELECT ce.estate_id AS estate_id, e.code AS estate_code, e.name_th AS estate_name_th, \
            e.name_en AS estate_name_en, ce.target_trained AS target_trained, ce.target_certified AS target_certified, \
            ce.target_livelihoods AS target_livelihoods, ce.target_income_satang AS target_income_satang \
            FROM cycle_estates ce JOIN estates e ON e.id = ce.estate_id WHERE ce.cycle_id = \(bind: id) ORDER BY e.name_th
            """
        ).all(decoding: Base.self)
        // Grouped in the index's order (kind, then estate), so no sort.
        let counts = try await memo.sums("estates \(id)", generation) {
            try await sql.raw(
                """
                SELECT eid AS g, k, CAST(SUM(c9) AS BIGINT) AS n, CAST(SUM(a9) AS BIGINT) AS a FROM figure_cube \
                WHERE cycle_id = \(bind: id) GROUP BY k, eid
                """
            ).all(decoding: Sum.self).map { ($0.g.uuidString, $0.k, $0.n, $0.a) }
        }
        let rows = base.map { row in
            let n = { (kind: String) in counts[row.estate_id.uuidString]?[kind]?.n ?? 0 }
            return ProgressQueries.Row(
                estate_id: row.estate_id,
                estate_code: row.estate_code,
                estate_name_th: row.estate_name_th,
                estate_name_en: row.estate_name_en,
                target_trained: row.target_trained,
                target_certified: row.target_certified,
                target_livelihoods: row.target_livelihoods,
                target_income_satang: row.target_income_satang,
                registered: n(Indicator.registered.rawValue),
                enrolled: n("enrolled"),
                completed: n(Indicator.completed.rawValue),
                assessed: n(Indicator.assessed.rawValue),
                certified: n(Indicator.certified.rawValue)
            )
        }
        var livelihood: [UUID: LivelihoodProgressQueries.Row] = [:]
        for (key, kinds) in counts {
            guard let estate = UUID(uuidString: key) else { continue }
            let n = { (kind: String) in kinds[kind]?.n ?? 0 }
            livelihood[estate] = .init(
                referred: n(Indicator.referred.rawValue),
                mentored: n("mentored"),
                loansApproved: n(Indicator.loansApproved.rawValue),
                loansApprovedSatang: kinds[Indicator.loansApproved.rawValue]?.a ?? 0,
                businesses: n(Indicator.businesses.rawValue),
                placed: n(Indicator.placed.rawValue),
                income: income(kinds)
            )
        }
        return Figures(
            rows: rows,
            livelihood: livelihood,
            communities: try await communities(id, generation: generation, on: database),
            generation: generation
        )
    }

    /// Income gain, people measured, unreached and without a baseline, from one group's sums.
    private static func income(_ kinds: [String: (n: Int, a: Int64)]) -> LivelihoodProgressQueries.IncomeTotals {
        .init(
            gainSatang: kinds[Indicator.incomeGain.rawValue]?.a ?? 0,
            measured: kinds[Indicator.incomeGain.rawValue]?.n ?? 0,
            unreached: kinds["income_unreached"]?.n ?? 0,
            noBaseline: kinds["income_no_baseline"]?.n ?? 0
        )
    }

    /// The cohort's income per community of the person's registration, with the community's name
    /// and estate, by name.
    private static func communities(
        _ cycle: UUID,
        generation: String?,
        on database: any Database
    ) async throws -> [LivelihoodProgressQueries.CommunityIncome] {
        let byKey = try await memo.sums("communities \(cycle)", generation) {
            try await database.sql.raw(
                """
                SELECT cid AS g, k, CAST(SUM(c8) AS BIGINT) AS n, CAST(SUM(a8) AS BIGINT) AS a FROM figure_cube \
                WHERE cycle_id = \(bind: cycle) AND k IN \(unsafeRaw: IndicatorQueries.incomeKinds) GROUP BY k, cid
                """
            ).all(decoding: Sum.self).map { ($0.g.uuidString, $0.k, $0.n, $0.a) }
        }
        let byCommunity = Dictionary(
            byKey.compactMap { key, kinds in UUID(uuidString: key).map { ($0, kinds) } },
            uniquingKeysWith: { a, _ in a }
        )
        let ids = byCommunity.keys.filter { $0 != IndicatorQueries.noID }
        struct Named: Decodable {
            let id: UUID
            let name_th: String
            let estate_id: UUID?
        }
        let named =
            ids.isEmpty
            ? []
            : try await database.sql.raw(
                "SELECT id, name_th, estate_id FROM communities WHERE id IN \(SQLBind.group(ids))"
            ).all(decoding: Named.self)
        let byID = Dictionary(named.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let lines = byCommunity.map { id, kinds in
            let community = id == IndicatorQueries.noID ? nil : byID[id]
            return LivelihoodProgressQueries.CommunityIncome(
                communityID: id == IndicatorQueries.noID ? nil : id,
                community: community?.name_th,
                estateID: community?.estate_id,
                income: income(kinds)
            )
        }
        // By name, then id (two communities may share a name at different estates), comparing the
        // bytes of keys made once.
        return lines.map {
            (Array(($0.community ?? "").utf8) + [0] + Array(($0.communityID?.uuidString ?? "").utf8), $0)
        }
        .sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// Whether `ageGroups` reads the store: for the whole programme or one estate. A person can be
    /// at two of several estates, which sums cannot count once: those are counted from the records.
    static func readsAgeGroups(estates: Set<UUID>?) -> Bool { (estates?.count ?? 0) <= 1 }

    /// People enrolled and completed by age group, at `estates` when given (none or one).
    private static func storedAgeGroups(
        _ cycle: Cycle,
        estates: Set<UUID>?,
        generation: String?,
        on database: any Database
    ) async throws -> [ProgressQueries.AgeRow] {
        let id = try cycle.requireID()
        let estate: SQLQueryString = estates?.first.map { " AND eid = \(bind: $0)" } ?? ""
        let column = estates == nil ? "c24" : "c25"
        let sums = try await memo.sums("ages \(id) \(estates?.first?.uuidString ?? "all")", generation) {
            try await database.sql.raw(
                """
                SELECT age, k, CAST(SUM(\(unsafeRaw: column)) AS BIGINT) AS n FROM figure_cube \
                WHERE cycle_id = \(bind: id) AND k IN ('enrolled', 'completed')\(estate) GROUP BY age, k
                """
            ).all(decoding: AgeSum.self).map { ($0.age, $0.k, $0.n, Int64(0)) }
        }
        var byAge: [String: (enrolled: Int, completed: Int)] = [:]
        for (age, kinds) in sums {
            byAge[age] = (kinds["enrolled"]?.n ?? 0, kinds["completed"]?.n ?? 0)
        }
        // Youngest band first, then anyone outside the bands.
        let order = AgeGroup.allCases.map(\.rawValue) + ["outside"]
        return order.compactMap { group in
            byAge[group].flatMap { $0.enrolled > 0 ? ($0.enrolled, $0.completed) : nil }.map {
                ProgressQueries.AgeRow(age_group: group, enrolled: $0.0, completed: $0.1)
            }
        }
    }

    /// The sums kept for this process, by generation.
    static let memo = CubeMemo()
}

/// Sums read from the figure cube, kept for the store's current generation only: the first read
/// at a new generation drops everything kept for the last. Bounded, since a generation lives until
/// the next change to the records and every cycle and estate could be asked for meanwhile.
final class CubeMemo: Sendable {
    private struct State {
        var generation = ""
        var entries: [String: CycleFigureQueries.Sums] = [:]
    }

    static let capacity = 512
    private let state = NIOLockedValueBox(State())

    /// The sums under `key` at `generation`, read by `load` when not kept (always, when the
    /// generation is unknown).
    func sums(
        _ key: String,
        _ generation: String?,
        load: () async throws -> [(group: String, kind: String, n: Int, a: Int64)]
    ) async throws -> CycleFigureQueries.Sums {
        if let generation, let kept = state.withLockedValue({ $0.generation == generation ? $0.entries[key] : nil }) {
            return kept
        }
        var sums: CycleFigureQueries.Sums = [:]
        for row in try await load() { sums[row.group, default: [:]][row.kind] = (row.n, row.a) }
        if let generation {
            state.withLockedValue { state in
                if state.generation != generation || state.entries.count >= Self.capacity {
                    state = State(generation: generation)
                }
                state.entries[key] = sums
            }
        }
        return sums
    }
}
