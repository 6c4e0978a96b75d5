import Foundation
import SanfanCore

/// One assessment round: its facts, its people with their overall results, the certificates issued,
/// and what the reader may do next.
enum RoundDetail {
    struct Person: Sendable {
        let candidateID: UUID
        let participantID: UUID
        let name: String
        let overall: OverallResult
        let reason: String?
        /// A valid certificate already issued to this person in this round.
        let certificateID: UUID?
    }

    struct Issued: Sendable {
        let id: UUID
        let code: String
        let name: String
        let externalNumber: String?
        let issuedOn: String
        let standing: AssessmentRules.Standing
    }

    struct Model: Sendable {
        let id: UUID
        let title: String
        var facts: [(Phrase, String)] = []
        var people: [Person] = []
        var certificates: [Issued] = []
        var canRecord = false
        var canCertify = false
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        /// A search for someone to add, and the people it found at the round's estate.
        var search = ""
        var matches: [Components.Choice] = []
    }
}
