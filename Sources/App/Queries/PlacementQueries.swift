import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Job placements within a reader's livelihood scope (an employer: its own, with consent).
enum PlacementQueries {
    struct Filter: Sendable {
        var participantID: UUID?
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
        let employer_name: String
        let position: String
        let started_on: String
        let ended_on: String?
        let monthly_wage_satang: Int64
        let inside_estate: Bool

        var displayName: String { "\(prefix)\(first_name_th) \(last_name_th)" }
    }

    static func list(
        _ filter: Filter,
        scope: LivelihoodScope,
        limit: Int = 200,
        offset: Int = 0,
        on database: any Database
    ) async throws -> [Row] {
        guard let condition = LivelihoodConditions.placements(scope) else { return [] }
        var query = database.sql.select()
            .column(SQLColumn("id", table: "pl")).column(SQLColumn("participant_id", table: "pl"))
            .columns(["prefix", "first_name_th", "last_name_th"].map { SQLColumn($0, table: "p") })
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .columns(
                ["employer_name", "position", "started_on", "ended_on", "monthly_wage_satang", "inside_estate"].map {
                    SQLColumn($0, table: "pl")
                }
            )
            .from(Placement.schema, as: "pl")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "pl"),
                equals: SQLColumn("id", table: "p")
            )
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "pl"), equals: SQLColumn("id", table: "e"))
            .where(condition)
        if let person = filter.participantID {
            query = query.where(SQLColumn("participant_id", table: "pl"), .equal, SQLBind(person))
        }
        if let cycle = filter.cycleID {
            query = query.where(
                LivelihoodConditions.cohort("pl.participant_id", cycle: cycle, estate: filter.cohortEstate)
            )
        }
        return try await query.orderBy(
            SQLOrderBy(expression: SQLColumn("started_on", table: "pl"), direction: SQLDirection.descending)
        )
        .orderBy(SQLColumn("id", table: "pl")).limit(limit).offset(offset).all(decoding: Row.self)
    }

    static func find(_ id: UUID, scope: LivelihoodScope, on database: any Database) async throws -> Placement? {
        guard let condition = LivelihoodConditions.placements(scope),
            try await database.sql.select().column(SQLLiteral.numeric("1")).from(Placement.schema, as: "pl")
                .where(SQLColumn("id", table: "pl"), .equal, SQLBind(id)).where(condition).first() != nil
        else { return nil }
        return try await Placement.find(id, on: database)
    }

    /// Employers in the catalogue, to choose from.
    static func employers(on database: any Database) async throws -> [Organisation] {
        try await CatalogueQueries.organisations(activeOnly: true, on: database).filter { $0.kind == .employer }
    }
}
