import Fluent
import Foundation
import SanfanCore

/// A mentoring session given by a bank (or IEAT) to people of one estate, and perhaps an enterprise.
final class MentoringSession: Model, @unchecked Sendable {
    static let schema = "mentoring_sessions"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "estate_id") var estate: Estate
    @Parent(key: "mentor_id") var mentor: Organisation
    @OptionalParent(key: "enterprise_id") var enterprise: Enterprise?
    @Field(key: "topic") var topic: MentoringTopic
    /// ISO day.
    @Field(key: "held_on") var heldOn: String
    @OptionalField(key: "notes") var notes: String?
    @OptionalField(key: "recorded_by") var recordedBy: UUID?

    init() {}
}

/// One person at a mentoring session.
final class MentoringAttendee: Model, @unchecked Sendable {
    static let schema = "mentoring_attendees"

    @ID(key: .id) var id: UUID?
    @Parent(key: "session_id") var session: MentoringSession
    @Parent(key: "participant_id") var participant: Participant

    init() {}
}

extension MentoringSession: Auditable {
    static let auditEntity = "mentoring"

    var auditSnapshot: [String: String] {
        [
            "estate_id": $estate.id.uuidString.lowercased(), "mentor_id": $mentor.id.uuidString.lowercased(),
            "enterprise_id": $enterprise.id?.uuidString.lowercased() ?? "", "topic": topic.rawValue,
            "held_on": heldOn, "notes": notes ?? "",
        ]
    }
}
