import Foundation

/// The assessment rounds a reader may see, newest first.
enum RoundList {
    struct Row: Sendable {
        let id: UUID
        let heldOn: String
        let occupation: String
        let estate: String
        let assessor: String
        let course: String?
        let candidates: Int
        let passed: Int
    }

    struct Model: Sendable {
        var rows: [Row] = []
        var canAdd = false
    }
}
