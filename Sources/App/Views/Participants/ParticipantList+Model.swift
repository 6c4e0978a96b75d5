import Foundation

/// The registry list: search, filters, one page of people in Thai dictionary order.
enum ParticipantList {
    struct Filters: Sendable {
        var q = ""
        var estate = ""
        var community = ""
        var ageGroup = ""
        var gender = ""
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
    }
}
