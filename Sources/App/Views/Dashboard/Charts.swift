import Foundation
import Plot

/// Charts as SVG written on the server: no JavaScript, printable, scaled to the screen by their
/// `viewBox`. Text uses the page's font (the served Thai font), so Thai labels render as the rest
/// of the page does. Each chart is an image named by its title and described by its summary; the
/// same figures follow it as a table, for screen readers and for copying.
enum Charts {
    static let width = 420.0

    static func figure(_ chart: Dashboard.Chart, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let headers = [chart.rowHeader] + (chart.targetLabel.map { [$0] } ?? []) + chart.series
        return .element(
            named: "figure",
            nodes: [
                .class("chart"), .id(chart.id),
                .h3(.id(chart.id + "-title"), .plain(chart.title)),
                .raw(svg(chart)),
                .element(named: "figcaption", nodes: [.id(chart.id + "-summary"), .plain(chart.summary)]),
                .element(
                    named: "details",
                    nodes: [
                        .class("chart-data"),
                        .element(named: "summary", text: t(.dataTable)),
                        .div(
                            .class("table-wrap"),
                            .attribute(named: "role", value: "region"),
                            .attribute(named: "aria-label", value: chart.title),
                            .attribute(named: "tabindex", value: "0"),
                            .table(
                                .class("figures"),
                                .thead(
                                    .tr(.forEach(headers) { .th(.attribute(named: "scope", value: "col"), .plain($0)) })
                                ),
                                .tbody(
                                    .forEach(chart.rows) { row in
                                        .tr(
                                            .th(.attribute(named: "scope", value: "row"), .plain(row.label)),
                                            .unwrap(chart.targetLabel) { _ in
                                                .td(.class("number"), .plain(row.target?.text ?? "—"))
                                            },
                                            .forEach(row.values) { value in
                                                .td(
                                                    .class("number"),
                                                    value.link.map { .a(.href($0), .plain(value.text)) }
                                                        ?? .plain(value.text)
                                                )
                                            }
                                        )
                                    }
                                )
                            )
                        ),
                    ]
                ),
            ]
        )
    }

    static func svg(_ chart: Dashboard.Chart) -> String {
        switch chart.kind {
        case .bars(let centred): bars(chart, centred: centred)
        case .lines: lines(chart)
        }
    }

    /// One band per row: the label above, a bar per series below it, the value at the bar's end,
    /// and the target as a dark tick. A bar with records behind it is a link to them.
    private static func bars(_ chart: Dashboard.Chart, centred: Bool) -> String {
        let labelHeight = 16.0
        let barHeight = 13.0
        let gap = 10.0
        let legendHeight = chart.series.count > 1 || chart.targetLabel != nil ? 22.0 : 0
        let band = labelHeight + Double(chart.series.count) * (barHeight + 2) + gap
        let height = legendHeight + band * Double(max(chart.rows.count, 1)) + 4
        let valueRoom = 64.0
        let plot = width - valueRoom
        let maximum =
            chart.rows.flatMap { row in row.values.compactMap(\.number) + [row.target?.number].compactMap { $0 } }
            .max() ?? 0
        let scale = maximum > 0 ? plot / maximum : 0
        var out = open(chart, height: height)
        out += legend(chart)
        for (index, row) in chart.rows.enumerated() {
            let top = legendHeight + Double(index) * band
            out += "<text class=\"label\" x=\"\(centred ? width / 2 : 0)\" y=\"\(f(top + 12))\""
            out += centred ? " text-anchor=\"middle\">" : ">"
            out += escape(row.label) + "</text>"
            for (series, value) in row.values.enumerated() {
                let y = top + labelHeight + Double(series) * (barHeight + 2)
                let length = max((value.number ?? 0) * scale, value.number ?? 0 > 0 ? 1 : 0)
                let x = centred ? (plot - length) / 2 : 0
                var bar =
                    "<rect class=\"bar s\(series)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(length))\" height=\"\(f(barHeight))\">"
                bar += "<title>\(escape(row.label + " · " + chart.series[series] + ": " + value.text))</title></rect>"
                bar +=
                    "<text class=\"value\" x=\"\(f(x + length + 4))\" y=\"\(f(y + barHeight - 2))\">\(escape(value.text))</text>"
                if let link = value.link {
                    out += "<a href=\"\(link.attributeEscaped)\">\(bar)</a>"
                } else {
                    out += bar
                }
            }
            if let target = row.target, let number = target.number, number > 0 {
                let x = number * scale
                let y = top + labelHeight - 2
                let bottom = y + Double(chart.series.count) * (barHeight + 2) + 2
                out += "<line class=\"target\" x1=\"\(f(x))\" x2=\"\(f(x))\" y1=\"\(f(y))\" y2=\"\(f(bottom))\">"
                out += "<title>\(escape((chart.targetLabel ?? "") + ": " + target.text))</title></line>"
            }
        }
        return out + "</svg>"
    }

