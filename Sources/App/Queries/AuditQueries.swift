import Fluent
import Foundation
import SQLKit

/// One page of the audit log, newest first, with keyset pagination on (at, id) so that page 500
/// costs the same as page 1.
enum AuditQueries {
    struct Filter: Sendable {
        var actorID: UUID?
        var entity: String?
        var entityID: String?
        var from: Date?
        /// Exclusive upper bound.
        var until: Date?
        /// The last row of the previous page.
        var after: (at: Date, id: UUID)?
    }

    struct Row: Decodable, Sendable {
        let id: UUID
        let at: Date
        let actor_username: String
        let action: String
        let entity: String
        let entity_id: String
        let before: String?
        let after: String?
    }

    static func page(_ filter: Filter, limit: Int, on database: any Database) async throws -> [Row] {
        let sql = database.sql
        var query = sql.select().columns(
            "id",
            "at",
            "actor_username",
            "action",
            "entity",
            "entity_id",
            "before",
            "after"
        )
        .from(AuditEvent.schema)
        if let actor = filter.actorID { query = query.where("actor_id", .equal, actor) }
        if let entity = filter.entity { query = query.where("entity", .equal, entity) }
        if let entityID = filter.entityID { query = query.where("entity_id", .equal, entityID) }
        if let from = filter.from { query = query.where("at", .greaterThanOrEqual, from) }
        if let until = filter.until { query = query.where("at", .lessThan, until) }
        if let after = filter.after {
            query = query.where { group in
                group.where("at", .lessThan, after.at)
                    .orWhere { inner in inner.where("at", .equal, after.at).where("id", .lessThan, after.id) }
            }
        }
        return try await query.orderBy("at", .descending).orderBy("id", .descending).limit(limit)
            .all(decoding: Row.self)
    }

    static func entities(on database: any Database) async throws -> [String] {
        try await database.sql.select().distinct().column("entity").from(AuditEvent.schema)
            .orderBy("entity").all().map { try $0.decode(column: "entity", as: String.self) }
    }
}
