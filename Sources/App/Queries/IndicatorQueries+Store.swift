import Foundation
import SQLKit
import SanfanCore

/// The statements that keep `figure_facts` and `figure_cube` (`FigureStore`).
///
/// **Counting each record once, from sums.** A record (a person, a loan, a business) may have several
/// facts: a person who completed two courses has two `completed` facts, one per course's estate,
/// occupation and month, and one per cycle they trained in. A group's figure counts distinct
/// records, so plain sums would count that person twice. Each fact therefore carries flags (`fl`),
/// one bit per subset of the five things a record's facts can differ in — estate (1), occupation
/// (2), month (4), cycle (8) and age group (16; a person's age group is worked out per cycle): bit
/// `S` is set on exactly one of the record's facts per combination of the values in `S`. A group's
/// count is then the sum of the flag for the subset holding the group's own dimension and every
/// dimension the choice fixes: by estate with one occupation chosen, subset {estate, occupation};
/// one cycle chosen adds the cycle. Gender and home province are the person's own, the same on all
/// their facts, so filtering or grouping by them needs no bit. The cube keeps, per group of facts,
/// each flag's count (`c0`…`c31`) and the baht of the flagged facts (`a0`…`a31`).
///
/// Registrations need no flags: a person registers once, at one estate, in one fiscal year, so
/// their one fact is every flag's.
///
/// People financed are also kept per lender (`financed_bank`, flagged per person and lender): a
/// bank's own count is of people with a loan from it, which the overall flag, set on whichever of a
/// person's loans sorts first, cannot give once other banks' loans are left out. People holding a
/// seat (`enrolled`) are kept for the home page's headlines (`HomeQueries`).
extension IndicatorQueries {
    /// The placeholder for "none" in columns the cube's unique key holds (NULLs never conflict).
    static let noID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// The dimensions a record's facts can differ in, in flag-bit order.
    static let flaggedDimensions = ["eid", "oid", "mon", "cyc", "age"]
    static let cycleBit = 8
    static let ageBit = 16
    static let flagCount = 32

    /// The columns the cube is keyed by.
    static let cubeKey = "cycle_id, k, eid, oid, mon, gender, age, prov, cid"

    /// What a choice fixes, for choosing the flag subset.
    struct Fixed: Sendable {
        var estate = false
        var occupation = false
        var ageGroup = false
        var cycle = false
    }

    /// The flag subset for a choice and a breakdown: the dimensions the choice fixes and those the
    /// breakdown groups by.
    static func subset(_ fixed: Fixed, groupedBy breakdown: Breakdown?) -> Int {
        var bits = 0
        if fixed.estate || breakdown == .estate { bits |= 1 }
        if fixed.occupation || breakdown == .occupation { bits |= 2 }
        if breakdown == .month { bits |= 4 }
        if fixed.cycle { bits |= cycleBit }
        if fixed.ageGroup || breakdown == .ageGroup || breakdown == .ageGroupGender { bits |= ageBit }
        return bits
    }

    /// Which of the store's rows a refresh replaces.
    enum StoreUnit: Sendable {
        case all
        case only(Only)

        var factCondition: SQLQueryString {
            switch self {
            case .all: "1 = 1"
            case .only(.people(let ids)): "k <> 'businesses' AND pid IN \(SQLBind.group(ids))"
            case .only(.enterprises(let ids)): "k = 'businesses' AND rid IN \(SQLBind.group(ids))"
            }
        }
    }

