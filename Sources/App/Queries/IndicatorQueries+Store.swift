import Foundation
import SQLKit
import SanfanCore

/// The statements that keep `figure_facts` and `figure_cube` (`FigureStore`).
///
/// **Counting each record once, from sums.** A record (a person, a loan, a business) may have several
/// facts in a cycle: a person who completed two courses has two `completed` facts, one per course's
/// estate, occupation and month. A group's figure counts distinct records, so plain sums would count
/// that person twice. Each fact therefore carries flags (`fl`), one bit per subset of the three
/// dimensions a record's facts can differ in (bit 1 estate, bit 2 occupation, bit 4 month): bit `S`
/// is set on exactly one of the record's facts per combination of the dimensions in `S`. Counting
/// distinct records in a group then is summing the flag of the subset that holds the group's own
/// dimension and every dimension the filter fixes — by estate with an occupation filter, subset
/// {estate, occupation}. A person's own attributes (gender, age group, home province) are the same on
/// all of a record's facts, so filtering or grouping by them needs no bit. The cube keeps, per
/// group of facts, the count of each flag (`c0`…`c7`) and the baht of the flagged facts (`a0`…`a7`).
extension IndicatorQueries {
    /// The placeholder for "none" in columns the cube's unique key holds (NULLs never conflict).
    static let noID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// The dimensions a record's facts can differ in, in flag-bit order.
    static let flaggedDimensions = ["eid", "oid", "mon"]

    /// The columns the cube is keyed by.
    static let cubeKey = "cycle_id, k, eid, oid, mon, gender, age, prov, cid"

    /// The flag subset for a filter and a breakdown: the dimensions the filter fixes (`estate` also
    /// when the reader's scope is one estate) and the one the breakdown groups by.
    static func subset(fixing estate: Bool, occupation: Bool, groupedBy breakdown: Breakdown?) -> Int {
        var bits = 0
        if estate || breakdown == .estate { bits |= 1 }
        if occupation || breakdown == .occupation { bits |= 2 }
        if breakdown == .month { bits |= 4 }
        return bits
    }

    /// Which of the store's rows a refresh replaces.
    enum StoreUnit: Sendable {
        case all
        case cycle(UUID)
        case only(Only)

        var factCondition: SQLQueryString {
            switch self {
            case .all: "1 = 1"
            case .cycle(let id): "cycle_id = \(bind: id)"
            case .only(.people(let ids)): "k <> 'businesses' AND pid IN \(SQLBind.group(ids))"
            case .only(.enterprises(let ids)): "k = 'businesses' AND rid IN \(SQLBind.group(ids))"
            }
        }
    }

    /// Writes the facts of `cycles` (narrowed by `only`), each with the person's attributes and the
    /// flags worked out over the record's facts, which the statement always holds together: a
    /// record belongs to one person, or is one business.
    static func insertFacts(_ cycles: [CycleKey], only: Only?) -> SQLQueryString? {
        var facts: [SQLQueryString] = []
        for cycle in cycles {
            for indicator in Indicator.allCases where covers(only, indicator) {
                facts.append(Self.facts(indicator, cycle, only: only))
            }
        }
        guard !facts.isEmpty else { return nil }
        var flags: [SQLQueryString] = []
        for subset in 0..<8 {
            let dimensions = flaggedDimensions.indices.filter { subset & (1 << $0) != 0 }.map {
                ", f." + flaggedDimensions[$0]
            }
            flags.append(
                """
                CASE WHEN ROW_NUMBER() OVER (PARTITION BY f.cyc, f.k, f.rid\(unsafeRaw: dimensions.joined()) \
                ORDER BY f.eid, f.oid, f.mon) = 1 THEN \(unsafeRaw: String(1 << subset)) ELSE 0 END
                """
            )
        }
        return """
            INSERT INTO figure_facts (cycle_id, k, rid, pid, eid, oid, mon, amt, bank, gender, age, prov, cid, fl) \
            SELECT f.cyc, f.k, f.rid, f.pid, f.eid, COALESCE(f.oid, \(bind: noID)), COALESCE(f.mon, ''), f.amt, f.bank, \
            p.gender, \(ageGroup(cycles)), p.subdistrict_code / 10000, \
            CASE WHEN f.k = 'income_gain' AND p.community_id IS NOT NULL THEN p.community_id ELSE \(bind: noID) END, \
            \(flags.joined(separator: " + ")) \
            FROM (\(facts.joined(separator: " UNION ALL "))) AS f JOIN participants p ON p.id = f.pid
            """
    }

    static func deleteFacts(_ unit: StoreUnit) -> SQLQueryString {
        "DELETE FROM figure_facts WHERE \(unit.factCondition)"
    }

    /// The cube's value columns, and their sums over a set of facts (negated for `sign` -1).
    static func cubeSums(sign: Int = 1) -> (columns: [String], sums: [String]) {
        let s = sign < 0 ? "-" : ""
        var sums: [String] = ["\(s)COUNT(*)"]
        var columns = ["n"]
        for subset in 0..<8 {
            let flagged = "fl & \(1 << subset) <> 0"
            sums.append("\(s)SUM(CASE WHEN \(flagged) THEN 1 ELSE 0 END)")
            sums.append("\(s)SUM(CASE WHEN \(flagged) THEN COALESCE(amt, 0) ELSE 0 END)")
            columns += ["c\(subset)", "a\(subset)"]
        }
        return (columns, sums)
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) the unit's facts from the cube.
    static func cubeDelta(_ unit: StoreUnit, sign: Int) -> SQLQueryString {
        let (columns, sums) = cubeSums(sign: sign)
        let updates = columns.map { "\($0) = figure_cube.\($0) + excluded.\($0)" }
        return """
            INSERT INTO figure_cube (\(unsafeRaw: cubeKey), \(unsafeRaw: columns.joined(separator: ", "))) \
            SELECT \(unsafeRaw: cubeKey), \(unsafeRaw: sums.joined(separator: ", ")) FROM figure_facts \
            WHERE \(unit.factCondition) GROUP BY \(unsafeRaw: cubeKey) \
            ON CONFLICT (\(unsafeRaw: cubeKey)) DO UPDATE SET \(unsafeRaw: updates.joined(separator: ", "))
            """
    }

    /// A cube of only the facts that pass `conditions` (a partner's people), summed as the stored
    /// cube is, for the same statements to read.
    static func scopedCube(_ conditions: [SQLQueryString]) -> SQLQueryString {
        let (columns, sums) = cubeSums()
        let named = zip(sums, columns).map { "\($0) AS \($1)" }
        return """
            SELECT \(unsafeRaw: cubeKey), \(unsafeRaw: named.joined(separator: ", ")) FROM figure_facts \
            WHERE \(conditions.joined(separator: " AND ")) GROUP BY \(unsafeRaw: cubeKey)
            """
    }
}
