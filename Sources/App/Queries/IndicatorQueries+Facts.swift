import Foundation
import SQLKit
import SanfanCore

/// The records behind each indicator, one `SELECT` per indicator and cycle, all with the same
/// columns so they can be stacked (`UNION ALL`) and broken down together:
///
/// - `k` the indicator; `rid` the record counted (a person, a loan or a business); `pid` the person
///   whose attributes (gender, age, home province) the record is counted under;
/// - `eid`, `oid` the estate and occupation it belongs to (the course's, for people who completed a
///   course, as the cycle page counts them); `mon` its month (`YYYY-MM`, Gregorian);
/// - `amt` its baht in satang (loans approved, income gain); `bank` the lender (loans only);
/// - `fy` the cycle's fiscal year, which a person's age group is worked out at; `cyc` the cycle.
///
/// `only` narrows them to some people's records, or to some businesses, for `FigureStore` to
/// bring just those up to date.
///
/// Definitions match the cycle page's (`ProgressQueries`, `LivelihoodProgressQueries`), so the
/// dashboard and the cycle page never disagree.
extension IndicatorQueries {
    struct CycleKey: Sendable {
        let id: UUID
        let fiscalYear: Int
        let bands: AgeBands
    }

    /// Some people's records (every indicator but businesses), or some businesses.
    enum Only: Sendable {
        case people([UUID])
        case enterprises([UUID])

        /// The condition on a record's person, or on a business, for the indicators it narrows.
        func on(_ column: String) -> SQLQueryString {
            switch self {
            case .people(let ids), .enterprises(let ids): "\(unsafeRaw: column) IN \(SQLBind.group(ids))"
            }
        }
    }

    /// Whether `only` leaves any of an indicator's records.
    static func covers(_ only: Only?, _ indicator: Indicator) -> Bool {
        switch only {
        case nil: true
        case .people: indicator != .businesses
        case .enterprises: indicator == .businesses
        }
    }

