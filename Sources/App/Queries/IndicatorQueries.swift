import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The programme's indicators for chosen cycles, filtered and broken down, in one statement: the
/// records behind every indicator (`facts`) are gathered once, with each record's estate,
/// occupation, month and person, narrowed to the filters and the reader's scope, and kept
/// (`MATERIALIZED`); then each breakdown counts distinct records per group over that set.
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

    private struct Line: Decodable {
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
        let lines = try await database.sql.raw(statement(cycles, filter, scope, breakdowns)).all(decoding: Line.self)
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
        for indicator in Indicator.allCases where results.totals[indicator] == nil {
            results.totals[indicator] = Figure(count: 0, satang: indicator.hasAmount ? 0 : nil)
        }
        return results
    }

    /// The whole statement, as `figures` runs it (the benchmark runs it raw too).
    static func statement(
        _ cycles: [CycleKey],
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> SQLQueryString {
        var facts: [SQLQueryString] = []
        for cycle in cycles {
            for indicator in Indicator.allCases { facts.append(Self.facts(indicator, cycle)) }
        }
        let age = ageGroup(cycles)
        var conditions: [SQLQueryString] = [scopeCondition(scope)]
        if let estate = filter.estate { conditions.append("f.eid = \(bind: estate)") }
        if let occupation = filter.occupation { conditions.append("f.oid = \(bind: occupation)") }
        if let gender = filter.gender { conditions.append("p.gender = \(bind: gender.rawValue)") }
        if let group = filter.ageGroup { conditions.append("\(age) = \(bind: group.rawValue)") }
        if let province = filter.province {
            // A range over the subdistrict code (province × 10,000 + …), not arithmetic on every row.
            conditions.append(
                "p.subdistrict_code >= \(bind: province * 10_000) AND p.subdistrict_code < \(bind: (province + 1) * 10_000)"
            )
        }
        var selects: [SQLQueryString] = [
            """
            SELECT 'total' AS dim, k, CAST(NULL AS UUID) AS g_id, CAST(NULL AS TEXT) AS g_text, \
            CAST(NULL AS INTEGER) AS g_int, COUNT(*) AS n, CAST(SUM(amt) AS BIGINT) AS amt \
            FROM (SELECT DISTINCT k, rid, amt FROM d) AS x GROUP BY k
            """,
            """
            SELECT 'total' AS dim, 'communities' AS k, CAST(NULL AS UUID) AS g_id, CAST(NULL AS TEXT) AS g_text, \
            CAST(NULL AS INTEGER) AS g_int, COUNT(DISTINCT cid) AS n, CAST(NULL AS BIGINT) AS amt \
            FROM d WHERE k = 'income_gain'
            """,
        ]
        for breakdown in breakdowns {
            let (column, kind): (String, String) =
                switch breakdown {
                case .estate: ("eid", "id")
                case .occupation: ("oid", "id")
                case .gender: ("gender", "text")
                case .ageGroup: ("age", "text")
                case .ageGroupGender: ("age || ':' || gender", "text")
                case .month: ("mon", "text")
                case .province: ("prov", "int")
                }
            let id = kind == "id" ? "g" : "CAST(NULL AS UUID)"
            let text = kind == "text" ? "g" : "CAST(NULL AS TEXT)"
            let number = kind == "int" ? "g" : "CAST(NULL AS INTEGER)"
            selects.append(
                """
                SELECT \(literal: breakdown.rawValue) AS dim, k, \(unsafeRaw: id) AS g_id, \(unsafeRaw: text) AS g_text, \
                \(unsafeRaw: number) AS g_int, COUNT(*) AS n, CAST(SUM(amt) AS BIGINT) AS amt \
                FROM (SELECT DISTINCT k, \(unsafeRaw: column) AS g, rid, amt FROM d) AS x GROUP BY k, g
                """
            )
        }
        return """
            WITH f AS (\(facts.joined(separator: " UNION ALL "))), \
            d AS MATERIALIZED (SELECT f.k AS k, f.rid AS rid, f.amt AS amt, f.eid AS eid, f.oid AS oid, f.mon AS mon, \
            p.gender AS gender, \(age) AS age, p.subdistrict_code / 10000 AS prov, p.community_id AS cid \
            FROM f JOIN participants p ON p.id = f.pid WHERE \(conditions.joined(separator: " AND "))) \
            \(selects.joined(separator: " UNION ALL "))
            """
    }

    /// The reader's scope over the records (`f`) and their people (`p`).
    static func scopeCondition(_ scope: FigureScope) -> SQLQueryString {
        switch scope {
        case .everything: return "1 = 1"
        case .estates(let ids):
            return "f.eid IN \(SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString }))"
        case .sharedWith(let organisation):
            return
                "EXISTS (SELECT 1 FROM participant_shares s WHERE s.organisation_id = \(bind: organisation) AND s.participant_id = p.id)"
        case .referredTo(let bank):
            // People referred to the bank who still share with it; of loans, only its own.
            return """
                EXISTS (SELECT 1 FROM participant_shares s WHERE s.organisation_id = \(bind: bank) AND s.participant_id = p.id) \
                AND EXISTS (SELECT 1 FROM referrals rb WHERE rb.bank_id = \(bind: bank) AND rb.participant_id = p.id) \
                AND (f.bank IS NULL OR f.bank = \(bind: bank))
                """
        case .nothing: return "1 = 0"
        }
    }
}
