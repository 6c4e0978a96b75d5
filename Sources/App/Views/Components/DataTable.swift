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
        guard !rows.isEmpty else { return .p(.class("empty"), .plain(empty)) }
        // A wide table scrolls sideways inside its frame; the frame takes the keyboard's focus so
        // it can be scrolled without a mouse, and is named for the screen reader.
        return .div(
            .class("table-wrap"),
            .attribute(named: "role", value: "region"),
            .attribute(named: "aria-label", value: headers.joined(separator: ", ")),
            .attribute(named: "tabindex", value: "0"),
            .table(
                .class("cards"),
                .thead(.tr(.forEach(headers.indices) { .th(.plain(headers[$0])) })),
                .tbody(rowsHTML(headers, rows).node())
            )
        )
    }

    /// A form's shown state: what was typed and what was wrong, by field.
    struct FormState: Sendable {
        var values: [String: String] = [:]
        var errors: [String: String] = [:]

        subscript(_ field: String) -> (value: String?, error: String?) { (values[field], errors[field]) }
    }

    /// The data table's rows (`HTMLRows`): the first cell is the row's name, number cells are
    /// aligned, and each carries its column's name for a phone.
    static func rowsHTML(_ headers: [String], _ rows: [[Cell]]) -> HTMLRows {
        var html = HTMLRows(capacity: rows.count * (headers.count + 1) * 96)
        for row in rows {
            html.open("tr")
            for (index, cell) in row.enumerated() {
                let classes = index == 0 ? (cell.number ? "name number" : "name") : (cell.number ? "number" : nil)
                html.cell(
                    "td",
                    class: classes,
                    label: index < headers.count ? headers[index] : nil,
                    cell.text,
                    link: cell.link
                )
            }
            html.close("tr")
        }
        return html
    }
}