    /// `kind` names the records otherwise than by the indicator: `financed_bank`, the people financed
    /// counted once per lender as well as once overall (`IndicatorQueries+Store`).
    static func facts(
        _ indicator: Indicator,
        _ cycle: CycleKey,
        only: Only? = nil,
        as kind: String? = nil
    ) -> SQLQueryString {
        let id = cycle.id
        let fy = SQLQueryString("\(unsafeRaw: String(cycle.fiscalYear)) AS fy, \(bind: id) AS cyc")
        let person = { (column: String) -> SQLQueryString in only.map { " AND " + $0.on(column) } ?? "" }
        let none = "CAST(NULL AS BIGINT) AS amt, CAST(NULL AS UUID) AS bank"
        let cohort = Self.cohort(id, only: only)
        switch indicator {
        case .registered:
            let window = ProgressQueries.registrationWindow(cycle.fiscalYear)
            return """
                SELECT 'registered' AS k, p.id AS rid, p.id AS pid, p.estate_id AS eid, CAST(NULL AS UUID) AS oid, \
                \(registrationMonth(cycle.fiscalYear)) AS mon, \(unsafeRaw: none), \(fy) FROM participants p \
                WHERE p.estate_id IN (SELECT ce.estate_id FROM cycle_estates ce WHERE ce.cycle_id = \(bind: id)) \
                AND p.created_at >= \(bind: window.from) AND p.created_at < \(bind: window.to)\(person("p.id"))
                """
        case .completed:
            return """
                SELECT 'completed' AS k, en.participant_id AS rid, en.participant_id AS pid, co.estate_id AS eid, \
                co.occupation_id AS oid, SUBSTR(co.last_day, 1, 7) AS mon, \(unsafeRaw: none), \(fy) \
                FROM enrolments en JOIN courses co ON co.id = en.course_id \
                WHERE co.cycle_id = \(bind: id) AND en.status = 'completed'\(person("en.participant_id"))
                """
        case .assessed:
            return """
                SELECT 'assessed' AS k, rc.participant_id AS rid, rc.participant_id AS pid, r.estate_id AS eid, \
                r.occupation_id AS oid, SUBSTR(r.held_on, 1, 7) AS mon, \(unsafeRaw: none), \(fy) \
                FROM round_candidates rc JOIN assessment_rounds r ON r.id = rc.round_id \
                WHERE r.cycle_id = \(bind: id) AND rc.overall IN ('passed', 'not_yet_competent')\(person("rc.participant_id"))
                """
        case .certified:
            return """
                SELECT 'certified' AS k, x.participant_id AS rid, x.participant_id AS pid, r.estate_id AS eid, \
                r.occupation_id AS oid, SUBSTR(x.issued_on, 1, 7) AS mon, \(unsafeRaw: none), \(fy) \
                FROM certificates x JOIN assessment_rounds r ON r.id = x.round_id \
                WHERE r.cycle_id = \(bind: id) AND x.revoked_on IS NULL\(person("x.participant_id"))
                """
        case .referred:
            return """
                SELECT 'referred' AS k, c.pid AS rid, c.pid AS pid, c.eid AS eid, c.oid AS oid, \
                SUBSTR(rf.referred_on, 1, 7) AS mon, \(unsafeRaw: none), \(fy) \
                FROM \(cohort) JOIN referrals rf ON rf.participant_id = c.pid
                """
        case .loansApproved, .financed:
            // A loan counts with its baht; a person financed counts once, whatever their loans.
            let (counted, amount) =
                indicator == .loansApproved ? ("l.id", "l.amount_approved_satang") : ("c.pid", "CAST(NULL AS BIGINT)")
            return """
                SELECT \(literal: kind ?? indicator.rawValue) AS k, \(unsafeRaw: counted) AS rid, c.pid AS pid, c.eid AS eid, \
                c.oid AS oid, SUBSTR(l.approved_on, 1, 7) AS mon, \(unsafeRaw: amount) AS amt, l.bank_id AS bank, \(fy) \
                FROM \(cohort) JOIN loans l ON l.participant_id = c.pid WHERE l.status IN ('approved', 'disbursed')
                """
        case .placed:
            return """
                SELECT 'placed' AS k, c.pid AS rid, c.pid AS pid, c.eid AS eid, c.oid AS oid, \
                SUBSTR(pl.started_on, 1, 7) AS mon, \(unsafeRaw: none), \(fy) \
                FROM \(cohort) JOIN placements pl ON pl.participant_id = c.pid
                """
        case .businesses:
            // A business is counted under the first of its founders or members (by the day they
            // joined, then by id) who completed a course: one person's gender and age, so the
            // breakdowns by them add up like the people figures do.
            return """
                SELECT 'businesses' AS k, x.id AS rid, \
                (SELECT m.participant_id FROM enterprise_members m WHERE m.enterprise_id = x.id \
                AND m.role IN ('founder', 'member') AND EXISTS (SELECT 1 FROM enrolments en \
                WHERE en.participant_id = m.participant_id AND en.status = 'completed') \
                ORDER BY m.joined_on, m.participant_id LIMIT 1) AS pid, \
                x.estate_id AS eid, x.occupation_id AS oid, SUBSTR(x.started_on, 1, 7) AS mon, \(unsafeRaw: none), \(fy) \
                FROM enterprises x JOIN cycle_estates ce ON ce.estate_id = x.estate_id AND ce.cycle_id = \(bind: id) \
                WHERE \(EnterpriseQueries.createdCondition(year: cycle.fiscalYear, estate: "ce.estate_id"))\(person("x.id"))
                """
        case .incomeGain:
            // Per person, as the cycle page works it out (`LivelihoodProgressQueries.incomeStatement`):
            // the baseline, and the latest income at a follow-up they were reached at. Only people
            // measured (both known) count; the gain may be negative.
            return """
                SELECT 'income_gain' AS k, q.pid AS rid, q.pid AS pid, q.eid AS eid, q.oid AS oid, \
                CAST(NULL AS TEXT) AS mon, (q.latest - q.base) * 12 AS amt, CAST(NULL AS UUID) AS bank, \(fy) \
                FROM \(incomeOfCohort(cohort)) WHERE q.base IS NOT NULL AND q.latest IS NOT NULL
                """
        }
    }

