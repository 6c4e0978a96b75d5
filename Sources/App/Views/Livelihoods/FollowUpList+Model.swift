import Foundation

/// The officer's work list: follow-ups due or overdue in their estates, each answerable in place.
enum FollowUpList {
    struct Item: Sendable {
        let participantID: UUID
        let name: String
        let phone: String?
        let estate: String
        let courseID: UUID
        let course: String
        let months: Int
        let dueOn: String
        let overdue: Bool
    }

    struct Model: Sendable {
        var items: [Item] = []
        var total = 0
        /// The item sent back refused, with its errors.
        var refused: (participantID: UUID, courseID: UUID, months: Int, state: Components.FormState)?
    }
}
