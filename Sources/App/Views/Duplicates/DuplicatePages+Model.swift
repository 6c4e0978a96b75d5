import Foundation

/// The duplicate review's pages: the list of likely pairs with the recent merges (each with its
/// undo), and one pair side by side with a merge button under each record.
enum DuplicatePages {
    struct PairLine: Sendable {
        let id: UUID
        let reason: String
        let a: String
        let b: String
        let birthDates: String
    }

    struct MergeLine: Sendable {
        let id: UUID
        let text: String
        let keptLink: String
        let when: String
        /// "Undone …", or nil while it can still be undone.
        let undone: String?
    }

    struct List: Sendable {
        var scanned = ""
        var pairs: [PairLine] = []
        var merges: [MergeLine] = []
    }

    /// One record's fields, as rows of (label, value), and its linked records.
    struct Side: Sendable {
        let id: UUID
        let heading: String
        let link: String
        let fields: [(label: String, value: String)]
        let records: [(label: String, count: String)]
    }

    struct Compare: Sendable {
        let pairID: UUID
        let title: String
        let reason: String
        let sides: [Side]
        var notice: String?
    }
}
