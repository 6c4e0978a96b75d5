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

        let displayName: String
        let accessSummary: String
        let stats: [Stat]
        let programmeEstates: [EstateRow]
    }
}
