import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Loans within a reader's livelihood scope: the pipeline's counts and sums, and the list.
enum LoanQueries {
    struct Filter: Sendable {
        var status: LoanStatus?
        /// Approved or disbursed: the cycle page's "loans approved".
        var approvedOnly = false
        var bankID: UUID?
        var estateID: UUID?
        var participantID: UUID?
        /// Loans of people who completed a course of this cycle (at `cohortEstate` when given).
        var cycleID: UUID?
        var cohortEstate: UUID?
    }

    struct Row: Decodable, Sendable {
        let id: UUID
        let participant_id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let estate_name_th: String
        let estate_name_en: String
        let bank_short_name: String
        let product: String
        let status: String
        let amount_requested_satang: Int64
        let amount_approved_satang: Int64?
        let amount_disbursed_satang: Int64?
        let guaranteed: Bool
        let referred_on: String

        var displayName: String { "\(prefix)\(first_name_th) \(last_name_th)" }
    }

    struct PipelineRow: Decodable, Sendable {
        let group_id: UUID
        let group_name: String
        let status: String
        let n: Int
        let requested: Int64?
        let approved: Int64?
        let disbursed: Int64?
    }

    private static func filtered(_ query: SQLSelectBuilder, _ filter: Filter) -> SQLSelectBuilder {
        var query = query
        if let status = filter.status {
            query = query.where(SQLColumn("status", table: "l"), .equal, SQLBind(status.rawValue))
        }
        if filter.approvedOnly {
            query = query.where(SQLColumn("status", table: "l"), .in, SQLBind.group(["approved", "disbursed"]))
        }
        if let bank = filter.bankID { query = query.where(SQLColumn("bank_id", table: "l"), .equal, SQLBind(bank)) }
        if let estate = filter.estateID {
            query = query.where(SQLColumn("estate_id", table: "l"), .equal, SQLBind(estate))
        }
        if let person = filter.participantID {
            query = query.where(SQLColumn("participant_id", table: "l"), .equal, SQLBind(person))
        }
        if let cycle = filter.cycleID {
            query = query.where(
                LivelihoodConditions.cohort("l.participant_id", cycle: cycle, estate: filter.cohortEstate)
            )
        }
        return query
    }

    static func list(
        _ filter: Filter,
        scope: LivelihoodScope,
        limit: Int = 200,
        offset: Int = 0,
        on database: any Database
    ) async throws -> [Row] {
        guard let condition = LivelihoodConditions.loans(scope) else { return [] }
        let query = database.sql.select()
            .column(SQLColumn("id", table: "l")).column(SQLColumn("participant_id", table: "l"))
            .column(SQLColumn("prefix", table: "p")).column(SQLColumn("first_name_th", table: "p"))
            .column(SQLColumn("last_name_th", table: "p"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("short_name", table: "b"), as: "bank_short_name")
            .columns(
                [
                    "product", "status", "amount_requested_satang", "amount_approved_satang", "amount_disbursed_satang",
                    "guaranteed", "referred_on",
                ].map { SQLColumn($0, table: "l") }
            )
            .from(Loan.schema, as: "l")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "l"),
                equals: SQLColumn("id", table: "p")
            )
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "l"), equals: SQLColumn("id", table: "e"))
            .join(
                Organisation.schema,
                as: "b",
                on: SQLColumn("bank_id", table: "l"),
                equals: SQLColumn("id", table: "b")
            )
            .where(condition)
        return try await filtered(query, filter)
            .orderBy(SQLOrderBy(expression: SQLColumn("referred_on", table: "l"), direction: SQLDirection.descending))
            .orderBy(SQLColumn("id", table: "l")).limit(limit).offset(offset).all(decoding: Row.self)
    }

    enum Grouping: String, Sendable {
        case bank
        case estate
    }

    /// A column's sum as BIGINT: PostgreSQL would sum BIGINTs into NUMERIC.
    private static func sumOf(_ column: String) -> SQLQueryString {
        "CAST(SUM(l.\(unsafeRaw: column)) AS BIGINT)"
    }

    /// Counts and sums by status, per bank or per estate.
    static func pipeline(
        _ filter: Filter,
        by grouping: Grouping,
        scope: LivelihoodScope,
        on database: any Database
    ) async throws -> [PipelineRow] {
        guard let condition = LivelihoodConditions.loans(scope) else { return [] }
        let (table, column, name) =
            grouping == .bank ? (Organisation.schema, "bank_id", "short_name") : (Estate.schema, "estate_id", "name_th")
        let query = database.sql.select()
            .column(SQLColumn("id", table: "g"), as: "group_id")
            .column(SQLColumn(name, table: "g"), as: "group_name")
            .column(SQLColumn("status", table: "l"))
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .column(sumOf("amount_requested_satang"), as: "requested")
            .column(sumOf("amount_approved_satang"), as: "approved")
            .column(sumOf("amount_disbursed_satang"), as: "disbursed")
            .from(Loan.schema, as: "l")
            .join(table, as: "g", on: SQLColumn(column, table: "l"), equals: SQLColumn("id", table: "g"))
            .where(condition)
        return try await filtered(query, filter)
            .groupBy(SQLColumn("id", table: "g")).groupBy(SQLColumn(name, table: "g")).groupBy(
                SQLColumn("status", table: "l")
            )
            .orderBy(SQLColumn(name, table: "g"))
            .all(decoding: PipelineRow.self)
    }

    /// One loan, only within scope (a bank: its own, while the person shares with it).
    static func find(_ id: UUID, scope: LivelihoodScope, on database: any Database) async throws -> Loan? {
        guard let condition = LivelihoodConditions.loans(scope),
            try await database.sql.select().column(SQLLiteral.numeric("1")).from(Loan.schema, as: "l")
                .where(SQLColumn("id", table: "l"), .equal, SQLBind(id)).where(condition).first() != nil
        else { return nil }
        return try await Loan.find(id, on: database)
    }

    static func forReferral(_ referral: UUID, on database: any Database) async throws -> Loan? {
        try await Loan.query(on: database).filter(\.$referral.$id == referral).first()
    }
}