    /// The statements writing the facts of `cycles` (narrowed by `only`), each fact with the person's
    /// attributes and its flags. A record's facts are always written together (a record belongs to
    /// one person, or is one business, and every cycle is included), so the flags see all of them.
    static func insertFacts(_ cycles: [CycleKey], only: Only?) -> [SQLQueryString] {
        var registrations: [SQLQueryString] = []
        var facts: [SQLQueryString] = []
        for cycle in cycles {
            for indicator in Indicator.allCases where covers(only, indicator) {
                if indicator == .registered {
                    registrations.append(Self.facts(indicator, cycle, only: only))
                } else {
                    facts.append(Self.facts(indicator, cycle, only: only))
                }
            }
            if covers(only, .financed) { facts.append(Self.facts(.financed, cycle, only: only, as: "financed_bank")) }
            if covers(only, .completed) {
                facts.append(enrolled(cycle, only: only))
                facts.append(contentsOf: cyclePage(cycle, only: only))
            }
        }
        var statements: [SQLQueryString] = []
        if !registrations.isEmpty {
            statements.append(insert(registrations, cycles, flags: "\(unsafeRaw: String((1 << flagCount) - 1))"))
        }
        if !facts.isEmpty { statements.append(insert(facts, cycles, flags: windowFlags())) }
        return statements
    }

    /// People holding a seat (enrolled or completed) in a course of the cycle: not an indicator, but
    /// the home page's headline beside those who completed (`HomeQueries`).
    static func enrolled(_ cycle: CycleKey, only: Only?) -> SQLQueryString {
        let person: SQLQueryString = only.map { " AND " + $0.on("en.participant_id") } ?? ""
        return """
            SELECT 'enrolled' AS k, en.participant_id AS rid, en.participant_id AS pid, co.estate_id AS eid, \
            co.occupation_id AS oid, SUBSTR(co.last_day, 1, 7) AS mon, CAST(NULL AS BIGINT) AS amt, \
            CAST(NULL AS UUID) AS bank, \(unsafeRaw: String(cycle.fiscalYear)) AS fy, \(bind: cycle.id) AS cyc \
            FROM enrolments en JOIN courses co ON co.id = en.course_id \
            WHERE co.cycle_id = \(bind: cycle.id) AND en.status IN ('enrolled', 'completed')\(person)
            """
    }

    /// The cycle page's livelihood columns that are not the dashboard's indicators
    /// (`CycleFigureQueries`): people of the cohort mentored, and those followed up but never
    /// reached, or reached with no baseline to compare with.
    static func cyclePage(_ cycle: CycleKey, only: Only?) -> [SQLQueryString] {
        let cohort = Self.cohort(cycle.id, only: only)
        let rest: SQLQueryString = """
            CAST(NULL AS TEXT) AS mon, CAST(NULL AS BIGINT) AS amt, CAST(NULL AS UUID) AS bank, \
            \(unsafeRaw: String(cycle.fiscalYear)) AS fy, \(bind: cycle.id) AS cyc
            """
        return [
            """
            SELECT 'mentored' AS k, c.pid AS rid, c.pid AS pid, c.eid AS eid, c.oid AS oid, \(rest) FROM \(cohort) \
            WHERE EXISTS (SELECT 1 FROM mentoring_attendees a WHERE a.participant_id = c.pid)
            """,
            """
            SELECT CASE WHEN q.latest IS NULL THEN 'income_unreached' ELSE 'income_no_baseline' END AS k, \
            q.pid AS rid, q.pid AS pid, q.eid AS eid, q.oid AS oid, \(rest) FROM \(incomeOfCohort(cohort)) \
            WHERE q.followed = 1 AND (q.latest IS NULL OR q.base IS NULL)
            """,
        ]
    }

    /// Kinds of facts counted per community (the cycle page's income by community): `cid` is left
    /// empty on the others, so the cube keeps fewer rows.
    static let incomeKinds = "('income_gain', 'income_unreached', 'income_no_baseline')"

    /// Kinds of facts kept for the home and cycle pages only.
    static let pageKinds = "'enrolled', 'mentored', 'income_unreached', 'income_no_baseline'"

    /// Kinds of facts the store keeps that are not the dashboard's indicators.
    static let otherKinds = "'financed_bank', \(pageKinds)"

