import Fluent
import Foundation
import SanfanCore

/// A person's monthly income before the programme, as they told it (zero is "none").
final class IncomeBaseline: Model, @unchecked Sendable {
    static let schema = "income_baselines"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "participant_id") var participant: Participant
    @Field(key: "monthly_income_satang") var monthlyIncomeSatang: Int64
    @Field(key: "asked_on") var askedOn: String

    init() {}
}

/// One follow-up of a person 3, 6 or 12 months after a course: their income, or that they could
/// not be reached.
final class IncomeFollowUp: Model, @unchecked Sendable {
    static let schema = "income_followups"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "participant_id") var participant: Participant
    @Parent(key: "estate_id") var estate: Estate
    @Parent(key: "course_id") var course: Course
    @Field(key: "months") var months: Int
    @Field(key: "due_on") var dueOn: String
    /// The day the person was asked (or tried): keyed in later from paper, it is the paper's day.
    @Field(key: "done_on") var doneOn: String
    @Field(key: "reached") var reached: Bool
    @OptionalField(key: "monthly_income_satang") var monthlyIncomeSatang: Int64?
    @OptionalField(key: "main_source") var mainSource: IncomeSource?
    @OptionalField(key: "recorded_by") var recordedBy: UUID?

    init() {}
}

extension IncomeBaseline: Auditable {
    static let auditEntity = "income_baseline"

    var auditSnapshot: [String: String] {
        [
            "participant_id": $participant.id.uuidString.lowercased(),
            "monthly_income_satang": String(monthlyIncomeSatang), "asked_on": askedOn,
        ]
    }
}

extension IncomeFollowUp: Auditable {
    static let auditEntity = "income_followup"

    var auditSnapshot: [String: String] {
        [
            "participant_id": $participant.id.uuidString.lowercased(), "course_id": $course.id.uuidString.lowercased(),
            "months": String(months), "due_on": dueOn, "done_on": doneOn, "reached": reached ? "yes" : "no",
            "monthly_income_satang": monthlyIncomeSatang.map(String.init) ?? "",
            "main_source": mainSource?.rawValue ?? "",
        ]
    }
}