    /// People who completed a course of the cycle, once per course estate and occupation, as `c`.
    static func cohort(_ cycle: UUID, only: Only?) -> SQLQueryString {
        let person: SQLQueryString = only.map { " AND " + $0.on("en.participant_id") } ?? ""
        return """
            (SELECT DISTINCT en.participant_id AS pid, co.estate_id AS eid, co.occupation_id AS oid \
            FROM enrolments en JOIN courses co ON co.id = en.course_id \
            WHERE co.cycle_id = \(bind: cycle) AND en.status = 'completed'\(person)) AS c
            """
    }

    /// The cohort's income as `q`, per person as the cycle page works it out
    /// (`LivelihoodProgressQueries.incomeStatement`): the baseline, and the latest income at a
    /// follow-up they were reached at (NULL when never reached), with `followed` whether they were
    /// followed up at all.
    static func incomeOfCohort(_ cohort: SQLQueryString) -> SQLQueryString {
        """
        (SELECT c.pid AS pid, c.eid AS eid, c.oid AS oid, \
        COALESCE((SELECT b.monthly_income_satang FROM income_baselines b WHERE b.participant_id = c.pid), \
        NULLIF((SELECT p0.baseline_income_satang FROM participants p0 WHERE p0.id = c.pid), 0)) AS base, \
        (SELECT f.monthly_income_satang FROM income_followups f WHERE f.participant_id = c.pid AND f.reached = \(bind: true) \
        ORDER BY f.done_on DESC, f.months DESC LIMIT 1) AS latest, \
        CASE WHEN EXISTS (SELECT 1 FROM income_followups f WHERE f.participant_id = c.pid) THEN 1 ELSE 0 END AS followed \
        FROM \(cohort)) AS q
        """
    }

    /// A registration's month, from its timestamp: a `CASE` over the fiscal year's twelve month
    /// starts, bound as dates, so it reads the same on SQLite (seconds) and PostgreSQL (timestamps).
    static func registrationMonth(_ fiscalYear: Int) -> SQLQueryString {
        var parts: [SQLQueryString] = []
        for (label, next) in months(fiscalYear) {
            parts.append("WHEN p.created_at < \(bind: next) THEN \(literal: label) ")
        }
        return "CASE \(parts.joined()) ELSE NULL END"
    }

    /// The twelve months of a fiscal year, each as `YYYY-MM` with the moment the next one begins.
    static func months(_ fiscalYear: Int) -> [(label: String, next: Date)] {
        let first = ThaiCalendar.fiscalYearBounds(fiscalYear).start
        return (0..<12).map { offset in
            let month = (first.month! - 1 + offset) % 12 + 1
            let year = first.year! + (first.month! - 1 + offset) / 12
            let nextMonth = month % 12 + 1
            let nextYear = month == 12 ? year + 1 : year
            return (
                String(format: "%04d-%02d", year, month),
                ThaiCalendar.Day(year: nextYear, month: nextMonth, day: 1).startInBangkok
            )
        }
    }

    /// A person's age group at the start of the fiscal year the record's cycle belongs to (as the
    /// cycle page counts it); `outside` below the bands' youngest age.
    static func ageGroup(_ cycles: [CycleKey], fact: String = "f") -> SQLQueryString {
        let branches = cycles.map { cycle -> SQLQueryString in
            "WHEN \(unsafeRaw: fact).fy = \(unsafeRaw: String(cycle.fiscalYear)) THEN \(ageCase(cycle)) "
        }
        return "(CASE \(branches.joined()) END)"
    }

    /// A person's age group (`p.birth_date`) at 1 October of one cycle's fiscal year.
    static func ageCase(_ cycle: CycleKey) -> SQLQueryString {
        let day = ThaiCalendar.Day(year: ThaiCalendar.fiscalYearBounds(cycle.fiscalYear).start.year!, month: 10, day: 1)
        let working = cycle.bands.birthDateRange(of: .workingAge, on: day)
        let near = cycle.bands.birthDateRange(of: .nearRetirement, on: day).from ?? ""
        return """
            (CASE WHEN p.birth_date > \(bind: working.to) THEN 'outside' \
            WHEN p.birth_date >= \(bind: working.from ?? "") THEN 'working_age' \
            WHEN p.birth_date >= \(bind: near) THEN 'near_retirement' ELSE 'elderly' END)
            """
    }
}
