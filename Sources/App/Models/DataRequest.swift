import Fluent
import Foundation
import SanfanCore

/// A person's request about their own data (PDPA ss.30–36), from the day it arrived to its answer.
final class DataRequest: Model, @unchecked Sendable {
    static let schema = "data_requests"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "participant_id") var participant: Participant
    /// The person's estate when the request arrived: whose officers answer it.
    @Parent(key: "estate_id") var estate: Estate
    @Field(key: "kind") var kind: DataRequestKind
    @Field(key: "channel") var channel: DataRequestChannel
    /// ISO days.
    @Field(key: "received_on") var receivedOn: String
    @Field(key: "due_on") var dueOn: String
    /// How the requester was confirmed to be the person (e.g. "บัตรประชาชนตัวจริง ตรวจต่อหน้า").
    @Field(key: "identity_check") var identityCheck: String
    /// What exactly was asked (which consent, which field is wrong …).
    @OptionalField(key: "details") var details: String?
    @Field(key: "status") var status: DataRequestStatus
    @OptionalField(key: "closed_on") var closedOn: String?
    /// What was done; for a refusal, the reason the Act allows.
    @OptionalField(key: "outcome") var outcome: String?
    @OptionalField(key: "recorded_by") var recordedBy: UUID?
    @Field(key: "recorded_by_name") var recordedByName: String

    init() {}
}

extension DataRequest: Auditable {
    static let auditEntity = "data_request"

    var auditSnapshot: [String: String] {
        [
            "participant_id": $participant.id.uuidString.lowercased(), "kind": kind.rawValue,
            "channel": channel.rawValue, "received_on": receivedOn, "due_on": dueOn, "identity_check": identityCheck,
            "details": details ?? "", "status": status.rawValue, "closed_on": closedOn ?? "", "outcome": outcome ?? "",
        ]
    }
}
