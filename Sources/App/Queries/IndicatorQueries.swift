import Fluent
import FluentSQLiteDriver
import Foundation
import SQLKit
import SanfanCore

/// The programme's indicators for chosen cycles, filtered and broken down, read from the store
/// `FigureStore` keeps (`figure_cube`, `figure_facts`; how a record is counted once from sums is in
/// `IndicatorQueries+Store`). Whole-programme and one-estate readers read the cube: a few thousand
/// rows. Partners, whose share is a set of people, sum a cube made of their people's facts alone.
/// Officers of several estates, where one person can be at two of them, count distinct records
/// among the facts in their scope.
enum IndicatorQueries {
    struct Filter: Sendable, Equatable {
        var estate: UUID?
        var occupation: UUID?
        var gender: Gender?
        var ageGroup: AgeGroup?
        /// A DOPA province code (10–96), of the person's home address.
        var province: Int?

        var isEmpty: Bool { self == Filter() }
        /// Whether targets (set per estate) still apply: only the estate may narrow them.
        var keepsTargets: Bool { occupation == nil && gender == nil && ageGroup == nil && province == nil }
    }

    /// A group within a breakdown: an estate's or occupation's id, a gender, an age group or a
    /// month (`YYYY-MM`) as text, a province's code; `nil` members for the total.
    struct Group: Hashable, Sendable {
        var id: UUID?
        var text: String?
        var number: Int?
    }

    struct Results: Sendable {
        var totals: [Indicator: Figure] = [:]
        var groups: [Breakdown: [Group: [Indicator: Figure]]] = [:]
        /// Communities with at least one person whose income gain was measured.
        var incomeCommunities = 0
    }

    private struct Line: Decodable, Sendable {
        let dim: String
        let k: String
        let g_id: UUID?
        let g_text: String?
        let g_int: Int?
        let n: Int
        let amt: Int64?
    }

    static func figures(
        cycles: [CycleKey],
        everyCycle: Bool,
        filter: Filter,
        scope: FigureScope,
        breakdowns: [Breakdown],
        on database: any Database
    ) async throws -> Results {
        guard !cycles.isEmpty, scope != .nothing else { return Results() }
        let statement = statement(cycles, everyCycle: everyCycle, filter, scope, breakdowns)
        let lines: [Line]
        if !countsFromCube(cycles, everyCycle: everyCycle, scope) {
            lines = try await database.withConnection { db in
                // The distinct counts sort in memory rather than in a temporary file.
                if db is any SQLiteDatabase { try await db.sql.raw("PRAGMA temp_store = MEMORY").run() }
                return try await db.sql.raw(statement).all(decoding: Line.self)
            }
        } else {
            lines = try await database.sql.raw(statement).all(decoding: Line.self)
        }
        var results = Results()
        for line in lines {
            if line.k == "communities" {
                results.incomeCommunities = line.n
                continue
            }
            guard let indicator = Indicator(rawValue: line.k) else { continue }
            let figure = Figure(count: line.n, satang: indicator.hasAmount ? (line.amt ?? 0) : nil)
            if line.dim == "total" {
                results.totals[indicator] = figure
            } else if let breakdown = Breakdown(rawValue: line.dim) {
                let group = Group(id: line.g_id, text: line.g_text, number: line.g_int)
                results.groups[breakdown, default: [:]][group, default: [:]][indicator] = figure
            }
        }
        for indicator in Indicator.allCases
        where results.totals[indicator] == nil || results.totals[indicator]?.count == 0 {
            results.totals[indicator] = Figure(count: 0, satang: indicator.hasAmount ? 0 : nil)
        }
        return results
    }

    /// Whether sums from a cube give the reader's figures. They do for the whole programme or one
    /// estate, and for a partner's people, over one cycle or every cycle. Several estates (one person
    /// can be at two) or some of the cycles (a record's flag may sit in a cycle not chosen) need
    /// distinct counting among the facts.
    static func countsFromCube(_ cycles: [CycleKey], everyCycle: Bool, _ scope: FigureScope) -> Bool {
        if cycles.count > 1 && !everyCycle { return false }
        if case .estates(let ids) = scope, ids.count > 1 { return false }
        return true
    }

