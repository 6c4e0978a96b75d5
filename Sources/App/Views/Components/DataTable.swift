import Plot

/// A list of records as a table that becomes labelled cards on a phone (app.css, `table.cards`).
/// The livelihood pages show many such short lists; each cell carries its column's label.
extension Components {
    struct Cell: Sendable {
        var text: String
        var link: String?
        var number = false

        init(_ text: String, link: String? = nil, number: Bool = false) {
            self.text = text
            self.link = link
            self.number = number
        }
    }

    /// The first column is the row's name (a card's heading on a phone).
    static func dataTable<C: HTML.BodyContext>(_ headers: [String], _ rows: [[Cell]], empty: String) -> Node<C> {
        guard !rows.isEmpty else { return .p(.class("empty"), .text(empty)) }
        // A wide table scrolls sideways inside its frame; the frame takes the keyboard's focus so
        // it can be scrolled without a mouse, and is named for the screen reader.
        return .div(
            .class("table-wrap"),
            .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: headers.joined(separator: ", ")),
            .attribute(named: "tabindex", value: "0"),
            .table(
                .class("cards"),
                .thead(.tr(.forEach(headers.indices) { .th(.text(headers[$0])) })),
                .tbody(
                    .forEach(rows) { row in
                        .tr(
                            .forEach(row.indices) { index in
                                let cell = row[index]
                                let classes = [index == 0 ? "name" : "", cell.number ? "number" : ""]
                                    .filter { !$0.isEmpty }.joined(separator: " ")
                                return .td(
                                    .class(classes),
                                    .attribute(named: "data-label", value: index < headers.count ? headers[index] : ""),
                                    cell.link.map { .a(.href($0), .plain(cell.text)) } ?? .plain(cell.text)
                                )
                            }
                        )
                    }
                )
            )
        )
    }

    /// A form's shown state: what was typed and what was wrong, by field.
    struct FormState: Sendable {
        var values: [String: String] = [:]
        var errors: [String: String] = [:]

        subscript(_ field: String) -> (value: String?, error: String?) { (values[field], errors[field]) }
    }
}
