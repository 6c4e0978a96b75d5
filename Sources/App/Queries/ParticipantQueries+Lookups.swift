import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Lookups the registry's rules and other features need: consent history, who else holds an ID or
/// a name and birth date, and people named by a record already reached through its scope.
extension ParticipantQueries {
    /// A person's consent decisions, oldest first, each with its recipient. Takes an id the caller
    /// reached through the person's scope.
    static func consents(of participant: UUID, on database: any Database) async throws -> [Consent] {
        try await Consent.query(on: database).filter(\.$participant.$id == participant).with(\.$recipient)
            .sort(\.$createdAt).all()
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
