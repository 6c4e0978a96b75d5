/// A redirect target taken from input (`next=` after sign-in, `back=` after the language switch),
/// made safe to put in a `Location` header.
///
/// Only a path on this site survives. The target is refused when it holds any control character
/// (CR and LF would split the header; a TAB or NUL inside `/\t/evil.example` is dropped by browsers,
/// which then read `//evil.example`, another site), a backslash (browsers treat `/\` like `//`), or
/// when it does not start with exactly one `/`. What survives is re-encoded character by character,
/// so the header holds printable ASCII only, whatever the input held.
public enum LocalRedirect {
    /// The safe path, or `fallback` when the input is not a local path.
    public static func path(_ input: String?, fallback: String = "/") -> String {
        guard let input, let safe = sanitise(input) else { return fallback }
        return safe
    }

    /// The re-encoded local path, or `nil` when the input must be refused.
    public static func sanitise(_ input: String) -> String? {
        guard input.count <= 2_000, input.hasPrefix("/") else { return nil }
        var output = ""
        for scalar in input.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || scalar == "\\" || scalar.properties.isWhitespace
            {
                return nil
            }
            if allowed(scalar) {
                output.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { output += "%" + hex(byte) }
            }
        }
        // `//host` and `/\host` are other sites to a browser; so is anything not starting with one `/`.
        guard output.hasPrefix("/"), !output.hasPrefix("//") else { return nil }
        return output
    }

    /// RFC 3986 unreserved and the delimiters a path and query use; `%` stays so that an already
    /// encoded target keeps its meaning (a `%0D` stays three printable characters in the header).
    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": true
        case "-", ".", "_", "~", "/", "?", "#", "[", "]", "@", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=",
            ":", "%":
            true
        default: false
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
