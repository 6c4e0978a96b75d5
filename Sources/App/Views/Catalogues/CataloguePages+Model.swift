import Foundation

/// The admin catalogues (estates, occupations, organisations) share one list and one form: each
/// is a table of codes and names and a form of plain fields.
enum CataloguePages {
    struct Cell: Sendable {
        let text: String
        var link: String?
    }

    struct List: Sendable {
        let title: String
        let newPath: String
        let newLabel: String
        let columns: [String]
        var rows: [[Cell]] = []
    }

    enum Field: Sendable {
        case text(_ name: String, _ label: String, hint: String? = nil, required: Bool = false)
        case select(_ name: String, _ label: String, [Components.Choice])
        case textarea(_ name: String, _ label: String, hint: String?)
        case checkbox(_ name: String, _ label: String)
    }

    struct Form: Sendable {
        let title: String
        let backPath: String
        let backLabel: String
        let action: String
        var fields: [Field] = []
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        /// Read-only facts below the form (the users linked to an organisation).
        var related: (heading: String, items: [String])?
    }
}
