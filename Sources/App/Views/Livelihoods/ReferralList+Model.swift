import Foundation

/// Referrals to banks: a bank's or an estate's list, or one person's with the form to refer them.
enum ReferralList {
    struct Row: Sendable {
        let person: String
        /// The person's page, when the reader may open it.
        let personPath: String?
        let estate: String
        let bank: String
        let purpose: Phrase
        let amount: String
        let referredOn: String
        /// The loan opened from it, for a reader who may see loans.
        var loanPath: String?
        /// Where a bank opens the application, while there is none.
        var openLoanPath: String?
    }

    /// The form on one person's referrals page.
    struct Form: Sendable {
        let participantID: UUID
        let person: String
        var bankChoices: [Components.Choice] = []
        /// The enterprises the person belongs to, any of which the referral may be for.
        var enterpriseChoices: [Components.Choice] = []
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
    }

    struct Model: Sendable {
        var title: String
        var rows: [Row] = []
        var form: Form?
        /// Banks see only the people who still consent to share with them.
        var sharedOnly = false
    }
}
