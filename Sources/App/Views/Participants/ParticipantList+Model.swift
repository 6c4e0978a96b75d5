import Foundation
import SanfanCore

/// The registry list: search, filters, one page of people in Thai dictionary order.
enum ParticipantList {
    /// The cycle and stage a list is narrowed to, described above the results.
    struct StageNote: Sendable {
        let stage: Phrase
        let fiscalYear: Int
    }

    struct Filters: Sendable {
        var q = ""
        var estate = ""
        var community = ""
        var ageGroup = ""
        var gender = ""
        /// From the target-versus-actual page: the people behind one of its numbers.
        var cycle = ""
        var stage = ""
    }

    struct Row: Sendable {
        let id: UUID
        let name: String
        let latinName: String?
        let nationalID: String
        let ageGroup: Phrase?
        let estate: String
        let community: String?
        let phone: String?
    }

    struct Model: Sendable {
        var filters = Filters()
        var estateChoices: [Components.Choice] = []
        var communityChoices: [Components.Choice] = []
        var rows: [Row] = []
        var nextPageQuery: String?
        var canRegister = false
        var isFirstPage = true
        var stageNote: StageNote?
        /// The columns this reader may see (`Disclosure`): a bank sees no ID and no phone.
        var shown: Set<PersonalField> = []
        /// A partner's list: only people who shared with the partner's organisation.
        var sharedOnly = false
    }
}
