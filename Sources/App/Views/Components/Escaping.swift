import Plot
import SanfanCore

// Plot escapes `<`, `>` and `&` in text but passes attribute values through untouched, and it
// leaves anything that looks like an entity (`&lt;`) alone. Data people typed must therefore go
// through these helpers: a name containing `"` must not be able to close an attribute, and a name
// typed as `&lt;` must be shown as typed.

extension String {
    /// Safe inside a double-quoted attribute value.
    var attributeEscaped: String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension Node {
    /// Text exactly as typed: `&` is escaped first, so Plot cannot mistake typed text for an entity.
    /// Thai abbreviations ending in ฯ are held together, so a line never breaks inside `นิคมฯ`.
    static func plain(_ text: String) -> Node {
        .text(ThaiText.keepingAbbreviations(text).replacingOccurrences(of: "&", with: "&amp;"))
    }
}
