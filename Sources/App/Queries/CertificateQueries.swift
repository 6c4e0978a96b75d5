import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Certificates: by code for anyone verifying, and within the round scope for staff and assessors.
enum CertificateQueries {
    static func find(code: String, on database: any Database) async throws -> Certificate? {
        try await Certificate.query(on: database).filter(\.$code == code).first()
    }

    /// One certificate, only if its round is within scope.
    static func find(_ id: UUID, scope: RoundScope, on database: any Database) async throws -> Certificate? {
        try await scoped(scope, on: database)?.filter(\.$id == id).first()
    }

    /// The ids of a person's certificates whose rounds are within scope: those whose page the
    /// reader may open.
    static func reachable(
        of participant: UUID,
        scope: RoundScope,
        on database: any Database
    ) async throws
        -> Set<UUID>
    {
        Set(
            try await scoped(scope, on: database)?.filter(\.$participant.$id == participant).all().compactMap(\.id)
                ?? []
        )
    }

    /// Certificates narrowed to their rounds' scope; nil when it allows none.
    private static func scoped(_ scope: RoundScope, on database: any Database) -> QueryBuilder<Certificate>? {
        let query = Certificate.query(on: database)
        switch scope {
        case .everything: return query
        case .estates(let ids): return query.filter(\.$estate.$id ~~ ids)
        case .assessor(let organisation):
            return query.join(AssessmentRound.self, on: \Certificate.$round.$id == \AssessmentRound.$id)
                .filter(AssessmentRound.self, \.$assessor.$id == organisation)
        case .nothing: return nil
        }
    }

    /// A round's certificates, oldest first. Takes the round, already reached through its scope.
    static func certificates(of round: AssessmentRound, on database: any Database) async throws -> [Certificate] {
        try await Certificate.query(on: database).filter(\.$round.$id == round.requireID()).sort(\.$createdAt)
            .sort(\.$id).all()
    }

    /// A person's certificates, newest first. Takes the person, already reached through their scope.
    static func certificates(of participant: UUID, on database: any Database) async throws -> [Certificate] {
        try await Certificate.query(on: database).filter(\.$participant.$id == participant)
            .sort(\.$issuedOn, .descending).all()
    }

    static func externalNumberTaken(
        _ number: String,
        body: CertifyingBodyKind,
        on database: any Database
    )
        async throws -> Bool
    {
        try await Certificate.query(on: database).filter(\.$body == body).filter(\.$externalNumber == number).count()
            > 0
    }

    /// What the public verify page shows of a certificate: nothing about the person beyond a
    /// partly hidden name.
    struct Public: Decodable, Sendable {
        let code: String
        let first_name_th: String
        let last_name_th: String
        let first_name_en: String?
        let last_name_en: String?
        let standard_name: String
        let standard_level: String
        let body: String
        let external_number: String?
        let issued_on: String
        let expires_on: String?
        let revoked_on: String?
        let revoked_reason: String?
        let replaced_by_code: String?
        let estate_name_th: String
        let estate_name_en: String
        let assessor_name_th: String
        let assessor_name_en: String
        let occupation_name_th: String
        let occupation_name_en: String
        let held_on: String
    }

    static func publicView(code: String, on database: any Database) async throws -> Public? {
        try await database.sql.select()
            .column(SQLColumn("code", table: "c")).column(SQLColumn("first_name_th", table: "p"))
            .column(SQLColumn("last_name_th", table: "p")).column(SQLColumn("first_name_en", table: "p"))
            .column(SQLColumn("last_name_en", table: "p")).column(SQLColumn("standard_name", table: "c"))
            .column(SQLColumn("standard_level", table: "c")).column(SQLColumn("body", table: "c"))
            .column(SQLColumn("external_number", table: "c")).column(SQLColumn("issued_on", table: "c"))
            .column(SQLColumn("expires_on", table: "c")).column(SQLColumn("revoked_on", table: "c"))
            .column(SQLColumn("revoked_reason", table: "c"))
            .column(SQLColumn("code", table: "n"), as: "replaced_by_code")
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("name_th", table: "a"), as: "assessor_name_th")
            .column(SQLColumn("name_en", table: "a"), as: "assessor_name_en")
            .column(SQLColumn("name_th", table: "o"), as: "occupation_name_th")
            .column(SQLColumn("name_en", table: "o"), as: "occupation_name_en")
            .column(SQLColumn("held_on", table: "r"))
            .from(Certificate.schema, as: "c")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "c"),
                equals: SQLColumn("id", table: "p")
            )
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "c"), equals: SQLColumn("id", table: "e"))
            .join(
                AssessmentRound.schema,
                as: "r",
                on: SQLColumn("round_id", table: "c"),
                equals: SQLColumn("id", table: "r")
            )
            .join(
                Organisation.schema,
                as: "a",
                on: SQLColumn("assessor_id", table: "r"),
                equals: SQLColumn("id", table: "a")
            )
            .join(
                Occupation.schema,
                as: "o",
                on: SQLColumn("occupation_id", table: "r"),
                equals: SQLColumn("id", table: "o")
            )
            .join(
                Certificate.schema,
                as: "n",
                method: .left,
                on: SQLColumn("replaced_by", table: "c"),
                equals: SQLColumn("id", table: "n")
            )
            .where(SQLColumn("code", table: "c"), .equal, SQLBind(code))
            .first(decoding: Public.self)
    }
}
