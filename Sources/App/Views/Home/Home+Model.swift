import Foundation

/// The home page: who you are, what you can reach, and each cycle's people against its target.
/// (The dashboard will replace the programme part.)
enum Home {
    struct Model: Sendable {
        /// A cycle's headline: people enrolled and completed against the trained target.
        struct CycleRow: Sendable {
            let id: UUID
            let name: String
            let fiscalYear: Int
            let status: Phrase
            let target: Int
            let enrolled: Int
            let completed: Int
        }

        let displayName: String
        let accessSummary: String
        var cycles: [CycleRow] = []
        /// An officer's figures cover their own estates.
        var ownEstatesOnly = false
    }
}
