import Fluent
import Foundation
import SanfanCore

/// Writes the audit log. Called inside the same transaction as the change it records, so a change
/// and its audit entry are saved together or not at all.
enum Audit {
    /// Who made a change: a signed-in user, or the command line.
    struct Actor: Sendable {
        let id: UUID?
        let username: String

        init(_ principal: Principal) {
            self.id = principal.userID
            self.username = principal.username
        }

        init(id: UUID?, username: String) {
            self.id = id
            self.username = username
        }

        /// Changes made by `sanfan` commands on the server itself.
        static let commandLine = Actor(id: nil, username: "cli")
        static let system = Actor(id: nil, username: "system")
    }

    static func record(
        _ action: AuditEvent.Action,
        entity: String,
        id: String,
        before: [String: String]?,
        after: [String: String]?,
        by actor: Actor,
        at date: Date,
        on database: any Database
    ) async throws {
        let event = AuditEvent()
        event.at = date
        event.actorID = actor.id
        event.actorUsername = actor.username
        event.action = action
        event.entity = entity
        event.entityID = id
        event.before = try before.map(encode)
        event.after = try after.map(encode)
        try await event.create(on: database)
    }

    static func record<Record: Auditable & Model>(
        _ action: AuditEvent.Action,
        _ record: Record,
        before: [String: String]?,
        by actor: Actor,
        at date: Date,
        on database: any Database
    ) async throws where Record.IDValue == UUID {
        try await Self.record(
            action,
            entity: Record.auditEntity,
            id: record.id?.uuidString.lowercased() ?? "",
            before: before,
            after: action == .delete ? nil : record.auditSnapshot,
            by: actor,
            at: date,
            on: database
        )
    }

    private static func encode(_ snapshot: [String: String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(snapshot), as: UTF8.self)
    }

    static func decode(_ json: String?) -> [String: String]? {
        guard let json else { return nil }
        return try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }
}
