import Fluent
import FluentSQLiteDriver
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

    private struct Line: Decodable, Sendable {
        let dim: String
        let k: String
        let g_id: UUID?
        let g_text: String?
        let g_int: Int?
        let n: Int
        let amt: Int64?
    }

    private struct RegistrationGroup: Decodable, Sendable {
        let eid: UUID
        let gender: String
        let age: String
        let prov: Int
        let mon: String?
        let n: Int
    }

    /// Registrations are distinct people in disjoint groups: each breakdown is a sum of groups.
    private static func add(_ groups: [RegistrationGroup], to results: inout Results, _ breakdowns: [Breakdown]) {
        var total = 0
        for group in groups {
            total += group.n
            for breakdown in breakdowns {
                let key: Group =
                    switch breakdown {
                    case .estate: Group(id: group.eid)
                    case .occupation: Group()
                    case .gender: Group(text: group.gender)
                    case .ageGroup: Group(text: group.age)
                    case .ageGroupGender: Group(text: group.age + ":" + group.gender)
                    case .month: Group(text: group.mon)
                    case .province: Group(number: group.prov)
                    }
                results.groups[breakdown, default: [:]][key, default: [:]][.registered, default: Figure()].count +=
                    group.n
            }
        }
        if total > 0 { results.totals[.registered] = Figure(count: total) }
    }

    static func figures(
        cycles: [CycleKey],
        filter: Filter,
        scope: FigureScope,
        breakdowns: [Breakdown],
        on database: any Database
    ) async throws -> Results {
        guard !cycles.isEmpty, scope != .nothing else { return Results() }
        // One connection for both statements, with SQLite's temporary sorts kept in memory: the
        // distinct counts sort a few hundred thousand rows at most, and spilling them to a file
        // cost more than the sorting.
        let (lines, registered) = try await database.withConnection { db -> ([Line], [RegistrationGroup]) in
            if db is any SQLiteDatabase { try await db.sql.raw("PRAGMA temp_store = MEMORY").run() }
            let lines = try await db.sql.raw(statement(cycles, filter, scope, breakdowns)).all(decoding: Line.self)
            guard let registrations = registrations(cycles, filter, scope) else { return (lines, []) }
            return (lines, try await db.sql.raw(registrations).all(decoding: RegistrationGroup.self))
        }
        var results = Results()
        add(registered, to: &results, breakdowns)
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

    /// Both statements, as `figures` runs them (the benchmark runs them raw too).
    static func statements(
        _ cycles: [CycleKey],
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> [SQLQueryString] {
        [statement(cycles, filter, scope, breakdowns)] + [registrations(cycles, filter, scope)].compactMap { $0 }
    }

    /// The statement for everything but registrations.
    static func statement(
        _ cycles: [CycleKey],
        _ filter: Filter,
        _ scope: FigureScope,
        _ breakdowns: [Breakdown]
    ) -> SQLQueryString {
        var facts: [SQLQueryString] = []
        for cycle in cycles {
            // Registrations are counted apart (`registrations`).
            for indicator in Indicator.allCases where indicator != .registered {
                facts.append(Self.facts(indicator, cycle))
            }
        }
        let age = ageGroup(cycles)
        var conditions = personConditions(filter, scope, age: age, estate: "f.eid")
        if let occupation = filter.occupation { conditions.append("f.oid = \(bind: occupation)") }
        if case .referredTo(let bank) = scope { conditions.append("(f.bank IS NULL OR f.bank = \(bind: bank))") }
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

    /// The filters and the reader's scope over a record's estate (`estate`) and its person (`p`).
    static func personConditions(
        _ filter: Filter,
        _ scope: FigureScope,
        age: SQLQueryString,
        estate: String
    ) -> [SQLQueryString] {
        var conditions: [SQLQueryString] = [scopeCondition(scope, estate: estate)]
        if let id = filter.estate { conditions.append("\(unsafeRaw: estate) = \(bind: id)") }
        if let gender = filter.gender { conditions.append("p.gender = \(bind: gender.rawValue)") }
        if let group = filter.ageGroup { conditions.append("\(age) = \(bind: group.rawValue)") }
        if let province = filter.province {
            // A range over the subdistrict code (province × 10,000 + …), not arithmetic on every row.
            conditions.append(
                "p.subdistrict_code >= \(bind: province * 10_000) AND p.subdistrict_code < \(bind: (province + 1) * 10_000)"
            )
        }
        return conditions
    }

    /// The reader's scope over a record's estate and its person (`p`). A bank's own loans are
    /// narrowed where the loans are (`statement`).
    static func scopeCondition(_ scope: FigureScope, estate: String) -> SQLQueryString {
        switch scope {
        case .everything: return "1 = 1"
        case .estates(let ids):
            return "\(unsafeRaw: estate) IN \(SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString }))"
        case .sharedWith(let organisation):
            return
                "EXISTS (SELECT 1 FROM participant_shares s WHERE s.organisation_id = \(bind: organisation) AND s.participant_id = p.id)"
        case .referredTo(let bank):
            // People referred to the bank who still share with it.
            return """
                EXISTS (SELECT 1 FROM participant_shares s WHERE s.organisation_id = \(bind: bank) AND s.participant_id = p.id) \
                AND EXISTS (SELECT 1 FROM referrals rb WHERE rb.bank_id = \(bind: bank) AND rb.participant_id = p.id)
                """
        case .nothing: return "1 = 0"
        }
    }
}
