import Foundation

/// Adding people to a course: search the estate's registry and tick many.
enum EnrolPicker {
    struct Row: Sendable {
        let id: UUID
        let name: String
        let community: String?
        let born: String
        let alreadyIn: Bool
    }

    struct Model: Sendable {
        let id: UUID
        let title: String
        let search: String
        let error: String?
        var seatsLeft = 0
        var rows: [Row] = []
        /// The next 50, in the same order (ticks on this page are enrolled first).
        var nextPage: String?
    }
}
