import Plot
import SanfanCore

/// The rows of a long table (the registry's page, a cycle's estates, a data table) written
/// straight into UTF-8 bytes and handed to Plot as one raw node.
///
/// Plot builds a rendering buffer and a string for every element and attribute; on the pages with
/// the longest tables a profile found that a quarter of a request's time (issue 14). Rows are the
/// only place where that cost is multiplied, so only rows are written here, in the markup Plot
/// writes for the same elements (a test renders both and compares them); the rest of every page
/// stays in Plot. Text and attribute values are escaped as `.plain` and `HTMLEscaping` do.
struct HTMLRows {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// `<tag class="…" data-label="…" scope="…">`; an absent or empty value writes no attribute,
    /// as Plot does.
    mutating func open(_ tag: StaticString, class classes: String? = nil, label: String? = nil, scope: String? = nil) {
        bytes.append(UInt8(ascii: "<"))
        append(tag)
        attribute("class", classes)
        attribute("data-label", label)
        attribute("scope", scope)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<tag name="value" …>` for any attributes, in order; absent or empty values are left out.
    mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        bytes.append(UInt8(ascii: "<"))
        append(tag)
        for (name, value) in attributes { attribute(name, value) }
        bytes.append(UInt8(ascii: ">"))
    }

    /// An element without content, as Plot writes it: `<input …/>`, `<br/>`; `flag` adds a bare
    /// attribute such as `required`.
    mutating func void(
        _ tag: StaticString,
        _ attributes: KeyValuePairs<StaticString, String?> = [:],
        flag: StaticString? = nil
    ) {
        bytes.append(UInt8(ascii: "<"))
        append(tag)
        for (name, value) in attributes { attribute(name, value) }
        if let flag {
            bytes.append(UInt8(ascii: " "))
            append(flag)
        }
        bytes.append(contentsOf: "/>".utf8)
    }

    mutating func close(_ tag: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(tag)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Text as typed, as `Node.plain` writes it.
    mutating func text(_ text: String) {
        bytes.append(contentsOf: HTMLEscaping.text(ThaiText.keepingAbbreviations(text)).utf8)
    }

    /// `<a href="…">text</a>`. The path is one the app built (ids and codes, its own query
    /// separators); quotes and angle brackets are escaped all the same.
    mutating func link(_ href: String, _ text: String) {
        bytes.append(contentsOf: "<a href=\"".utf8)
        bytes.append(contentsOf: HTMLEscaping.url(href).utf8)
        bytes.append(contentsOf: "\">".utf8)
        self.text(text)
        close("a")
    }

    /// One element holding text or a link: `<tag …>text</tag>`.
    mutating func cell(
        _ tag: StaticString,
        class classes: String? = nil,
        label: String? = nil,
        scope: String? = nil,
        _ text: String,
        link: String? = nil
    ) {
        open(tag, class: classes, label: label, scope: scope)
        if let link { self.link(link, text) } else { self.text(text) }
        close(tag)
    }

    /// The rows, for a `tbody` or `tfoot`.
    func node<Context>() -> Node<Context> { .raw(String(decoding: bytes, as: UTF8.self)) }

    private mutating func attribute(_ name: StaticString, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(contentsOf: "=\"".utf8)
        bytes.append(contentsOf: HTMLEscaping.attribute(value).utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
