import Foundation

/// One person's path after training: baseline income and follow-ups, enterprises, jobs, mentoring
/// and loans, each within the reader's scope, with the forms an estate officer records them by.
enum PersonLivelihood {
    /// The page's forms, each posted to its own route.
    enum Form: String, Sendable {
        case baseline, followUp, enterprise, placement, mentoring
    }

    struct Model: Sendable {
        let participantID: UUID
        let person: String
        /// An officer of the person's estate, or HQ: may record.
        var canRecord = false
        /// May log mentoring for this person (officers, and a bank for someone who shares with it).
        var canMentor = false
        /// Mentoring is logged as the bank itself: no mentor to choose.
        var mentorsAsSelf = false
        var baseline: String?
        var followUps: [[Components.Cell]] = []
        var enterprises: [[Components.Cell]] = []
        var placements: [[Components.Cell]] = []
        var mentoring: [[Components.Cell]] = []
        var loans: [[Components.Cell]] = []
        var courseChoices: [Components.Choice] = []
        var enterpriseChoices: [Components.Choice] = []
        var employerChoices: [Components.Choice] = []
        var occupationChoices: [Components.Choice] = []
        var mentorChoices: [Components.Choice] = []
        /// The form sent back with errors, as typed.
        var refused: (form: Form, state: Components.FormState)?

        func state(_ form: Form) -> Components.FormState {
            refused?.form == form ? refused!.state : Components.FormState()
        }
    }
}
