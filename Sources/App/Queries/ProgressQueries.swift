import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Target against actual for one cycle, per estate. Counts, not people: any user with the dashboard
/// may see them; the people behind each number are reached through the registry's own scope.
enum ProgressQueries {
    struct Row: Sendable {
        let estate_id: UUID
        let estate_code: String
        let estate_name_th: String
        let estate_name_en: String
        let target_trained: Int
        let target_certified: Int
        let target_livelihoods: Int
        let target_income_satang: Int64
        let registered: Int
        let enrolled: Int
        let completed: Int
        /// People assessed (passed or not yet competent) and certified in the cycle's rounds for the
        /// estate: people, not certificates, so someone certified twice counts once.
        let assessed: Int
        let certified: Int
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
        let enrolled: Int
        let completed: Int
        let assessed: Int
        let certified: Int
    }

    /// When a cycle's registrations start and end, in Bangkok time.
    static func registrationWindow(_ cycle: Cycle) -> (from: Date, to: Date) {
        registrationWindow(cycle.fiscalYear)
    }

    static func registrationWindow(_ fiscalYear: Int) -> (from: Date, to: Date) {
        (fiscalYearStart(fiscalYear), fiscalYearStart(fiscalYear + 1))
    }

    /// Midnight, Bangkok time, on 1 October that opens a fiscal year.
    static func fiscalYearStart(_ buddhistYear: Int) -> Date {
        let start = ThaiCalendar.fiscalYearBounds(buddhistYear).start
        return ThaiCalendar.Day(year: start.year!, month: start.month!, day: start.day!).startInBangkok
    }

