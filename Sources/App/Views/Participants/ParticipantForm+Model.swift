import Foundation

/// The register / edit form. Values are kept exactly as typed, so a refused form comes back whole.
enum ParticipantForm {
    typealias Group = Components.Group

    struct Model: Sendable {
        var id: UUID?
        /// Form field name → value as typed.
        var values: [String: String] = [:]
        var consents: Set<String> = []
        var errors: [String: String] = [:]
        /// Same name and birth date found elsewhere: the message and a box to confirm.
        var duplicateWarning: String?
        /// When editing: the number on file, masked; the field stays empty unless it is replaced.
        var maskedNationalID: String?
        var estateChoices: [Components.Choice] = []
        var communityGroups: [Group] = []
        var provinceChoices: [Components.Choice] = []
        var subdistrictGroups: [Group] = []
        /// Consent items, shown when registering (later changes go through the person's page).
        var consentItems: [Components.Choice] = []

        var isNew: Bool { id == nil }
        func value(_ name: String) -> String { values[name] ?? "" }
    }
}