    /// The statement `figures` runs for a reader. `everyCycle`: the cycles chosen are all there are.
    static func statement(
        _ cycles: [CycleKey],
        everyCycle: Bool,
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> SQLQueryString {
        guard countsFromCube(cycles, everyCycle: everyCycle, scope) else {
            return factsStatement(cycles, filter, scope, breakdowns)
        }
        var fixed = Fixed(
            estate: filter.estate != nil,
            occupation: filter.occupation != nil,
            ageGroup: filter.ageGroup != nil,
            cycle: cycles.count == 1
        )
        switch scope {
        case .everything: return cubeStatement(cycles, filter, estate: nil, fixed, breakdowns)
        case .estates(let ids):
            fixed.estate = true
            return cubeStatement(cycles, filter, estate: ids.first, fixed, breakdowns)
        case .sharedWith, .referredTo, .nothing:
            // A partner's people: the flags still count each record once (a record's facts share
            // its person; a loan's, its lender), summed from their facts alone.
            var conditions = [
                "cycle_id IN \(SQLBind.group(cycles.map(\.id)))", scopeCondition(scope, estate: "eid", person: "pid"),
            ]
            var lender = false
            if case .referredTo(let bank) = scope {
                conditions.append("(bank IS NULL OR bank = \(bind: bank))")
                lender = true
            }
            let subsets = Set([subset(fixed, groupedBy: nil)] + breakdowns.map { subset(fixed, groupedBy: $0) })
            return cubeStatement(
                cycles,
                filter,
                estate: nil,
                fixed,
                breakdowns,
                cube: scopedCube(conditions, lender: lender, subsets: subsets)
            )
        }
    }

    /// A breakdown's group as the statements select it, from the store's columns.
    private static func group(_ breakdown: Breakdown) -> (column: SQLQueryString, kind: String) {
        switch breakdown {
        case .estate: ("eid", "id")
        case .occupation: ("NULLIF(oid, \(bind: noID))", "id")
        case .gender: ("gender", "text")
        case .ageGroup: ("age", "text")
        case .ageGroupGender: ("age || ':' || gender", "text")
        case .month: ("NULLIF(mon, '')", "text")
        case .province: ("prov", "int")
        }
    }

    private static func selectGroup(_ breakdown: Breakdown?) -> SQLQueryString {
        guard let breakdown else {
            return
                "'total' AS dim, k, CAST(NULL AS UUID) AS g_id, CAST(NULL AS TEXT) AS g_text, CAST(NULL AS INTEGER) AS g_int"
        }
        let kind = group(breakdown).kind
        let id = kind == "id" ? "g" : "CAST(NULL AS UUID)"
        let text = kind == "text" ? "g" : "CAST(NULL AS TEXT)"
        let number = kind == "int" ? "g" : "CAST(NULL AS INTEGER)"
        return
            "\(literal: breakdown.rawValue) AS dim, k, \(unsafeRaw: id) AS g_id, \(unsafeRaw: text) AS g_text, \(unsafeRaw: number) AS g_int"
    }

    /// The filters over the store's columns (the facts' or the cube's, which share their names).
    private static func storeConditions(_ cycles: [CycleKey], _ filter: Filter, estate: UUID?) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = ["cycle_id IN \(SQLBind.group(cycles.map(\.id)))"]
        if let estate { conditions.append("eid = \(bind: estate)") }
        if let id = filter.estate { conditions.append("eid = \(bind: id)") }
        // The store's "no occupation" is a placeholder id, never one to choose.
        if let id = filter.occupation { conditions.append("oid = \(bind: id) AND oid <> \(bind: noID)") }
        if let gender = filter.gender { conditions.append("gender = \(bind: gender.rawValue)") }
        if let group = filter.ageGroup { conditions.append("age = \(bind: group.rawValue)") }
        if let province = filter.province { conditions.append("prov = \(bind: province)") }
        return conditions
    }

    /// Sums from the cube (the stored one, or `cube`, a statement making one): each figure sums the
    /// flag of the subset for its filter and breakdown.
    static func cubeStatement(
        _ cycles: [CycleKey],
        _ filter: Filter,
        estate: UUID?,
        _ fixed: Fixed,
        _ breakdowns: [Breakdown],
        cube: SQLQueryString? = nil
    ) -> SQLQueryString {
        let source = cube == nil ? "figure_cube" : "scoped"
        var conditions = storeConditions(cycles, filter, estate: estate)
        // The stored cube holds people financed per lender too, which only a lender's cube reads.
        if cube == nil { conditions.append("k NOT IN (\(unsafeRaw: otherKinds))") }
        let condition = conditions.joined(separator: " AND ")
        let whole = subset(fixed, groupedBy: nil)
        var selects: [SQLQueryString] = [
            """
            SELECT \(selectGroup(nil)), CAST(SUM(c\(unsafeRaw: String(whole))) AS BIGINT) AS n, \
            CAST(SUM(a\(unsafeRaw: String(whole))) AS BIGINT) AS amt FROM \(unsafeRaw: source) WHERE \(condition) \
            GROUP BY k HAVING SUM(c\(unsafeRaw: String(whole))) > 0
            """,
            """
            SELECT 'total' AS dim, 'communities' AS k, CAST(NULL AS UUID) AS g_id, CAST(NULL AS TEXT) AS g_text, \
            CAST(NULL AS INTEGER) AS g_int, COUNT(*) AS n, CAST(NULL AS BIGINT) AS amt FROM (SELECT cid FROM \(unsafeRaw: source) \
            WHERE \(condition) AND k = 'income_gain' AND cid <> \(bind: noID) GROUP BY cid \
            HAVING SUM(c\(unsafeRaw: String(whole))) > 0) AS x
            """,
        ]
        for breakdown in breakdowns {
            let bits = String(subset(fixed, groupedBy: breakdown))
            selects.append(
                """
                SELECT \(selectGroup(breakdown)), CAST(SUM(c) AS BIGINT) AS n, CAST(SUM(a) AS BIGINT) AS amt \
                FROM (SELECT k, \(group(breakdown).column) AS g, c\(unsafeRaw: bits) AS c, a\(unsafeRaw: bits) AS a \
                FROM \(unsafeRaw: source) WHERE \(condition)) AS x GROUP BY k, g HAVING SUM(c) > 0
                """
            )
        }
        guard let cube else { return "\(selects.joined(separator: " UNION ALL "))" }
        return "WITH scoped AS MATERIALIZED (\(cube)) \(selects.joined(separator: " UNION ALL "))"
    }

