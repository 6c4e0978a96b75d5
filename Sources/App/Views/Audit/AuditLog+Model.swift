import Foundation

/// The audit log page: filters, one page of events newest first, and a link to the next page.
enum AuditLogPage {
    struct Filters: Sendable {
        var user = ""
        var entity = ""
        var entityID = ""
        var from = ""
        var to = ""
    }

    struct Change: Sendable {
        let field: String
        let before: String
        let after: String
    }

    struct Row: Sendable {
        let at: Date
        let actor: String
        let action: AuditEvent.Action
        let entity: String
        let entityID: String
        let changes: [Change]
    }

    struct Model: Sendable {
        var filters = Filters()
        var errors: [String: String] = [:]
        var rows: [Row] = []
        var userChoices: [Components.Choice] = []
        var entityChoices: [String] = []
        /// The query string of the next (older) page, if there is one.
        var nextPageQuery: String?
    }

    /// The fields that differ between two snapshots, in name order.
    static func changes(before: [String: String]?, after: [String: String]?) -> [Change] {
        let keys = Set((before ?? [:]).keys).union((after ?? [:]).keys).sorted()
        return keys.compactMap { key in
            let old = before?[key] ?? ""
            let new = after?[key] ?? ""
            return old == new ? nil : Change(field: key, before: old, after: new)
        }
    }
}
