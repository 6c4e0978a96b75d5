import Fluent
import Foundation
import SanfanCore

/// One loan application, opened by the bank (or HQ) from a referral to it and moved along by them.
/// Each status keeps the day it was reached.
final class Loan: Model, @unchecked Sendable {
    static let schema = "loans"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "referral_id") var referral: Referral
    @Parent(key: "participant_id") var participant: Participant
    @Parent(key: "estate_id") var estate: Estate
    @Parent(key: "bank_id") var bank: Organisation
    @Field(key: "product") var product: String
    @Field(key: "status") var status: LoanStatus
    @Field(key: "amount_requested_satang") var amountRequestedSatang: Int64
    @OptionalField(key: "amount_approved_satang") var amountApprovedSatang: Int64?
    @OptionalField(key: "amount_disbursed_satang") var amountDisbursedSatang: Int64?
    @Field(key: "guaranteed") var guaranteed: Bool
    @OptionalField(key: "guaranteed_satang") var guaranteedSatang: Int64?
    @OptionalField(key: "decline_reason") var declineReason: DeclineReason?
    /// ISO days, one per status reached.
    @Field(key: "referred_on") var referredOn: String
    @OptionalField(key: "applied_on") var appliedOn: String?
    @OptionalField(key: "approved_on") var approvedOn: String?
    @OptionalField(key: "declined_on") var declinedOn: String?
    @OptionalField(key: "withdrawn_on") var withdrawnOn: String?
    @OptionalField(key: "disbursed_on") var disbursedOn: String?

    init() {}

    /// The day the loan reached its current status.
    var lastMoveOn: String {
        let days: [String?] = [appliedOn, approvedOn, declinedOn, withdrawnOn, disbursedOn]
        var latest = referredOn
        for case let day? in days where day > latest { latest = day }
        return latest
    }

    private static let noDay = ThaiCalendar.Day(year: 2000, month: 1, day: 1)

    var state: LoanState {
        LoanState(
            status: status,
            requested: Satang(amountRequestedSatang),
            approved: amountApprovedSatang.map { Satang($0) },
            disbursed: amountDisbursedSatang.map { Satang($0) },
            guaranteed: guaranteedSatang.map { Satang($0) },
            lastMoveOn: ThaiCalendar.Day(iso: lastMoveOn) ?? Self.noDay
        )
    }
}

extension Loan: Auditable {
    static let auditEntity = "loan"

    var auditSnapshot: [String: String] {
        [
            "referral_id": $referral.id.uuidString.lowercased(), "bank_id": $bank.id.uuidString.lowercased(),
            "product": product, "status": status.rawValue, "amount_requested_satang": String(amountRequestedSatang),
            "amount_approved_satang": amountApprovedSatang.map(String.init) ?? "",
            "amount_disbursed_satang": amountDisbursedSatang.map(String.init) ?? "",
            "guaranteed": guaranteed ? "yes" : "no", "guaranteed_satang": guaranteedSatang.map(String.init) ?? "",
            "decline_reason": declineReason?.rawValue ?? "", "referred_on": referredOn, "applied_on": appliedOn ?? "",
            "approved_on": approvedOn ?? "", "declined_on": declinedOn ?? "", "withdrawn_on": withdrawnOn ?? "",
            "disbursed_on": disbursedOn ?? "",
        ]
    }
}
