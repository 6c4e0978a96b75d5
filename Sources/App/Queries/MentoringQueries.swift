import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Mentoring sessions within a reader's livelihood scope.
enum MentoringQueries {
    struct Row: Decodable, Sendable {
        let id: UUID
        let held_on: String
        let topic: String
        let mentor_short_name: String
        let estate_name_th: String
        let estate_name_en: String
        let enterprise_name: String?
        let attendees: Int
        let notes: String?
    }

    /// Sessions in scope, newest first; those `participant` attended when given. A bank counts only
    /// the attendees who share with it.
    static func list(
        scope: LivelihoodScope,
        readerScope: RecordScope,
        participant: UUID? = nil,
        limit: Int = 200,
        offset: Int = 0,
        on database: any Database
    ) async throws -> [Row] {
        guard let condition = LivelihoodConditions.mentoring(scope) else { return [] }
        var attendees: SQLQueryString = "SELECT COUNT(*) FROM mentoring_attendees a WHERE a.session_id = m.id"
        // A bank sees the enterprise's name only when the enterprise is one referred to it.
        var enterprise: any SQLExpression = SQLColumn("name", table: "x")
        if case .sharedWith(let organisation) = readerScope {
            attendees = attendees + " AND " + LivelihoodConditions.shares("a.participant_id", with: organisation)
            enterprise = SQLQueryString(
                "CASE WHEN \(LivelihoodConditions.referredEnterprise("m.enterprise_id", to: organisation)) THEN x.name END"
            )
        }
        var query = database.sql.select()
            .columns(["id", "held_on", "topic", "notes"].map { SQLColumn($0, table: "m") })
            .column(SQLColumn("short_name", table: "o"), as: "mentor_short_name")
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(enterprise, as: "enterprise_name")
            .column(SQLGroupExpression(attendees), as: "attendees")
            .from(MentoringSession.schema, as: "m")
            .join(
                Organisation.schema,
                as: "o",
                on: SQLColumn("mentor_id", table: "m"),
                equals: SQLColumn("id", table: "o")
            )
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "m"), equals: SQLColumn("id", table: "e"))
            .join(
                Enterprise.schema,
                as: "x",
                method: .left,
                on: SQLColumn("enterprise_id", table: "m"),
                equals: SQLColumn("id", table: "x")
            )
            .where(condition)
        if let participant {
            query = query.where(
                SQLQueryString(
                    "EXISTS (SELECT 1 FROM mentoring_attendees a WHERE a.session_id = m.id AND a.participant_id = \(bind: participant))"
                )
            )
        }
        return try await query.orderBy(
            SQLOrderBy(expression: SQLColumn("held_on", table: "m"), direction: SQLDirection.descending)
        )
        .orderBy(SQLColumn("id", table: "m")).limit(limit).offset(offset).all(decoding: Row.self)
    }

    /// Who may mentor: the banks, the guarantor and IEAT.
    static func mentors(on database: any Database) async throws -> [Organisation] {
        try await CatalogueQueries.organisations(activeOnly: true, on: database).filter {
            $0.kind.part == .lender || $0.kind == .authority
        }
    }
}
