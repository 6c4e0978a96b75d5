import SanfanCore

/// Every estate in the catalogue, for everyone signed in: the programme's map of where it works.
enum EstateList {
    struct Row: Sendable {
        let code: String
        let name: String
        let province: String
        let operatorKind: String
        let programmeYear: Int?
    }
}
