import Fluent
import Foundation
import SanfanCore

/// A job a programme person took: with a partner employer in the catalogue, or one named.
final class Placement: Model, @unchecked Sendable {
    static let schema = "placements"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "participant_id") var participant: Participant
    @Parent(key: "estate_id") var estate: Estate
    @OptionalParent(key: "employer_id") var employer: Organisation?
    /// The employer's name: the catalogue's when one is chosen, else as typed.
    @Field(key: "employer_name") var employerName: String
    @Field(key: "position") var position: String
    @OptionalParent(key: "occupation_id") var occupation: Occupation?
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "ended_on") var endedOn: String?
    @Field(key: "monthly_wage_satang") var monthlyWageSatang: Int64
    @Field(key: "inside_estate") var insideEstate: Bool
    @OptionalField(key: "recorded_by") var recordedBy: UUID?

    init() {}
}

extension Placement: Auditable {
    static let auditEntity = "placement"

    var auditSnapshot: [String: String] {
        [
            "participant_id": $participant.id.uuidString.lowercased(),
            "employer_id": $employer.id?.uuidString.lowercased() ?? "", "employer_name": employerName,
            "position": position, "occupation_id": $occupation.id?.uuidString.lowercased() ?? "",
            "started_on": startedOn, "ended_on": endedOn ?? "", "monthly_wage_satang": String(monthlyWageSatang),
            "inside_estate": insideEstate ? "yes" : "no",
        ]
    }
}
