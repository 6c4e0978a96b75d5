import Foundation
import SanfanCore

/// A certificate as staff see it: its facts, its standing, and what they may do with it.
enum CertificatePage {
    struct Model: Sendable {
        let id: UUID
        let roundID: UUID
        let code: String
        let holder: String
        var facts: [(Phrase, String)] = []
        let standing: AssessmentRules.Standing
        var revokedLine: String?
        var replacedBy: (id: UUID, code: String)?
        var canManage = false
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
    }
}

/// Certificates on A4 landscape paper, one per page: one for a person, or a whole round at once.
enum CertificatePrint {
    struct Sheet: Sendable {
        let holder: String
        let standard: String
        let level: String
        let occupation: String
        let body: String
        let assessor: String
        let estate: String
        let externalNumber: String?
        let heldOn: String
        let issuedOn: String
        let expiresOn: String?
        let code: String
        let verifyURL: String
        /// The QR code for `verifyURL`, as SVG.
        let qr: String
    }

    struct Model: Sendable {
        let title: String
        let back: String
        var sheets: [Sheet] = []
    }
}
