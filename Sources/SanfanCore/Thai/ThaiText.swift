/// Thai text as people type it and as a Thai dictionary orders it.
public enum ThaiText {
    /// Trimmed, inner runs of white space folded to one space, zero-width characters removed,
    /// Thai digits turned into Arabic ones, Latin letters lower-cased. Used for duplicate checks and
    /// search, never for display.
    /// The first letter of a name as an initial: its first character, or for Thai a leading
    /// vowel with the consonant it is read after (`ใจดี` → `ใจ`), since a leading vowel alone is
    /// not a letter anyone would write as an initial.
    public static func firstLetter(of name: String) -> String? {
        // By scalar, not by character: `รั` is one character, but its vowel mark is not the letter.
        let scalars = Array(name.trimmingSpace().unicodeScalars)
        guard let first = scalars.first else { return nil }
        if "เแโใไ".unicodeScalars.contains(first), scalars.count > 1 {
            return String(String.UnicodeScalarView(scalars[0...1]))
        }
        return String(first)
    }

    public static func normalise(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            case 0x0E50...0x0E59:
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            // Thai letters and marks, and ASCII letters and digits, answered without a look-up of
            // Unicode's properties (sorting a list of names normalises every name).
            case 0x0E00...0x0E7F, 0x30...0x39, 0x61...0x7A:
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            case 0x41...0x5A:
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
            default:
                if scalar.properties.isWhitespace {
                    pendingSpace = true
                    continue
                }
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                // Most scalars (all of Thai) have no lower case: only those that do go through a string.
                if scalar.properties.changesWhenLowercased {
                    result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Text for display with every abbreviation that ends in ฯ (`นิคมฯ`, `กรุงเทพฯ`) held together by
    /// word joiners (U+2060). The browser's Thai dictionary does not know these short forms and
    /// breaks them anywhere (`นิ|คมฯ`); joined, the line breaks before or after the whole word.
    /// Joiners go between characters (grapheme clusters), never inside one. For display only:
    /// `normalise` drops them again, so pasted text still searches.
    public static func keepingAbbreviations(_ text: String) -> String {
        guard text.unicodeScalars.contains("ฯ") else { return text }
        var result = ""
        var word: [Character] = []
        func flush() {
            if word.count > 1, word.last == "ฯ" {
                result += word.map(String.init).joined(separator: "\u{2060}")
            } else {
                result += String(word)
            }
            word.removeAll()
        }
        for character in text {
            let thai = character.unicodeScalars.allSatisfy { (0x0E00...0x0E7F).contains($0.value) }
            if thai {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// A plain decimal as people type it (`6`, `6.5`, `6,5`, `๖.๕`), or `nil`. Only digits and one point:
    /// never `nan`, `inf`, hexadecimal or an exponent, so the result is always finite.
    public static func decimal(_ text: String) -> Double? {
        let plain = normalise(text).replacingOccurrences(of: ",", with: ".")
        var body = Substring(plain)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, body.count <= 30, parts.count <= 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), parts.contains(where: { !$0.isEmpty })
        else { return nil }
        return Double(plain).flatMap { $0.isFinite ? $0 : nil }
    }

    /// A key whose plain code-point order is Thai dictionary order.
    ///
    /// In a dictionary a leading vowel (เ แ โ ใ ไ) does not decide the order: เกษม is filed under ก.
    /// Code-point order would put every such name after ฮ. The key moves each leading vowel after
    /// the consonant it precedes, and moves tone marks and the thanthakhat (่ ้ ๊ ๋ ์) to the end
    /// so that they only break ties, as in the Royal Institute dictionary.
    public static func sortKey(_ text: String) -> String {
        let scalars = Array(normalise(text).unicodeScalars)
        var primary = String.UnicodeScalarView()
        var secondary = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if (0x0E40...0x0E44).contains(scalar.value), index + 1 < scalars.count,
                (0x0E01...0x0E2E).contains(scalars[index + 1].value)
            {
                primary.append(scalars[index + 1])
                primary.append(scalar)
                index += 2
                continue
            }
            if (0x0E48...0x0E4C).contains(scalar.value) {
                secondary.append(scalar)
            } else {
                primary.append(scalar)
            }
            index += 1
        }
        return String(primary) + "\u{1}" + String(secondary)
    }
}

/// A Thai phone number, normalised to its ten (mobile) or nine (landline) digits starting with 0.
public enum PhoneNumber {
    public enum Problem: Error, Equatable, Sendable {
        case notDigits
        case wrongLength
    }

    /// Accepts `081-234-5678`, `081 234 5678`, `+66 81 234 5678`, `(02) 123 4567` and Thai digits.
    public static func normalise(_ input: String) -> Result<String, Problem> {
        var digits = ""
        var sawPlus = false
        for scalar in input.unicodeScalars {
            switch scalar {
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case "\u{0E50}"..."\u{0E59}": digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            case "+" where digits.isEmpty && !sawPlus: sawPlus = true
            case " ", "-", "(", ")", ".", "\t": continue
            default: return .failure(.notDigits)
            }
        }
        if digits.hasPrefix("66") && (sawPlus || digits.count == 11) { digits = "0" + digits.dropFirst(2) }
        guard digits.hasPrefix("0"), digits.count == 10 || digits.count == 9 else { return .failure(.wrongLength) }
        return .success(digits)
    }
}