    /// Distinct records counted among the facts in the reader's scope.
    static func factsStatement(
        _ cycles: [CycleKey],
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> SQLQueryString {
        var conditions = storeConditions(cycles, filter, estate: nil)
        conditions.append(scopeCondition(scope, estate: "eid", person: "pid"))
        if case .referredTo(let bank) = scope { conditions.append("(bank IS NULL OR bank = \(bind: bank))") }
        // Registrations are one fact per person, so their sums need no distinct counting: they
        // come summed (`r`) from the cube, or for a partner from a cube of its people's.
        let registrations: SQLQueryString
        switch scope {
        case .sharedWith, .referredTo:
            registrations = scopedCube(conditions + ["k = 'registered'"], lender: false, subsets: [0])
        case .everything, .estates, .nothing:
            registrations = """
                SELECT * FROM figure_cube WHERE \((conditions + ["k = 'registered'"]).joined(separator: " AND "))
                """
        }
        var selects: [SQLQueryString] = [
            """
            SELECT \(selectGroup(nil)), COUNT(*) AS n, CAST(SUM(amt) AS BIGINT) AS amt \
            FROM (SELECT DISTINCT k, rid, amt FROM d) AS x GROUP BY k
            """,
            """
            SELECT \(selectGroup(nil)), CAST(SUM(c0) AS BIGINT) AS n, CAST(SUM(a0) AS BIGINT) AS amt FROM r GROUP BY k
            """,
            """
            SELECT 'total' AS dim, 'communities' AS k, CAST(NULL AS UUID) AS g_id, CAST(NULL AS TEXT) AS g_text, \
            CAST(NULL AS INTEGER) AS g_int, COUNT(DISTINCT cid) AS n, CAST(NULL AS BIGINT) AS amt \
            FROM d WHERE k = 'income_gain' AND cid <> \(bind: noID)
            """,
        ]
        for breakdown in breakdowns {
            selects.append(
                """
                SELECT \(selectGroup(breakdown)), COUNT(*) AS n, CAST(SUM(amt) AS BIGINT) AS amt \
                FROM (SELECT DISTINCT k, \(group(breakdown).column) AS g, rid, amt FROM d) AS x GROUP BY k, g
                """
            )
            selects.append(
                """
                SELECT \(selectGroup(breakdown)), CAST(SUM(c) AS BIGINT) AS n, CAST(SUM(a) AS BIGINT) AS amt \
                FROM (SELECT k, \(group(breakdown).column) AS g, c0 AS c, a0 AS a FROM r) AS x GROUP BY k, g
                """
            )
        }
        return """
            WITH d AS MATERIALIZED (SELECT k, rid, amt, eid, oid, mon, gender, age, prov, cid FROM figure_facts \
            WHERE \(conditions.joined(separator: " AND ")) AND k NOT IN ('registered', \(unsafeRaw: otherKinds))), \
            r AS MATERIALIZED (\(registrations)) \
            \(selects.joined(separator: " UNION ALL "))
            """
    }

    /// The reader's scope over a record's estate and its person (their id in `person`). A partner's
    /// people are a list to look the facts up by (`figure_facts_pid`), not a test on every fact. A
    /// bank's own loans are narrowed where the loans are (`statement`).
    static func scopeCondition(_ scope: FigureScope, estate: String, person: String) -> SQLQueryString {
        switch scope {
        case .everything: return "1 = 1"
        case .estates(let ids):
            return "\(unsafeRaw: estate) IN \(SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString }))"
        case .sharedWith(let organisation):
            return """
                \(unsafeRaw: person) IN (SELECT s.participant_id FROM participant_shares s \
                WHERE s.organisation_id = \(bind: organisation))
                """
        case .referredTo(let bank):
            // People referred to the bank who still share with it.
            return """
                \(unsafeRaw: person) IN (SELECT rb.participant_id FROM referrals rb WHERE rb.bank_id = \(bind: bank) \
                AND EXISTS (SELECT 1 FROM participant_shares s WHERE s.organisation_id = \(bind: bank) \
                AND s.participant_id = rb.participant_id))
                """
        case .nothing: return "1 = 0"
        }
    }
}
