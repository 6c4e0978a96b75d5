import Fluent
import Foundation

/// One change to one record: who, when, what, and the values before and after (JSON objects).
final class AuditEvent: Model, @unchecked Sendable {
    static let schema = "audit_events"

    enum Action: String, Codable, Sendable, CaseIterable {
        case create, update, delete, reveal
        /// A download of records or figures: what, in which format, how many rows.
        case export
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_username") var actorUsername: String
    @Field(key: "action") var action: Action
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: String
    @OptionalField(key: "before") var before: String?
    @OptionalField(key: "after") var after: String?

    init() {}
}

/// A record whose changes are audited: it names its kind and gives the values worth recording.
protocol Auditable {
    static var auditEntity: String { get }
    var auditSnapshot: [String: String] { get }
}
