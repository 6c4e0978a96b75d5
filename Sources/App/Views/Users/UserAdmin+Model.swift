import Foundation
import SanfanCore

/// Admin pages for user accounts: the list, and the form to create or edit one.
enum UserAdmin {
    struct ListRow: Sendable {
        let id: UUID
        let username: String
        let displayName: String
        let role: Role
        let assignment: String
        let isActive: Bool
        let lastSignIn: Date?
    }

    /// What the form shows: the values typed (kept after an error) and each field's error.
    struct Form: Sendable {
        var id: UUID?
        var username = ""
        var displayName = ""
        var role = Role.estateOfficer.rawValue
        var estateIDs: Set<String> = []
        var organisationID = ""
        var language = "th"
        var isActive = true
        var errors: [String: String] = [:]
        var estateChoices: [Components.Choice] = []
        var organisationChoices: [Components.Choice] = []

        var isNew: Bool { id == nil }
    }
}
