import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Target against actual for one cycle, per estate. Counts, not people: any user with the dashboard
/// may see them; the people behind each number are reached through the registry's own scope.
enum ProgressQueries {
    struct Row: Decodable, Sendable {
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
    }

    /// When a cycle's registrations start and end, in Bangkok time.
    static func registrationWindow(_ cycle: Cycle) -> (from: Date, to: Date) {
        (fiscalYearStart(cycle.fiscalYear), fiscalYearStart(cycle.fiscalYear + 1))
    }

    /// Midnight, Bangkok time, on 1 October that opens a fiscal year.
    static func fiscalYearStart(_ buddhistYear: Int) -> Date {
        let start = ThaiCalendar.fiscalYearBounds(buddhistYear).start
        return ThaiCalendar.Day(year: start.year!, month: start.month!, day: start.day!).startInBangkok
    }

    static func rows(_ cycle: Cycle, on database: any Database) async throws -> [Row] {
        let sql = database as! any SQLDatabase
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
        return try await sql.select()
            .column(SQLColumn("estate_id", table: "ce"))
            .column(SQLColumn("code", table: "e"), as: "estate_code")
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("target_trained", table: "ce")).column(SQLColumn("target_certified", table: "ce"))
            .column(SQLColumn("target_livelihoods", table: "ce")).column(SQLColumn("target_income_satang", table: "ce"))
            .column(
                SQLGroupExpression(
                    SQLQueryString(
                        "SELECT COUNT(*) FROM participants p WHERE p.estate_id = ce.estate_id AND p.created_at >= \(bind: window.from) AND p.created_at < \(bind: window.to)"
                    )
                ),
                as: "registered"
            )
            .column(people("'enrolled','completed'"), as: "enrolled")
            .column(people("'completed'"), as: "completed")
            .from(CycleEstate.schema, as: "ce")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "ce"), equals: SQLColumn("id", table: "e"))
            .where(SQLColumn("cycle_id", table: "ce"), .equal, SQLBind(cycleID))
            .orderBy(SQLColumn("name_th", table: "e"))
            .all(decoding: Row.self)
    }
}
