import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Enterprises within a reader's livelihood scope, their members and revenue.
enum EnterpriseQueries {
    struct Filter: Sendable {
        var estateID: UUID?
        var participantID: UUID?
        /// Started in this fiscal year (Buddhist era) by programme people: the cycle page's figure.
        var createdInYear: Int?
    }

    struct Row: Decodable, Sendable {
        let id: UUID
        let kind: String
        let name: String
        let products: String
        let started_on: String
        let estate_name_th: String
        let estate_name_en: String
        let members: Int
    }

    struct MemberRow: Decodable, Sendable {
        let participant_id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let role: String
        let joined_on: String

        var displayName: String { "\(prefix)\(first_name_th) \(last_name_th)" }
    }

    /// Enterprises started in `year` (fiscal, Buddhist era) at the estate aliased `ce` (or
    /// `estate`), with a founder or member who completed a course: "businesses created".
    static func createdCondition(year: Int, estate: SQLQueryString) -> SQLQueryString {
        let bounds = ThaiCalendar.fiscalYearBounds(year)
        let start = String(format: "%04d-%02d-%02d", bounds.start.year!, bounds.start.month!, bounds.start.day!)
        let end = String(format: "%04d-%02d-%02d", bounds.end.year!, bounds.end.month!, bounds.end.day!)
        return """
            x.estate_id = \(estate) AND x.started_on >= \(bind: start) AND x.started_on <= \(bind: end) \
            AND EXISTS (SELECT 1 FROM enterprise_members m JOIN enrolments en ON en.participant_id = m.participant_id \
            WHERE m.enterprise_id = x.id AND m.role IN ('founder', 'member') AND en.status = 'completed')
            """
    }

    static func list(
        _ filter: Filter,
        scope: LivelihoodScope,
        limit: Int = 200,
        offset: Int = 0,
        on database: any Database
    ) async throws -> [Row] {
        guard let condition = LivelihoodConditions.enterprises(scope) else { return [] }
        var query = database.sql.select()
            .columns(["id", "kind", "name", "products", "started_on"].map { SQLColumn($0, table: "x") })
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(
                SQLGroupExpression(
                    SQLQueryString("SELECT COUNT(*) FROM enterprise_members m WHERE m.enterprise_id = x.id")
                ),
                as: "members"
            )
            .from(Enterprise.schema, as: "x")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "x"), equals: SQLColumn("id", table: "e"))
            .where(condition)
        if let estate = filter.estateID {
            query = query.where(SQLColumn("estate_id", table: "x"), .equal, SQLBind(estate))
        }
        if let person = filter.participantID {
            query = query.where(
                SQLQueryString(
                    "EXISTS (SELECT 1 FROM enterprise_members m WHERE m.enterprise_id = x.id AND m.participant_id = \(bind: person))"
                )
            )
        }
        if let year = filter.createdInYear {
            query = query.where(createdCondition(year: year, estate: "x.estate_id"))
        }
        return try await query.orderBy(
            SQLOrderBy(expression: SQLColumn("started_on", table: "x"), direction: SQLDirection.descending)
        )
        .orderBy(SQLColumn("id", table: "x")).limit(limit).offset(offset).all(decoding: Row.self)
    }

    static func find(_ id: UUID, scope: LivelihoodScope, on database: any Database) async throws -> Enterprise? {
        guard let condition = LivelihoodConditions.enterprises(scope),
            try await database.sql.select().column(SQLLiteral.numeric("1")).from(Enterprise.schema, as: "x")
                .where(SQLColumn("id", table: "x"), .equal, SQLBind(id)).where(condition).first() != nil
        else { return nil }
        return try await Enterprise.find(id, on: database)
    }

    /// The members the reader may see: all of them for staff; for a bank, those who share with it.
    static func members(
        of enterprise: UUID,
        scope: RecordScope,
        on database: any Database
    ) async throws
        -> [MemberRow]
    {
        try await database.sql.select()
            .column(SQLColumn("participant_id", table: "m"))
            .columns(["prefix", "first_name_th", "last_name_th"].map { SQLColumn($0, table: "p") })
            .column(SQLColumn("role", table: "m")).column(SQLColumn("joined_on", table: "m"))
            .from(EnterpriseMember.schema, as: "m")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "m"),
                equals: SQLColumn("id", table: "p")
            )
            .where(SQLColumn("enterprise_id", table: "m"), .equal, SQLBind(enterprise))
            .whereParticipants(in: scope)
            .orderBy(SQLColumn("joined_on", table: "m")).all(decoding: MemberRow.self)
    }

    static func isMember(_ person: UUID, of enterprise: UUID, on database: any Database) async throws -> Bool {
        try await EnterpriseMember.query(on: database).filter(\.$enterprise.$id == enterprise)
            .filter(\.$participant.$id == person).first() != nil
    }

    static func revenue(
        of enterprise: UUID,
        month: String,
        on database: any Database
    ) async throws
        -> EnterpriseRevenue?
    {
        try await EnterpriseRevenue.query(on: database).filter(\.$enterprise.$id == enterprise)
            .filter(\.$month == month).first()
    }

    static func revenues(of enterprise: UUID, on database: any Database) async throws -> [EnterpriseRevenue] {
        try await EnterpriseRevenue.query(on: database).filter(\.$enterprise.$id == enterprise)
            .sort(\.$month, .descending).limit(24).all()
    }

    /// The enterprises of one estate, to pick from when adding a member.
    static func ofEstate(_ estate: UUID, on database: any Database) async throws -> [Enterprise] {
        try await Enterprise.query(on: database).filter(\.$estate.$id == estate).sort(\.$name).limit(500).all()
    }
}
