import Foundation
import SanfanCore

/// The courses a user may see, newest first.
enum CourseList {
    struct Row: Sendable {
        let id: UUID
        let title: String
        let occupation: String
        let estate: String
        let provider: String?
        let days: String
        let status: CourseStatus
        let seats: String
        let waiting: Int
        let completed: Int
        let sessions: Int
    }

    struct Model: Sendable {
        let canAdd: Bool
        var rows: [Row] = []
        var cycleChoices: [Components.Choice] = []
        var estateChoices: [Components.Choice] = []
        var cycle = ""
        var estate = ""
    }
}