    /// The flags worked out over each record's facts: one window per subset, except that a subset
    /// holding the cycle has the same answer with or without the age group (fixed by the cycle).
    private static func windowFlags() -> SQLQueryString {
        var flags: [SQLQueryString] = []
        for subset in 0..<flagCount where !(subset & cycleBit != 0 && subset & ageBit != 0) {
            let dimensions = flaggedDimensions.indices.filter { subset & (1 << $0) != 0 }.map {
                ", f." + flaggedDimensions[$0]
            }
            var bits = 1 << subset
            if subset & cycleBit != 0 { bits += 1 << (subset | ageBit) }
            flags.append(
                """
                CASE WHEN ROW_NUMBER() OVER (PARTITION BY f.k, f.rid, \
                CASE WHEN f.k = 'financed_bank' THEN f.bank END\(unsafeRaw: dimensions.joined()) \
                ORDER BY f.cyc, f.eid, f.oid, f.mon) = 1 THEN \(unsafeRaw: String(bits)) ELSE 0 END
                """
            )
        }
        return "\(flags.joined(separator: " + "))"
    }

    private static func insert(_ facts: [SQLQueryString], _ cycles: [CycleKey], flags: SQLQueryString) -> SQLQueryString
    {
        """
        INSERT INTO figure_facts (cycle_id, k, rid, pid, eid, oid, mon, amt, bank, gender, age, prov, cid, fl) \
        SELECT f.cyc, f.k, f.rid, f.pid, f.eid, COALESCE(f.oid, \(bind: noID)), COALESCE(f.mon, ''), f.amt, f.bank, \
        f.gender, f.age, f.prov, f.cid, \(flags) FROM (SELECT u.*, p.gender AS gender, \(ageGroup(cycles, fact: "u")) AS age, \
        p.subdistrict_code / 10000 AS prov, \
        CASE WHEN u.k IN \(unsafeRaw: incomeKinds) AND p.community_id IS NOT NULL THEN p.community_id ELSE \(bind: noID) END AS cid \
        FROM (\(facts.joined(separator: " UNION ALL "))) AS u JOIN participants p ON p.id = u.pid) AS f
        """
    }

    static func deleteFacts(_ unit: StoreUnit) -> SQLQueryString {
        "DELETE FROM figure_facts WHERE \(unit.factCondition)"
    }

    /// The cube's value columns (of `subsets`, or all), and their sums over a set of facts (negated
    /// for `sign` -1).
    static func cubeSums(sign: Int = 1, subsets: Set<Int>? = nil) -> (columns: [String], sums: [String]) {
        let s = sign < 0 ? "-" : ""
        var sums: [String] = ["\(s)COUNT(*)"]
        var columns = ["n"]
        for subset in 0..<flagCount where subsets?.contains(subset) ?? true {
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
    /// cube is, for the same statements to read. For a bank, its people financed are those with a
    /// loan from it (`financed_bank`). Only the flags of `subsets`, the ones the statement reads.
    static func scopedCube(_ conditions: [SQLQueryString], lender: Bool, subsets: Set<Int>) -> SQLQueryString {
        let (columns, sums) = cubeSums(subsets: subsets)
        let named = zip(sums, columns).map { "\($0) AS \($1)" }
        let kind =
            lender
            ? "CASE WHEN k = 'financed_bank' THEN 'financed' ELSE k END AS k"
            : "k"
        let skipped = lender ? "'financed', \(pageKinds)" : otherKinds
        let key = cubeKey.replacingOccurrences(of: "k, ", with: "")
        return """
            SELECT \(unsafeRaw: key), \(unsafeRaw: kind), \(unsafeRaw: named.joined(separator: ", ")) \
            FROM figure_facts WHERE \(conditions.joined(separator: " AND ")) AND k NOT IN (\(unsafeRaw: skipped)) \
            GROUP BY \(unsafeRaw: key), k
            """
    }
}
