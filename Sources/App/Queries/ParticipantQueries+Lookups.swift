import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Lookups the registry's rules and other features need: consent history, who else holds an ID or
/// a name and birth date, and people named by a record already reached through its scope.
extension ParticipantQueries {
    /// The names of a person's estate and community, in one statement.
    struct Place: Sendable {
        let estateTh: String
        let estateEn: String
        let community: String?
    }

    static func place(of participant: Participant, on database: any Database) async throws -> Place {
        try await place(estate: participant.$estate.id, community: participant.$community.id, on: database)
    }

    static func place(estate: UUID, community: UUID? = nil, on database: any Database) async throws -> Place {
        let row = try await database.sql.raw(
            """
            SELECT e.name_th AS estate_th, e.name_en AS estate_en, c.name_th AS community FROM estates e \
            LEFT JOIN communities c ON c.id = \(bind: community) WHERE e.id = \(bind: estate)
            """
        ).first()
        // The estate is a foreign key: a person always has one.
        guard let row else { throw FluentError.noResults }
        return Place(
            estateTh: try row.decode(column: "estate_th", as: String.self),
            estateEn: try row.decode(column: "estate_en", as: String.self),
            community: try row.decode(column: "community", as: String?.self)
        )
    }

    /// A person's consent decisions, oldest first, each with its recipient's code. Takes an id the caller
    /// reached through the person's scope.
    static func consents(
        of participant: UUID,
        on database: any Database
    ) async throws -> [(consent: Consent, recipientCode: String?)] {
        // One statement, the recipient's code joined (its model is not loaded).
        try await database.sql.select()
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("c")))
            .column(SQLColumn("code", table: "o"), as: "recipient_code")
            .from(Consent.schema, as: "c")
            .join(
                SQLAlias(SQLIdentifier(Organisation.schema), as: SQLIdentifier("o")),
                method: SQLJoinMethod.left,
                on: SQLColumn("recipient_id", table: "c"),
                .equal,
                SQLColumn("id", table: "o")
            )
            .where(SQLColumn("participant_id", table: "c"), .equal, SQLBind(participant))
            .orderBy(SQLColumn("created_at", table: "c"))
            .all()
            .map {
                (try $0.decode(fluentModel: Consent.self), try $0.decode(column: "recipient_code", as: String?.self))
            }
    }

    /// The Thai name of the estate where someone else holds this national ID (its blind index), if
    /// anyone does. The estate, never the person: the asker may have no access to that record.
    static func estateHolding(
        nationalIDIndex: String,
        except id: UUID?,
        on database: any Database
    ) async throws
        -> String?
    {
        var query = database.sql.select().column(SQLColumn("name_th", table: "e"))
            .from(Participant.schema, as: "p")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "p"), equals: SQLColumn("id", table: "e"))
            .where(SQLColumn("national_id_index", table: "p"), .equal, SQLBind(nationalIDIndex))
        if let id { query = query.where(SQLColumn("id", table: "p"), .notEqual, SQLBind(id)) }
        return try await query.first()?.decode(column: "name_th", as: String.self)
    }

    /// The estates (up to five) where someone else has this name and birth date.
    static func estatesHolding(
        duplicateKey: String,
        except id: UUID?,
        on database: any Database
    ) async throws
        -> [String]
    {
        var query = database.sql.select().column(SQLColumn("name_th", table: "e"))
            .from(Participant.schema, as: "p")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "p"), equals: SQLColumn("id", table: "e"))
            .where(SQLColumn("duplicate_key", table: "p"), .equal, SQLBind(duplicateKey))
        if let id { query = query.where(SQLColumn("id", table: "p"), .notEqual, SQLBind(id)) }
        return try await query.limit(5).all().map { try $0.decode(column: "name_th", as: String.self) }
    }

    /// People by id, for the children of a record already reached through its scope (a round's
    /// certificates).
    static func people(_ ids: [UUID], on database: any Database) async throws -> [UUID: Participant] {
        guard !ids.isEmpty else { return [:] }
        let people = try await Participant.query(on: database).filter(\.$id ~~ ids).all()
        return Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) })
    }
}
