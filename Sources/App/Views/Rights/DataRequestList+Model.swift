import Foundation

/// The register's work list, or one person's requests with the form to record a new one.
enum DataRequestList {
    struct Row: Sendable {
        let path: String
        let person: String
        let personPath: String
        let kind: Phrase
        let estate: String
        let receivedOn: String
        let dueOn: String
        /// "12 days left" while open; the answer's day once closed.
        let deadline: String
        let overdue: Bool
        let status: Phrase
    }

    struct Form: Sendable {
        let participantID: UUID
        let person: String
        var state = Components.FormState()
    }

    struct Model: Sendable {
        var title: String
        var open: [Row] = []
        var closed: [Row] = []
        /// Set on one person's page.
        var form: Form?
    }
}
