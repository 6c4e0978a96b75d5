import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The register of people's requests under the PDPA: recorded with how the requester's identity
/// was checked and the legal deadline, then closed as done or refused with a reason. Every step
/// is audited; handing over the data is audited as an export (`SubjectData`).
enum DataRequests {
    struct Input: Sendable {
        var kind = ""
        var channel = ""
        var receivedOn = ""
        var identityCheck = ""
        var details = ""
    }

    struct Closing: Sendable {
        var status = ""
        var outcome = ""
    }

    /// Records a request about `person` (whom the caller reached through the scoped door).
    static func record(
        _ input: Input,
        about person: Participant,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> DataRequest {
        var errors = FieldErrors()
        let today = ThaiCalendar.Day.containing(now)
        let kind = errors.choice(input.kind, "kind", as: DataRequestKind.self)
        let channel = errors.choice(input.channel, "channel", as: DataRequestChannel.self)
        // Never before the Act's rights took effect, nor before the person was registered: there
        // was nothing of theirs to ask about.
        let registered = person.createdAt.map(ThaiCalendar.Day.containing).flatMap { $0 <= today ? $0 : nil }
        let received = errors.day(
            input.receivedOn,
            "received_on",
            today: today,
            notBefore: max(DataRequestRules.actInForce, registered ?? DataRequestRules.actInForce),
            tooEarly: .beforeRecordStart
        )
        let identity = errors.text(input.identityCheck, "identity_check", limit: 300, required: true)
        let details = errors.text(input.details, "details", limit: 2_000)
        guard errors.isEmpty, let kind, let channel, let received else { throw errors }
        let request = DataRequest()
        request.$participant.id = try person.requireID()
        request.$estate.id = person.$estate.id
        request.kind = kind
        request.channel = channel
        request.receivedOn = received.iso
        request.dueOn = DataRequestRules.due(receivedOn: received).iso
        request.identityCheck = identity
        request.details = details.isEmpty ? nil : details
        request.status = .open
        request.recordedBy = principal.userID
        request.recordedByName = principal.username
        try await database.writing { db in
            try await request.create(on: db)
            try await Audit.record(.create, request, before: nil, by: .init(principal), at: now, on: db)
        }
        return request
    }

    /// Closes an open request: done, with what was done, or refused, with the reason (the Act
    /// asks for the refusal and its reason to be recorded).
    static func close(
        _ request: DataRequest,
        _ input: Closing,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        if request.status != .open { errors["status"] = .dataRequestClosedAlready }
        let status = errors.choice(input.status, "status", as: DataRequestStatus.self)
        if status == .open { errors["status"] = .unknownChoice }
        let outcome = errors.text(input.outcome, "outcome", limit: 2_000, required: true)
        guard errors.isEmpty, let status else { throw errors }
        let before = request.auditSnapshot
        let closedOn = ThaiCalendar.Day.containing(now).iso
        try await database.writing { db in
            // Closed once: of two people closing it at the same moment, the second finds it closed.
            let closed = try await db.sql.update(DataRequest.schema)
                .set("status", to: SQLBind(status.rawValue))
                .set("outcome", to: SQLBind(outcome))
                .set("closed_on", to: SQLBind(closedOn))
                .set("updated_at", to: SQLBind(now))
                .where("id", .equal, SQLBind(try request.requireID()))
                .where("status", .equal, SQLBind(DataRequestStatus.open.rawValue))
                .returning("id").all()
            guard !closed.isEmpty else { throw FieldErrors(fields: ["status": .dataRequestClosedAlready]) }
            request.status = status
            request.outcome = outcome
            request.closedOn = closedOn
            try await Audit.record(.update, request, before: before, by: .init(principal), at: now, on: db)
        }
    }
}

extension DataRequests.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("kind", \.kind), ("channel", \.channel), ("received_on", \.receivedOn),
            ("identity_check", \.identityCheck), ("details", \.details),
        ]
    }
}

extension DataRequests.Closing: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [("status", \.status), ("outcome", \.outcome)]
    }
}
