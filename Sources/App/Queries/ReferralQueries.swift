import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Referrals within a reader's referral scope. A bank's view joins the current shares, so a person
/// who withdraws consent leaves the bank's lists and pages in the same moment.
enum ReferralQueries {
    struct Row: Decodable, Sendable {
        let id: UUID
        let participant_id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let estate_id: UUID
        let estate_name_th: String
        let estate_name_en: String
        let bank_id: UUID
        let bank_short_name: String
        let purpose: String
        let amount_sought_satang: Int64
        let referred_on: String
        /// The loan application opened from this referral, if any.
        let loan_id: UUID?

        var displayName: String { "\(prefix)\(first_name_th) \(last_name_th)" }
    }

    /// The condition a scope puts on referrals aliased `r`; nil when it allows nothing.
    static func condition(_ scope: ReferralScope) -> SQLQueryString? {
        switch scope {
        case .everything: SQLQueryString("1 = 1")
        case .estates(let ids): SQLQueryString("r.estate_id IN \(SQLBind.group(Array(ids)))")
        case .bank(let bank):
            SQLQueryString(
                "r.bank_id = \(bind: bank) AND EXISTS (SELECT 1 FROM participant_shares s WHERE s.participant_id = r.participant_id AND s.organisation_id = \(bind: bank))"
            )
        case .nothing: nil
        }
    }

    /// Referrals in scope, newest first; of one person when `participant` is given.
    static func list(
        scope: ReferralScope,
        participant: UUID? = nil,
        limit: Int = 200,
        on database: any Database
    ) async throws -> [Row] {
        guard let condition = condition(scope) else { return [] }
        var query = database.sql.select()
            .column(SQLColumn("id", table: "r")).column(SQLColumn("participant_id", table: "r"))
            .column(SQLColumn("prefix", table: "p")).column(SQLColumn("first_name_th", table: "p"))
            .column(SQLColumn("last_name_th", table: "p")).column(SQLColumn("estate_id", table: "r"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("bank_id", table: "r")).column(SQLColumn("short_name", table: "b"), as: "bank_short_name")
            .column(SQLColumn("purpose", table: "r")).column(SQLColumn("amount_sought_satang", table: "r"))
            .column(SQLColumn("referred_on", table: "r"))
            .column(SQLColumn("id", table: "l"), as: "loan_id")
            .from(Referral.schema, as: "r")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "r"),
                equals: SQLColumn("id", table: "p")
            )
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "r"), equals: SQLColumn("id", table: "e"))
            .join(
                Organisation.schema,
                as: "b",
                on: SQLColumn("bank_id", table: "r"),
                equals: SQLColumn("id", table: "b")
            )
            .join(
                Loan.schema,
                as: "l",
                method: .left,
                on: SQLColumn("id", table: "r"),
                equals: SQLColumn("referral_id", table: "l")
            )
            .where(condition)
        if let participant {
            query = query.where(SQLColumn("participant_id", table: "r"), .equal, SQLBind(participant))
        }
        return
            try await query
            .orderBy(SQLOrderBy(expression: SQLColumn("referred_on", table: "r"), direction: SQLDirection.descending))
            .orderBy(SQLColumn("id", table: "r")).limit(limit).all(decoding: Row.self)
    }

    /// One referral, only if within scope (for a bank: only while the person shares with it).
    static func find(_ id: UUID, scope: ReferralScope, on database: any Database) async throws -> Referral? {
        guard let condition = condition(scope),
            try await database.sql.select().column(SQLLiteral.numeric("1")).from(Referral.schema, as: "r")
                .where(SQLColumn("id", table: "r"), .equal, SQLBind(id)).where(condition).first() != nil
        else { return nil }
        return try await Referral.find(id, on: database)
    }

    /// The banks and the guarantor a person may be referred to.
    static func lenders(on database: any Database) async throws -> [Organisation] {
        try await CatalogueQueries.organisations(activeOnly: true, on: database).filter { $0.kind.part == .lender }
    }
}
