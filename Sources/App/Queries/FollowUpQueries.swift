import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Baselines, follow-ups, and the work list of follow-ups due.
enum FollowUpQueries {
    struct Completion: Decodable, Sendable {
        let course_id: UUID
        let title_th: String
        let last_day: String

        var courseID: UUID { course_id }
        var lastDay: String { last_day }
    }

    /// One follow-up to make: who, after which course, at how many months, due when.
    struct Due: Sendable {
        let participantID: UUID
        let name: String
        let phone: String?
        let estate: String
        let courseID: UUID
        let course: String
        let months: Int
        let dueOn: ThaiCalendar.Day
        let overdue: Bool
    }

    static func baseline(of person: UUID, on database: any Database) async throws -> IncomeBaseline? {
        try await IncomeBaseline.query(on: database).filter(\.$participant.$id == person).first()
    }

    /// The course `person` completed, with the day it ended; nil if they did not complete it.
    static func completion(of person: UUID, course: UUID, on database: any Database) async throws -> Completion? {
        try await completions(of: person, on: database).first { $0.course_id == course }
    }

    /// Every course `person` completed, latest first.
    static func completions(of person: UUID, on database: any Database) async throws -> [Completion] {
        try await database.sql.select()
            .column(SQLColumn("id", table: "co"), as: "course_id")
            .column(SQLColumn("title_th", table: "co")).column(SQLColumn("last_day", table: "co"))
            .from(Enrolment.schema, as: "en")
            .join(
                Course.schema,
                as: "co",
                on: SQLColumn("course_id", table: "en"),
                equals: SQLColumn("id", table: "co")
            )
            .where(SQLColumn("participant_id", table: "en"), .equal, SQLBind(person))
            .where(SQLColumn("status", table: "en"), .equal, SQLBind(EnrolmentStatus.completed.rawValue))
            .orderBy(SQLOrderBy(expression: SQLColumn("last_day", table: "co"), direction: SQLDirection.descending))
            .all(decoding: Completion.self)
    }

    static func exists(_ person: UUID, course: UUID, months: Int, on database: any Database) async throws -> Bool {
        try await IncomeFollowUp.query(on: database).filter(\.$participant.$id == person)
            .filter(\.$course.$id == course).filter(\.$months == months).first() != nil
    }

    static func history(of person: UUID, on database: any Database) async throws -> [IncomeFollowUp] {
        try await IncomeFollowUp.query(on: database).filter(\.$participant.$id == person)
            .sort(\.$doneOn, .descending).all()
    }

    private struct Candidate: Decodable {
        let participant_id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let phone: String?
        let estate_name_th: String
        let estate_name_en: String
        let course_id: UUID
        let title_th: String
        let last_day: String
        let months: Int
    }

    /// Follow-ups due or overdue on `today` for people in `scope`, most overdue first: each course
    /// completion whose 3-, 6- or 12-month follow-up has come and is not recorded. One arm per
    /// month, each an anti-join on the follow-ups' unique index, so the database does the work
    /// and a page reads only what it shows.
    static func workList(
        scope: LivelihoodScope,
        today: ThaiCalendar.Day,
        thai: Bool,
        limit: Int = 100,
        on database: any Database
    ) async throws -> (items: [Due], total: Int) {
        let estates: SQLQueryString
        switch scope {
        case .everything: estates = ""
        case .estates(let ids):
            estates = " AND p.estate_id IN \(SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString }))"
        case .organisation, .nothing: return ([], 0)
        }
        func arm(_ months: Int, columns: SQLQueryString) -> SQLQueryString {
            // Completed on or before this day: the follow-up `months` later has come.
            let cutoff = FollowUpSchedule.dueDay(after: today, months: -months).iso
            return """
                SELECT \(columns) FROM enrolments en JOIN courses co ON co.id = en.course_id \
                JOIN participants p ON p.id = en.participant_id JOIN estates e ON e.id = p.estate_id \
                WHERE en.status = 'completed' AND co.last_day <= \(bind: cutoff)\(estates) \
                AND NOT EXISTS (SELECT 1 FROM income_followups f WHERE f.participant_id = en.participant_id \
                AND f.course_id = co.id AND f.months = \(unsafeRaw: String(months)))
                """
        }
        func union(_ columns: (Int) -> SQLQueryString) -> SQLQueryString {
            var query = arm(FollowUpSchedule.months[0], columns: columns(FollowUpSchedule.months[0]))
            for months in FollowUpSchedule.months.dropFirst() {
                query = query + " UNION ALL " + arm(months, columns: columns(months))
            }
            return query
        }
        let rows = try await database.sql.raw(
            """
            SELECT * FROM (\(union { months in
                """
                en.participant_id AS participant_id, p.prefix AS prefix, p.first_name_th AS first_name_th, \
                p.last_name_th AS last_name_th, p.phone AS phone, e.name_th AS estate_name_th, \
                e.name_en AS estate_name_en, co.id AS course_id, co.title_th AS title_th, co.last_day AS last_day, \
                \(unsafeRaw: String(months)) AS months
                """
            })) AS due ORDER BY last_day, months, participant_id LIMIT \(unsafeRaw: String(limit))
            """
        ).all(decoding: Candidate.self)
        struct Count: Decodable { let n: Int }
        let total =
            try await database.sql.raw(
                "SELECT COUNT(*) AS n FROM (\(union { _ in "1 AS one" })) AS due"
            ).first(decoding: Count.self)?.n ?? 0
        let items = rows.compactMap { row -> Due? in
            guard let completion = ThaiCalendar.Day(iso: row.last_day) else { return nil }
            let day = FollowUpSchedule.dueDay(after: completion, months: row.months)
            return Due(
                participantID: row.participant_id,
                name: "\(row.prefix)\(row.first_name_th) \(row.last_name_th)",
                phone: row.phone,
                estate: thai ? row.estate_name_th : row.estate_name_en,
                courseID: row.course_id,
                course: row.title_th,
                months: row.months,
                dueOn: day,
                overdue: FollowUpSchedule.overdueFrom(day) <= today
            )
        }
        return (items, total)
    }
}
