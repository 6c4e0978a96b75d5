import Foundation

/// The course form: what is taught, where, by whom, when, and for how many.
enum CourseForm {
    struct Model: Sendable {
        var id: UUID?
        var errors: [String: String] = [:]
        var values: [String: String] = [:]
        var cycleChoices: [Components.Choice] = []
        var estateChoices: [Components.Choice] = []
        var occupationChoices: [Components.Choice] = []
        var providerChoices: [Components.Choice] = []
        var statusChoices: [Components.Choice] = []
    }
}
