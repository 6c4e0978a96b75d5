import Fluent
import Foundation
import SanfanCore

/// A person referred by their estate to a partner bank (or the guarantor), with their consent.
final class Referral: Model, @unchecked Sendable {
    static let schema = "referrals"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "participant_id") var participant: Participant
    /// The person's estate when referred: whose officers follow it up.
    @Parent(key: "estate_id") var estate: Estate
    @Parent(key: "bank_id") var bank: Organisation
    /// The enterprise the referral is for, when it is for one the person belongs to.
    @OptionalParent(key: "enterprise_id") var enterprise: Enterprise?
    @Field(key: "purpose") var purpose: ReferralPurpose
    @Field(key: "amount_sought_satang") var amountSoughtSatang: Int64
    /// ISO day.
    @Field(key: "referred_on") var referredOn: String
    @OptionalField(key: "notes") var notes: String?
    @OptionalField(key: "referred_by") var referredBy: UUID?

    init() {}
}

extension Referral: Auditable {
    static let auditEntity = "referral"

    var auditSnapshot: [String: String] {
        [
            "participant_id": $participant.id.uuidString.lowercased(), "estate_id": $estate.id.uuidString.lowercased(),
            "bank_id": $bank.id.uuidString.lowercased(), "purpose": purpose.rawValue,
            "enterprise_id": $enterprise.id?.uuidString.lowercased() ?? "",
            "amount_sought_satang": String(amountSoughtSatang), "referred_on": referredOn, "notes": notes ?? "",
        ]
    }
}
