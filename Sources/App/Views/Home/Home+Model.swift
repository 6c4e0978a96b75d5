import Foundation

/// The home page: who you are, what you can reach, and the programme at a glance.
enum Home {
    struct Model: Sendable {
        struct Stat: Sendable {
            let phrase: Phrase
            let value: Int
        }
        struct EstateRow: Sendable {
            let name: String
            let province: String
            let programmeYear: Int
        }

        /// A cycle's headline: completed against the trained target.
        struct CycleRow: Sendable {
            let id: UUID
            let name: String
            let status: Phrase
            let target: Int
            let completed: Int
        }

        let displayName: String
        let accessSummary: String
        let stats: [Stat]
        let programmeEstates: [EstateRow]
        var cycles: [CycleRow] = []
    }
}