    static func rows(_ cycle: Cycle, on database: any Database) async throws -> [Row] {
        let sql = database.sql
        let window = registrationWindow(cycle)
        let cycleID = try cycle.requireID()
        func people(_ statuses: String) -> SQLGroupExpression {
            SQLGroupExpression(
                SQLQueryString(
                    """
                    SELECT COUNT(DISTINCT en.participant_id) FROM enrolments en JOIN courses co ON co.id = en.course_id \
                    WHERE co.cycle_id = \(bind: cycleID) AND co.estate_id = ce.estate_id AND en.status IN (\(unsafeRaw: statuses))
                    """
                )
            )
        }
        let base = try await sql.select()
            .column(SQLColumn("estate_id", table: "ce"))
            .column(SQLColumn("code", table: "e"), as: "estate_code")
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("target_trained", table: "ce")).column(SQLColumn("target_certified", table: "ce"))
            .column(SQLColumn("target_livelihoods", table: "ce")).column(SQLColumn("target_income_satang", table: "ce"))
            .column(people("'enrolled','completed'"), as: "enrolled")
            .column(people("'completed'"), as: "completed")
            .column(
                SQLGroupExpression(
                    SQLQueryString(
                        """
                        SELECT COUNT(DISTINCT c.participant_id) FROM round_candidates c \
                        JOIN assessment_rounds r ON r.id = c.round_id WHERE r.cycle_id = \(bind: cycleID) \
                        AND r.estate_id = ce.estate_id AND c.overall IN ('passed', 'not_yet_competent')
                        """
                    )
                ),
                as: "assessed"
            )
            .column(
                SQLGroupExpression(
                    SQLQueryString(
                        """
                        SELECT COUNT(DISTINCT x.participant_id) FROM certificates x \
                        JOIN assessment_rounds r ON r.id = x.round_id WHERE r.cycle_id = \(bind: cycleID) \
                        AND r.estate_id = ce.estate_id AND x.revoked_on IS NULL
                        """
                    )
                ),
                as: "certified"
            )
            .from(CycleEstate.schema, as: "ce")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "ce"), equals: SQLColumn("id", table: "e"))
            .where(SQLColumn("cycle_id", table: "ce"), .equal, SQLBind(cycleID))
            .orderBy(SQLColumn("name_th", table: "e"))
            .all(decoding: Base.self)
        // Registrations in the year, per estate: a range count on (estate_id, created_at) each.
        struct Registered: Decodable {
            let estate_id: UUID
            let n: Int
        }
        let registered = try await sql.select()
            .column(SQLColumn("estate_id", table: "ce"))
            .column(
                SQLGroupExpression(
                    SQLQueryString(
                        "SELECT COUNT(*) FROM participants p WHERE p.estate_id = ce.estate_id AND p.created_at >= \(bind: window.from) AND p.created_at < \(bind: window.to)"
                    )
                ),
                as: "n"
            )
            .from(CycleEstate.schema, as: "ce")
            .where(SQLColumn("cycle_id", table: "ce"), .equal, SQLBind(cycleID))
            .all(decoding: Registered.self)
        let byEstate = Dictionary(uniqueKeysWithValues: registered.map { ($0.estate_id, $0.n) })
        return base.map {
            Row(
                estate_id: $0.estate_id,
                estate_code: $0.estate_code,
                estate_name_th: $0.estate_name_th,
                estate_name_en: $0.estate_name_en,
                target_trained: $0.target_trained,
                target_certified: $0.target_certified,
                target_livelihoods: $0.target_livelihoods,
                target_income_satang: $0.target_income_satang,
                registered: byEstate[$0.estate_id] ?? 0,
                enrolled: $0.enrolled,
                completed: $0.completed,
                assessed: $0.assessed,
                certified: $0.certified
            )
        }
    }

    /// A cycle's headline for the home page: the trained target, and the people enrolled and
    /// completed, at `estates` when given; without the per-estate registration counts that cost the
    /// full page its time.
    static func headline(
        _ cycle: Cycle,
        estates: Set<UUID>? = nil,
        on database: any Database
    ) async throws -> (target: Int, enrolled: Int, completed: Int) {
        let cycleID = try cycle.requireID()
        var targets = CycleEstate.query(on: database).filter(\.$cycle.$id == cycleID)
        if let estates { targets = targets.filter(\.$estate.$id ~~ estates) }
        let target = try await targets.all().reduce(0) { $0 + $1.trained }
        let estateCondition =
            estates.map { SQLQueryString("AND co.estate_id IN \(SQLBind.group(Array($0)))") } ?? SQLQueryString("")
        struct Counts: Decodable {
            let enrolled: Int?
            let completed: Int?
        }
        let counts = try await database.sql.raw(
            """
            SELECT COUNT(DISTINCT en.participant_id) AS enrolled, \
            COUNT(DISTINCT CASE WHEN en.status = 'completed' THEN en.participant_id END) AS completed \
            FROM enrolments en JOIN courses co ON co.id = en.course_id \
            WHERE co.cycle_id = \(bind: cycleID) AND en.status IN ('enrolled', 'completed') \(estateCondition)
            """
        ).first(decoding: Counts.self)
        return (target, counts?.enrolled ?? 0, counts?.completed ?? 0)
    }

    struct AgeRow: Decodable, Sendable {
        let age_group: String
        let enrolled: Int
        let completed: Int
    }

    /// Enrolled and completed people of a cycle by age group, their age taken on the first day of the
    /// fiscal year under `bands` (the cycle's own, or the programme's). Each person counts once.
    static func ageGroups(
        _ cycle: Cycle,
        bands: AgeBands,
        estates: Set<UUID>? = nil,
        on database: any Database
    ) async throws -> [AgeRow] {
        let sql = database.sql
        let start = ThaiCalendar.fiscalYearBounds(cycle.fiscalYear).start
        let day = ThaiCalendar.Day(year: start.year!, month: start.month!, day: start.day!)
        let working = bands.birthDateRange(of: .workingAge, on: day)
        let near = bands.birthDateRange(of: .nearRetirement, on: day).from ?? ""
        // The course's estate decides whose seat it is, as in the target-versus-actual rows.
        let estateCondition =
            estates.map { SQLQueryString("AND co.estate_id IN \(SQLBind.group(Array($0)))") } ?? SQLQueryString("")
        // Younger than the bands' first age on that day: outside every band, never "working age".
        return try await sql.raw(
            """
            SELECT CASE WHEN birth_date > \(bind: working.to) THEN 'outside' \
            WHEN birth_date >= \(bind: working.from ?? "") THEN 'working_age' \
            WHEN birth_date >= \(bind: near) THEN 'near_retirement' ELSE 'elderly' END AS age_group, \
            COUNT(*) AS enrolled, SUM(done) AS completed FROM ( \
            SELECT p.birth_date AS birth_date, MAX(CASE WHEN en.status = 'completed' THEN 1 ELSE 0 END) AS done \
            FROM enrolments en JOIN courses co ON co.id = en.course_id JOIN participants p ON p.id = en.participant_id \
            WHERE co.cycle_id = \(bind: try cycle.requireID()) AND en.status IN ('enrolled', 'completed') \
            \(estateCondition) GROUP BY p.id, p.birth_date) AS people GROUP BY 1
            """
        ).all(decoding: AgeRow.self)
    }
}
