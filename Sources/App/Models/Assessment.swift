import Fluent
import Foundation
import SanfanCore

/// An assessment round: people sent to be assessed against one occupational standard, by one
/// certifying body, on one day, for one estate; after a course or as a standalone group.
final class AssessmentRound: Model, @unchecked Sendable {
    static let schema = "assessment_rounds"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "cycle_id") var cycle: Cycle
    @Parent(key: "estate_id") var estate: Estate
    @OptionalParent(key: "course_id") var course: Course?
    @Parent(key: "occupation_id") var occupation: Occupation
    /// The assessing organisation (a TPQI-accredited centre, DSD, …): its users see the round.
    @Parent(key: "assessor_id") var assessor: Organisation
    @Field(key: "body") var body: CertifyingBodyKind
    /// ISO day of the assessment.
    @Field(key: "held_on") var heldOn: String
    @Field(key: "place") var place: String

    init() {}
}

extension AssessmentRound: Auditable {
    static let auditEntity = "assessment_round"

    var auditSnapshot: [String: String] {
        [
            "cycle_id": $cycle.id.uuidString.lowercased(), "estate_id": $estate.id.uuidString.lowercased(),
            "course_id": $course.id?.uuidString.lowercased() ?? "",
            "occupation_id": $occupation.id.uuidString.lowercased(),
            "assessor_id": $assessor.id.uuidString.lowercased(), "body": body.rawValue, "held_on": heldOn,
            "place": place,
        ]
    }
}

/// A person sent to a round, with their overall result (derived from their units).
final class RoundCandidate: Model, @unchecked Sendable {
    static let schema = "round_candidates"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "round_id") var round: AssessmentRound
    @Parent(key: "participant_id") var participant: Participant
    /// Why someone who did not complete the round's course was sent; empty for those who did.
    @OptionalField(key: "reason") var reason: String?
    @Field(key: "overall") var overall: OverallResult

    init() {}
}

extension RoundCandidate: Auditable {
    static let auditEntity = "round_candidate"

    var auditSnapshot: [String: String] {
        [
            "round_id": $round.id.uuidString.lowercased(), "participant_id": $participant.id.uuidString.lowercased(),
            "reason": reason ?? "", "overall": overall.rawValue,
        ]
    }
}

/// Where the unit results live; written in bulk through SQLKit like attendance.
enum UnitResultRecord {
    static let schema = "unit_results"
}

/// A Sanfan certificate: issued for a pass, verifiable by its code by anyone, revocable.
final class Certificate: Model, @unchecked Sendable {
    static let schema = "certificates"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// The verification code's twelve characters, without hyphens.
    @Field(key: "code") var code: String
    @Parent(key: "candidate_id") var candidate: RoundCandidate
    @Parent(key: "participant_id") var participant: Participant
    @Parent(key: "round_id") var round: AssessmentRound
    @Parent(key: "estate_id") var estate: Estate
    @Field(key: "body") var body: CertifyingBodyKind
    /// The standard as it stood when issued: name, code, level and the units passed.
    @Field(key: "standard_name") var standardName: String
    @Field(key: "standard_level") var standardLevel: String
    @Field(key: "units") var units: String
    /// The certifying body's own number (TPQI, DSD), as they print it.
    @OptionalField(key: "external_number") var externalNumber: String?
    @Field(key: "issued_on") var issuedOn: String
    @OptionalField(key: "expires_on") var expiresOn: String?
    @OptionalField(key: "revoked_on") var revokedOn: String?
    @OptionalField(key: "revoked_reason") var revokedReason: RevocationReason?
    /// The corrected certificate that replaced this one.
    @OptionalField(key: "replaced_by") var replacedBy: UUID?

    init() {}
}

extension Certificate: Auditable {
    static let auditEntity = "certificate"

    var auditSnapshot: [String: String] {
        [
            "code": code, "participant_id": $participant.id.uuidString.lowercased(),
            "round_id": $round.id.uuidString.lowercased(), "body": body.rawValue,
            "external_number": externalNumber ?? "", "issued_on": issuedOn, "expires_on": expiresOn ?? "",
            "revoked_on": revokedOn ?? "", "revoked_reason": revokedReason?.rawValue ?? "",
            "replaced_by": replacedBy?.uuidString.lowercased() ?? "",
        ]
    }
}
