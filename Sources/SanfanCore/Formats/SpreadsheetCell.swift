/// Text that goes into a cell of an exported spreadsheet (CSV or XLSX).
///
/// Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a formula, and a
/// leading TAB or CR can hide one: an estate named `=HYPERLINK("http://evil.example/";"คลิก")`
/// would become a live link in HQ's workbook. OWASP's rule: put an apostrophe before such text,
/// which both programs show as plain text. Numbers the app writes itself (`-12`, `1500.50`) are
/// left alone, so that sums still work.
public enum SpreadsheetCell {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ text: String) -> String {
        guard let first = text.first, triggers.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// Undoes `neutralised` when a sheet the app exported comes back: `'=x` is read as `=x`.
    public static func restored(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.dropFirst().first, triggers.contains(second) else { return text }
        return String(text.dropFirst())
    }

    private static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
