import Plot
import Testing

@testable import App

/// Table rows written as bytes (`HTMLRows`) are the markup Plot writes for the same elements, and
/// escape what people typed the same way.
extension AppTests {
    @Suite struct HTMLRowsTests {
        static let typed = "สมชาย \"<b>ก&amp;ข</b>' นิคมฯ"

        @Test func rowsAreWhatPlotWritesForTheSameElements() {
            var html = HTMLRows()
            html.open("tr", class: "total")
            html.cell("th", class: "estate-name", scope: "row", Self.typed)
            html.cell("td", class: "number", label: "ลงทะเบียน", "1,234", link: "/participants?cycle=a&stage=b")
            html.cell("td", class: "", label: "", Self.typed)
            html.open("td", class: "name")
            html.link("/participants/1", Self.typed)
            html.cell("small", class: "latin", "Somchai")
            html.close("td")
            html.close("tr")
            let plot: Node<HTML.TableContext> = .tr(
                .class("total"),
                .th(.class("estate-name"), .attribute(named: "scope", value: "row"), .plain(Self.typed)),
                .td(
                    .class("number"),
                    .data(named: "label", value: "ลงทะเบียน"),
                    .a(.href("/participants?cycle=a&stage=b"), .plain("1,234"))
                ),
                .td(.class(""), .data(named: "label", value: ""), .plain(Self.typed)),
                .td(
                    .class("name"),
                    .a(.href("/participants/1"), .plain(Self.typed)),
                    .small(.class("latin"), .plain("Somchai"))
                )
            )
            let written: Node<HTML.TableContext> = html.node()
            #expect(written.render() == plot.render())
            #expect(!written.render().contains("<b>"))
        }

        @Test func attributeValuesCannotBeClosedByWhatWasTyped() {
            var html = HTMLRows()
            html.cell("td", class: "a\"b", label: "x\" onmouseover=\"alert(1)", "t", link: "/p?q=\"><script>")
            let written: Node<HTML.TableContext> = html.node()
            let page = written.render()
            #expect(
                page
                    == "<td class=\"a&quot;b\" data-label=\"x&quot; onmouseover=&quot;alert(1)\"><a href=\"/p?q=&quot;&gt;&lt;script&gt;\">t</a></td>"
            )
        }

        /// The data table's rows against the same table built element by element in Plot.
        @Test func aDataTableIsWrittenAsPlotWouldWriteIt() {
            let headers = ["ชื่อ", "จำนวน"]
            let rows: [[Components.Cell]] = [
                [.init(Self.typed, link: "/people/1"), .init("12", number: true)],
                [.init("—"), .init("3", link: "/x?a=1&b=2", number: true), .init("extra")],
            ]
            let plot: Node<HTML.TableContext> = .forEach(rows) { row in
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
            let written: Node<HTML.TableContext> = Components.rowsHTML(headers, rows).node()
            #expect(written.render() == plot.render())
        }
    }
}
