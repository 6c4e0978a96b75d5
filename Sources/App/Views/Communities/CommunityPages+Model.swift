import Foundation

/// Communities around the estates: a list and a small form.
enum CommunityPages {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let estate: String
        let place: String
        let households: Int?
        let people: Int
    }

    struct Form: Sendable {
        var id: UUID?
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var estateChoices: [Components.Choice] = []
        var subdistrictChoices: [Components.Choice] = []
    }
}
