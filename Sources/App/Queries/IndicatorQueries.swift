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
        filter: Filter,
        scope: FigureScope,
        breakdowns: [Breakdown],
        on database: any Database
    ) async throws -> Results {
        guard !cycles.isEmpty, scope != .nothing else { return Results() }
        let statement = statement(cycles, filter, scope, breakdowns)
        let lines: [Line]
        if case .estates(let ids) = scope, ids.count > 1 {
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

    /// The statement `figures` runs for a reader: from the cube where it can count their figures,
    /// otherwise from the facts.
    static func statement(
        _ cycles: [CycleKey],
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> SQLQueryString {
        switch scope {
        case .everything: return cubeStatement(cycles, filter, estate: nil, breakdowns)
        case .estates(let ids) where ids.count == 1:
            return cubeStatement(cycles, filter, estate: ids.first, breakdowns)
        case .estates: return factsStatement(cycles, filter, scope, breakdowns)
        case .sharedWith, .referredTo, .nothing:
            // A partner's people: the flags still count each record once (a record's facts share
            // its person and, for a loan, its lender), summed from their facts alone.
            var conditions = [
                "cycle_id IN \(SQLBind.group(cycles.map(\.id)))", scopeCondition(scope, estate: "eid", person: "pid"),
            ]
            if case .referredTo(let bank) = scope { conditions.append("(bank IS NULL OR bank = \(bind: bank))") }
            return cubeStatement(cycles, filter, estate: nil, breakdowns, cube: scopedCube(conditions))
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
        if let id = filter.occupation { conditions.append("oid = \(bind: id)") }
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
        _ breakdowns: [Breakdown],
        cube: SQLQueryString? = nil
    ) -> SQLQueryString {
        let source = cube == nil ? "figure_cube" : "scoped"
        let conditions = storeConditions(cycles, filter, estate: estate).joined(separator: " AND ")
        let fixesEstate = estate != nil || filter.estate != nil
        let fixesOccupation = filter.occupation != nil
        let whole = subset(fixing: fixesEstate, occupation: fixesOccupation, groupedBy: nil)
        var selects: [SQLQueryString] = [
            """
            SELECT \(selectGroup(nil)), CAST(SUM(c\(unsafeRaw: String(whole))) AS BIGINT) AS n, \
            CAST(SUM(a\(unsafeRaw: String(whole))) AS BIGINT) AS amt FROM \(unsafeRaw: source) WHERE \(conditions) \
            GROUP BY k HAVING SUM(c\(unsafeRaw: String(whole))) > 0
            """,
            """
            SELECT 'total' AS dim, 'communities' AS k, CAST(NULL AS UUID) AS g_id, CAST(NULL AS TEXT) AS g_text, \
            CAST(NULL AS INTEGER) AS g_int, COUNT(*) AS n, CAST(NULL AS BIGINT) AS amt FROM (SELECT cid FROM \(unsafeRaw: source) \
            WHERE \(conditions) AND k = 'income_gain' AND cid <> \(bind: noID) GROUP BY cid \
            HAVING SUM(c\(unsafeRaw: String(whole))) > 0) AS x
            """,
        ]
        for breakdown in breakdowns {
            let bits = String(subset(fixing: fixesEstate, occupation: fixesOccupation, groupedBy: breakdown))
            selects.append(
                """
                SELECT \(selectGroup(breakdown)), CAST(SUM(c) AS BIGINT) AS n, CAST(SUM(a) AS BIGINT) AS amt \
                FROM (SELECT k, \(group(breakdown).column) AS g, c\(unsafeRaw: bits) AS c, a\(unsafeRaw: bits) AS a \
                FROM \(unsafeRaw: source) WHERE \(conditions)) AS x GROUP BY k, g HAVING SUM(c) > 0
                """
            )
        }
        guard let cube else { return "\(selects.joined(separator: " UNION ALL "))" }
        return "WITH scoped AS MATERIALIZED (\(cube)) \(selects.joined(separator: " UNION ALL "))"
    }

    /// Distinct records counted among the facts of several estates.
    static func factsStatement(
        _ cycles: [CycleKey],
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> SQLQueryString {
        var conditions = storeConditions(cycles, filter, estate: nil)
        conditions.append(scopeCondition(scope, estate: "eid", person: "pid"))
        var selects: [SQLQueryString] = [
            """
            SELECT \(selectGroup(nil)), COUNT(*) AS n, CAST(SUM(amt) AS BIGINT) AS amt \
            FROM (SELECT DISTINCT k, rid, amt FROM d) AS x GROUP BY k
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
        }
        return """
            WITH d AS MATERIALIZED (SELECT k, rid, amt, eid, oid, mon, gender, age, prov, cid FROM figure_facts \
            WHERE \(conditions.joined(separator: " AND "))) \
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
