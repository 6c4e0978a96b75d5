import Plot
import SanfanCore

// Plot escapes `<`, `>` and `&` in text but passes attribute values through untouched, and it
// leaves anything that looks like an entity (`&lt;`) alone. Data people typed must therefore go
// through these helpers: a name containing `"` must not be able to close an attribute, and a name
// typed as `&lt;` must be shown as typed.
//
// Both work on the UTF-8 bytes (the characters escaped are ASCII, and no byte of a multi-byte
// character can look like one), and hand back the string itself when there is nothing to escape:
// Plot's own text escaping builds a string per character, which a profile of the registry list
// found among its costliest steps.

enum HTMLEscaping {
    /// Safe as element text: `&`, `<` and `>`.
    static func text(_ text: String) -> String { escape(text, quotes: false) }

    /// Safe inside a double- or single-quoted attribute value: also `"` and `'`.
    static func attribute(_ text: String) -> String { escape(text, quotes: true) }

    /// A path the app built, as an attribute value: quotes and angle brackets escaped, `&` left as
    /// the query's separator (as Plot writes `href`).
    static func url(_ text: String) -> String { escape(text, quotes: true, ampersand: false) }

    private static func escape(_ text: String, quotes: Bool, ampersand: Bool = true) -> String {
        // Which bytes need escaping, by a table rather than a chain of comparisons: most text has
        // none, and this scan is then all the work.
        let table = ampersand ? (quotes ? attributeBytes : textBytes) : urlBytes
        let clean =
            text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { table[Int($0)] } }
            ?? !text.utf8.contains { table[Int($0)] }
        guard !clean else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            guard table[Int(byte)] else {
                bytes.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            default: bytes.append(contentsOf: "&#39;".utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func table(_ special: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in special.utf8 { table[Int(byte)] = true }
        return table
    }

    private static let textBytes = table("&<>")
    private static let attributeBytes = table("&<>\"'")
    private static let urlBytes = table("<>\"'")
}

extension String {
    /// Safe inside a double-quoted attribute value.
    var attributeEscaped: String { HTMLEscaping.attribute(self) }
}

extension Node {
    /// Text exactly as typed, escaped here rather than by Plot, so Plot cannot mistake typed text
    /// for an entity. Thai abbreviations ending in ฯ are held together, so a line never breaks
    /// inside `นิคมฯ`.
    static func plain(_ text: String) -> Node {
        .raw(HTMLEscaping.text(ThaiText.keepingAbbreviations(text)))
    }
}
