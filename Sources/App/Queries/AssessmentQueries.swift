import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Assessment rounds within a reader's round scope, their people and results.
enum AssessmentQueries {
    /// One round, only if within scope.
    static func find(_ id: UUID, scope: RoundScope, on database: any Database) async throws -> AssessmentRound? {
        try await scoped(scope, on: database)?.filter(\.$id == id).first()
    }

    /// The rounds in scope, newest first, as records (the API's list).
    static func rounds(
        scope: RoundScope,
        limit: Int = 200,
        on database: any Database
    ) async throws
        -> [AssessmentRound]
    {
        try await scoped(scope, on: database)?.sort(\.$heldOn, .descending).sort(\.$id).limit(limit).all() ?? []
    }

    /// Rounds narrowed to a scope; nil when it allows none.
    private static func scoped(_ scope: RoundScope, on database: any Database) -> QueryBuilder<AssessmentRound>? {
        let query = AssessmentRound.query(on: database)
        switch scope {
        case .everything: return query
        case .estates(let ids): return query.filter(\.$estate.$id ~~ ids)
        case .assessor(let organisation): return query.filter(\.$assessor.$id == organisation)
        case .nothing: return nil
        }
    }

    struct Row: Decodable, Sendable {
        let id: UUID
        let held_on: String
        let place: String
        let body: String
        let estate_id: UUID
        let estate_name_th: String
        let estate_name_en: String
        let occupation_name_th: String
        let occupation_name_en: String
        let assessor_short_name: String
        let course_title: String?
        let candidates: Int
        let passed: Int
    }

    /// The rounds a reader may see, newest first.
    static func list(scope: RoundScope, limit: Int = 200, on database: any Database) async throws -> [Row] {
        var query = database.sql.select()
            .column(SQLColumn("id", table: "r")).column(SQLColumn("held_on", table: "r"))
            .column(SQLColumn("place", table: "r")).column(SQLColumn("body", table: "r"))
            .column(SQLColumn("estate_id", table: "r"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("name_th", table: "o"), as: "occupation_name_th")
            .column(SQLColumn("name_en", table: "o"), as: "occupation_name_en")
            .column(SQLColumn("short_name", table: "a"), as: "assessor_short_name")
            .column(SQLColumn("title_th", table: "co"), as: "course_title")
            .column(
                SQLGroupExpression(SQLQueryString("SELECT COUNT(*) FROM round_candidates c WHERE c.round_id = r.id")),
                as: "candidates"
            )
            .column(
                SQLGroupExpression(
                    SQLQueryString(
                        "SELECT COUNT(*) FROM round_candidates c WHERE c.round_id = r.id AND c.overall = 'passed'"
                    )
                ),
                as: "passed"
            )
            .from(AssessmentRound.schema, as: "r")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "r"), equals: SQLColumn("id", table: "e"))
            .join(
                Occupation.schema,
                as: "o",
                on: SQLColumn("occupation_id", table: "r"),
                equals: SQLColumn("id", table: "o")
            )
            .join(
                Organisation.schema,
                as: "a",
                on: SQLColumn("assessor_id", table: "r"),
                equals: SQLColumn("id", table: "a")
            )
            .join(
                Course.schema,
                as: "co",
                method: .left,
                on: SQLColumn("course_id", table: "r"),
                equals: SQLColumn("id", table: "co")
            )
        switch scope {
        case .everything: break
        case .estates(let ids):
            query = query.where(SQLColumn("estate_id", table: "r"), .in, SQLBind.group(Array(ids)))
        case .assessor(let organisation):
            query = query.where(SQLColumn("assessor_id", table: "r"), .equal, SQLBind(organisation))
        case .nothing: return []
        }
        return try await query.orderBy(
            SQLOrderBy(expression: SQLColumn("held_on", table: "r"), direction: SQLDirection.descending)
        )
        .orderBy(SQLColumn("id", table: "r")).limit(limit).all(decoding: Row.self)
    }

    /// A round's people, oldest first. Takes the round, already reached through its scope.
    static func candidates(of round: AssessmentRound, on database: any Database) async throws -> [RoundCandidate] {
        try await RoundCandidate.query(on: database).filter(\.$round.$id == round.requireID()).with(\.$participant)
            .sort(\.$createdAt).sort(\.$id).all()
    }

    static func candidate(
        person: UUID,
        in round: AssessmentRound,
        on database: any Database
    ) async throws
        -> RoundCandidate?
    {
        try await RoundCandidate.query(on: database).filter(\.$round.$id == round.requireID())
            .filter(\.$participant.$id == person).first()
    }

    /// Each person's unit results: candidate → unit → outcome.
    static func unitResults(
        of round: AssessmentRound,
        on database: any Database
    ) async throws
        -> [UUID: [UUID: UnitOutcome]]
    {
        struct Row: Decodable {
            let candidate_id: UUID
            let unit_id: UUID
            let outcome: String
        }
        let rows = try await database.sql.select()
            .column(SQLColumn("candidate_id", table: "u")).column(SQLColumn("unit_id", table: "u"))
            .column(SQLColumn("outcome", table: "u"))
            .from(UnitResultRecord.schema, as: "u")
            .join(
                RoundCandidate.schema,
                as: "c",
                on: SQLColumn("candidate_id", table: "u"),
                equals: SQLColumn("id", table: "c")
            )
            .where(SQLColumn("round_id", table: "c"), .equal, SQLBind(try round.requireID()))
            .all(decoding: Row.self)
        var result: [UUID: [UUID: UnitOutcome]] = [:]
        for row in rows {
            if let outcome = UnitOutcome(rawValue: row.outcome) {
                result[row.candidate_id, default: [:]][row.unit_id] = outcome
            }
        }
        return result
    }

    /// The organisations that assess (TPQI-accredited centres, DSD), for the round form.
    static func assessors(on database: any Database) async throws -> [Organisation] {
        try await CatalogueQueries.organisations(activeOnly: true, on: database).filter(\.assesses)
    }
}