    /// Months along the bottom, a line per series, each point with its value as a tooltip.
    private static func lines(_ chart: Dashboard.Chart) -> String {
        let height = 220.0
        let left = 40.0
        let bottom = 40.0
        let top = 30.0
        let plotWidth = width - left - 10
        let plotHeight = height - top - bottom
        let maximum = max(chart.rows.flatMap { $0.values.compactMap(\.number) }.max() ?? 0, 1)
        let step = chart.rows.count > 1 ? plotWidth / Double(chart.rows.count - 1) : 0
        var out = open(chart, height: height)
        out += legend(chart)
        // Axis: zero and the maximum.
        out +=
            "<line class=\"axis\" x1=\"\(f(left))\" x2=\"\(f(left + plotWidth))\" y1=\"\(f(top + plotHeight))\" y2=\"\(f(top + plotHeight))\"/>"
        out += "<text class=\"tick\" x=\"\(f(left - 4))\" y=\"\(f(top + plotHeight))\" text-anchor=\"end\">0</text>"
        out +=
            "<text class=\"tick\" x=\"\(f(left - 4))\" y=\"\(f(top + 8))\" text-anchor=\"end\">\(Int(maximum).grouped)</text>"
        for (index, row) in chart.rows.enumerated() {
            let x = left + Double(index) * step
            out += "<text class=\"tick\" x=\"\(f(x))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\""
            out += " transform=\"rotate(-35 \(f(x)) \(f(height - bottom + 16)))\">\(escape(row.label))</text>"
        }
        for series in chart.series.indices {
            let points = chart.rows.enumerated().compactMap { index, row -> (Double, Double, String)? in
                guard series < row.values.count, let number = row.values[series].number else { return nil }
                return (
                    left + Double(index) * step, top + plotHeight - number / maximum * plotHeight,
                    row.label + ": " + row.values[series].text
                )
            }
            out +=
                "<polyline class=\"line s\(series)\" points=\"\(points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " "))\"/>"
            for point in points {
                out +=
                    "<circle class=\"dot s\(series)\" cx=\"\(f(point.0))\" cy=\"\(f(point.1))\" r=\"3\"><title>\(escape(chart.series[series] + " · " + point.2))</title></circle>"
            }
        }
        return out + "</svg>"
    }

    /// An image, or a group when its bars are links: an image may not hold controls.
    private static func open(_ chart: Dashboard.Chart, height: Double) -> String {
        let links = chart.rows.contains { row in row.values.contains { $0.link != nil } }
        return "<svg class=\"chart-svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"\(links ? "group" : "img")\" "
            + "aria-labelledby=\"\(chart.id)-t \(chart.id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(chart.id)-t\">\(escape(chart.title))</title><desc id=\"\(chart.id)-d\">\(escape(chart.summary))</desc>"
    }

    private static func legend(_ chart: Dashboard.Chart) -> String {
        guard chart.series.count > 1 || chart.targetLabel != nil else { return "" }
        var out = ""
        var x = 0.0
        for (index, name) in chart.series.enumerated() {
            out += "<rect class=\"bar s\(index)\" x=\"\(f(x))\" y=\"4\" width=\"12\" height=\"12\"/>"
            out += "<text class=\"legend\" x=\"\(f(x + 16))\" y=\"14\">\(escape(name))</text>"
            x += 24 + Double(name.count) * 7
        }
        if let target = chart.targetLabel {
            out += "<line class=\"target\" x1=\"\(f(x + 6))\" x2=\"\(f(x + 6))\" y1=\"2\" y2=\"18\"/>"
            out += "<text class=\"legend\" x=\"\(f(x + 14))\" y=\"14\">\(escape(target))</text>"
        }
        return out
    }

    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String { text.attributeEscaped }
}
