import Foundation
import Plot

/// Thailand by province, shaded by the chosen indicator, with the industrial estates as dots. Each
/// province is a link that filters the dashboard to it: no script needed. The figures follow as a
/// table, and the boundaries' attribution stays on the page, as their licence asks.
enum ProvinceMap {
    static func section(_ map: Dashboard.Map, query: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let shown = map.provinces.filter { $0.value.number ?? 1 > 0 }.sorted {
            ($0.value.number ?? 0) > ($1.value.number ?? 0)
        }
        return .section(
            .class("map-section"),
            .id("map"),
            .h2(.id("map-title"), .plain(t(.mapTitle))),
            .form(
                .method(.get),
                .action(SiteURL.dashboard.path + "#map"),
                .class("inline map-choice"),
                .raw(hiddenFields(query)),
                .label(.for("map-indicator"), .plain(t(.mapIndicator))),
                .select(
                    .id("map-indicator"),
                    .attribute(named: "name", value: "map"),
                    .forEach(map.indicators) { Components.option($0.value, $0.label, selected: $0.selected) }
                ),
                .button(.type(.submit), .class("button secondary"), .plain(t(.filter)))
            ),
            .p(.class("hint"), .plain(t(.mapHint))),
            .div(
                .class("map-layout"),
                .element(
                    named: "figure",
                    nodes: [
                        .class("map"),
                        .raw(svg(map)),
                        .element(
                            named: "figcaption",
                            nodes: [
                                .p(.plain(map.summary)),
                                .p(.class("attribution"), .small(.plain(map.attribution))),
                            ]
                        ),
                    ]
                ),
                .element(
                    named: "details",
                    nodes: [
                        .class("chart-data"),
                        .element(named: "summary", text: t(.dataTable)),
                        .div(
                            .class("table-wrap"),
                            .attribute(named: "role", value: "region"),
                            .attribute(named: "aria-label", value: t(.mapTitle)),
                            .attribute(named: "tabindex", value: "0"),
                            .table(
                                .class("figures"),
                                .thead(.tr(.th(.plain(t(.province))), .th(.class("number"), .plain(t(.actual))))),
                                .tbody(
                                    .forEach(shown) { province in
                                        .tr(
                                            .th(
                                                .attribute(named: "scope", value: "row"),
                                                .a(.href(province.value.link ?? "#map"), .plain(province.name))
                                            ),
                                            .td(.class("number"), .plain(province.value.text))
                                        )
                                    }
                                )
                            )
                        ),
                    ]
                )
            )
        )
    }

    static func svg(_ map: Dashboard.Map) -> String {
        let legendHeight = 24.0
        var out =
            "<svg class=\"map-svg\" viewBox=\"0 0 \(Charts.f(map.width)) \(Charts.f(map.height + legendHeight))\" "
        out += "role=\"group\" aria-labelledby=\"map-title\" xmlns=\"http://www.w3.org/2000/svg\">"
        for province in map.provinces {
            let label = province.name + ": " + province.value.text
            out +=
                "<a href=\"\((province.value.link ?? "#map").attributeEscaped)\" aria-label=\"\(label.attributeEscaped)\">"
            out +=
                "<path class=\"province l\(province.level)\(province.selected ? " selected" : "")\" d=\"\(province.path)\">"
            out += "<title>\(label.attributeEscaped)</title></path></a>"
        }
        for estate in map.estates {
            out += "<circle class=\"estate\" cx=\"\(Charts.f(estate.x))\" cy=\"\(Charts.f(estate.y))\" r=\"2.6\">"
            out += "<title>\(estate.name.attributeEscaped)</title></circle>"
        }
        // The legend: the shades from none to most, with their ranges.
        let top = map.height + 4
        var x = 4.0
        for (level, text) in map.legend.enumerated() {
            out +=
                "<rect class=\"province l\(level)\" x=\"\(Charts.f(x))\" y=\"\(Charts.f(top))\" width=\"10\" height=\"10\"/>"
            out +=
                "<text class=\"legend\" x=\"\(Charts.f(x + 13))\" y=\"\(Charts.f(top + 9))\">\(text.attributeEscaped)</text>"
            x += 18 + Double(text.count) * 5.6
        }
        return out + "</svg>"
    }

    /// The current choice as hidden fields, so choosing the map's indicator keeps the filters.
    static func hiddenFields(_ query: String) -> String {
        query.split(separator: "&").compactMap { pair -> String? in
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] != "map" else { return nil }
            let name = parts[0].removingPercentEncoding ?? parts[0]
            let value = parts[1].replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? parts[1]
            return "<input type=\"hidden\" name=\"\(name.attributeEscaped)\" value=\"\(value.attributeEscaped)\">"
        }.joined()
    }
}
