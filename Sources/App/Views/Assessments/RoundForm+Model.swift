import Foundation

/// A new assessment round: for a course, or a standalone group of one estate in one cycle.
enum RoundForm {
    struct Model: Sendable {
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var courseChoices: [Components.Choice] = []
        var cycleChoices: [Components.Choice] = []
        var estateChoices: [Components.Choice] = []
        var occupationChoices: [Components.Choice] = []
        /// Empty when the reader assesses for their own organisation.
        var assessorChoices: [Components.Choice] = []
        var bodyChoices: [Components.Choice] = []
    }
}
