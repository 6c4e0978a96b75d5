import Foundation
import SanfanCore

/// Recording a round's results on a phone: one card per person, one row of choices per unit.
/// The same model prints as the A4 results sheet.
enum RoundResults {
    struct Unit: Sendable {
        let id: UUID
        let code: String
        let name: String
    }

    struct Person: Sendable {
        let candidateID: UUID
        let name: String
        let overall: OverallResult
        let outcomes: [UUID: UnitOutcome]
    }

    struct Model: Sendable {
        let roundID: UUID
        let title: String
        var facts: [(Phrase, String)] = []
        var units: [Unit] = []
        var people: [Person] = []
        var error: String?
    }
}
