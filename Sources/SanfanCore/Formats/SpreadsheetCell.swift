/// Text that goes into a cell of an exported spreadsheet (CSV or XLSX).
///
/// Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a formula, and a
/// leading TAB or CR can hide one: an estate named `=HYPERLINK("http://evil.example/";"คลิก")`
/// would become a live link in HQ's workbook. OWASP's rule: put an apostrophe before such text,
/// which both programs show as plain text. Numbers the app writes itself (`-12`, `1500.50`) are
/// left alone, so that sums still work.
public enum SpreadsheetCell {
    /// Judged by the first Unicode scalar, not the first character: `=` followed by a combining mark
    /// is one Swift `Character` but still opens a formula. The full-width forms count too, since
    /// East Asian input methods type them and some spreadsheets read them as the ASCII ones.
    static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first), !isPlainNumber(text) else {
            return text
        }
        return "'" + text
    }

    /// Undoes `neutralised` when a sheet the app exported comes back: `'=x` is read as `=x`.
    public static func restored(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, triggers.contains(second) else {
            return text
        }
        return String(scalars.dropFirst())
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
