import Foundation
import SanfanCore

/// Cycles: the list and the cycle form.
enum CyclePages {
    struct Row: Sendable {
        let id: UUID
        let fiscalYear: Int
        let name: String
        let status: CycleStatus
        let estates: Int
    }

    struct Form: Sendable {
        var id: UUID?
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var estateIDs: Set<String> = []
        var estateChoices: [Components.Choice] = []
    }
}
