import Foundation
import SanfanCore

/// The public verify page: a box to type a code, and what a code says about its certificate.
/// Nothing about the person beyond a partly hidden name.
enum VerifyPage {
    enum Outcome: Sendable {
        /// The form alone.
        case asking
        /// A code that is not a code, with the reason in the reader's language.
        case malformed(String)
        case unknown(code: String)
        case found(Found)
    }

    struct Found: Sendable {
        let code: String
        let standing: AssessmentRules.Standing
        /// "Valid", "expired on …", "revoked on …: reason".
        let verdict: String
        let holder: String
        var facts: [(Phrase, String)] = []
        let replacedBy: String?
    }

    struct Model: Sendable {
        var typed = ""
        var outcome: Outcome = .asking
        /// A pasted credential, shown again; and whether its signature was checked and held.
        var credential = ""
        var signatureChecked = false
    }
}
