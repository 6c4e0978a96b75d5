/// A small RFC 4180 CSV reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends. Decoding bytes to text (UTF-8, BOM, Windows-874) happens before this.
public enum CSV {
    /// The rows of `text`, each a list of fields. A trailing empty line is not a row.
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: inQuotes = true
            case ",":
                row.append(field)
                field = ""
            case "\r" where pending == "\n": continue
            case "\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    /// Rows as dictionaries keyed by the header row's names.
    public static func records(_ text: String) -> [[String: String]] {
        let rows = parse(text)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { row in
            var record: [String: String] = [:]
            for (index, name) in header.enumerated() { record[name] = index < row.count ? row[index] : "" }
            return record
        }
    }
}

extension CSV {
    /// Rows as CSV text with CRLF line ends, quoting only fields that need it. Every field is
    /// neutralised first (`SpreadsheetCell`), so no exported text runs as a formula.
    public static func write(_ rows: [[String]]) -> String {
        rows.map(line).joined()
    }

    /// One row with its CRLF, for exports written a row at a time.
    public static func line(_ row: [String]) -> String {
        row.map { cell in
            let field = SpreadsheetCell.neutralised(cell)
            return field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        .joined(separator: ",") + "\r\n"
    }

    /// Written first in every CSV the app exports: Excel on Thai Windows otherwise reads UTF-8 as
    /// the Thai code page and shows the Thai as mojibake.
    public static let byteOrderMark = "\u{FEFF}"
}
