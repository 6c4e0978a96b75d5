import Foundation

/// Values as Thai offices' sheets write them, read into the form's own text so that an imported row
/// goes through the same validation as a typed one (`ParticipantRules`). Each reader answers nil
/// for what it cannot read; the row then fails validation with the form's message.
public enum SheetValues {
    /// `text` without leading and trailing white space or line breaks (`String.trimmingSpace`).
    public static func trimmed(_ text: String) -> String { text.trimmingSpace() }

    /// A phone number as a sheet holds it, for the form's own check: a number column in Excel drops
    /// the leading 0 (`812345678` for 081-234-5678, `21234567` for 02-123-4567), so a digits-only
    /// value one digit short of a Thai number gets its 0 back. `+66 …` and dashes are the form's.
    public static func phone(_ text: String) -> String {
        let value = trimmed(asciiDigits(text))
        guard !value.isEmpty, value.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }), !value.hasPrefix("0"),
            !value.hasPrefix("66")
        else { return value }
        let first = value.unicodeScalars.first!
        if value.count == 9, ["6", "8", "9"].contains(first) { return "0" + value }
        if value.count == 8, ("2"..."7").contains(first) { return "0" + value }
        return value
    }

    /// Thai digits (๐–๙) as ASCII digits; everything else unchanged.
    public static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x0E50...0x0E59).contains($0.value) }) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map {
                    (0x0E50...0x0E59).contains($0.value) ? Unicode.Scalar($0.value - 0x0E50 + 0x30)! : $0
                }
            )
        )
    }

    /// A day as sheets write it:
    /// - `15/03/2510`, `15-3-2510`, `15.03.2510`, `2510-03-15`, Gregorian years too (`ThaiCalendar.parseDay`);
    /// - `15 มี.ค. 2510`, `15 มีนาคม 2510`, `15 Mar 1967`;
    /// - an Excel date serial (`24546`), as a cell formatted as a date is stored.
    public static func day(_ text: String) -> ThaiCalendar.Day? {
        let text = trimmed(asciiDigits(text))
        guard !text.isEmpty else { return nil }
        if let serial = Int(text) { return excelSerial(serial) }
        if let day = ThaiCalendar.parseDay(text) { return day }
        return dayWithMonthName(text)
    }

    /// Excel's day count from 30 December 1899 (its 1900 leap-year bug makes that the epoch for
    /// every day after February 1900). Only five-digit serials (18 May 1927 to 31 December 2099)
    /// are taken as days: a four-digit number is more likely a year typed alone, and is refused.
    public static func excelSerial(_ serial: Int) -> ThaiCalendar.Day? {
        guard (10_000...73_050).contains(serial) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let date = calendar.date(byAdding: .day, value: serial, to: epoch)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return ThaiCalendar.Day(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Thai months, full and abbreviated (with or without their dots), and English ones.
    static let months: [String: Int] = {
        let thai = [
            ("มกราคม", "มค"), ("กุมภาพันธ์", "กพ"), ("มีนาคม", "มีค"), ("เมษายน", "เมย"), ("พฤษภาคม", "พค"),
            ("มิถุนายน", "มิย"), ("กรกฎาคม", "กค"), ("สิงหาคม", "สค"), ("กันยายน", "กย"), ("ตุลาคม", "ตค"),
            ("พฤศจิกายน", "พย"), ("ธันวาคม", "ธค"),
        ]
        let english = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var months: [String: Int] = [:]
        for (index, names) in thai.enumerated() {
            months[names.0] = index + 1
            months[names.1] = index + 1
        }
        for (index, name) in english.enumerated() { months[name] = index + 1 }
        return months
    }()

    private static func dayWithMonthName(_ text: String) -> ThaiCalendar.Day? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" }).map(String.init)
        guard words.count == 3, let day = Int(words[0]), let typedYear = Int(words[2]) else { return nil }
        // `มี.ค.` and `มีค` alike; English by its first three letters (`March`, `Mar.`).
        let name = words[1].replacingOccurrences(of: ".", with: "").lowercased()
        guard let month = months[name] ?? (name.count >= 3 ? months[String(name.prefix(3))] : nil) else { return nil }
        return ThaiCalendar.parseDay("\(day)/\(month)/\(typedYear)")
    }

    /// A gender as sheets write it: `ชาย`, `หญิง`, `ช`, `ญ`, `male`, `female`, `M`, `F`, or the stored
    /// code itself.
    public static func gender(_ text: String) -> Gender? {
        let text = trimmed(text).lowercased()
        switch text {
        case "ชาย", "ช", "ช.", "male", "m": return .male
        case "หญิง", "ญ", "ญ.", "female", "f": return .female
        case "อื่น ๆ", "อื่นๆ", "other": return .other
        case "ไม่ระบุ", "unspecified", "": return .unspecified
        default: return Gender(rawValue: text)
        }
    }

    /// A subdistrict, district or province name without its prefix (`ต.`, `ตำบล`, `แขวง`, `อ.`,
    /// `อำเภอ`, `เขต`, `จ.`, `จังหวัด`), and spaces squeezed, for matching against the geography.
    public static func placeName(_ text: String) -> String {
        var name = trimmed(text)
        for prefix in ["ตำบล", "แขวง", "อำเภอ", "เขต", "จังหวัด", "ต.", "อ.", "จ."] where name.hasPrefix(prefix) {
            name = trimmed(String(name.dropFirst(prefix.count)))
            break
        }
        return name.split(separator: " ").joined(separator: " ")
    }

    /// Thai name prefixes as sheets write them, longest first, with the form each is stored as.
    static let prefixes: [(written: String, stored: String)] = [
        ("นางสาว", "นางสาว"), ("น.ส.", "นางสาว"), ("นส.", "นางสาว"), ("เด็กชาย", "เด็กชาย"), ("ด.ช.", "เด็กชาย"),
        ("เด็กหญิง", "เด็กหญิง"), ("ด.ญ.", "เด็กหญิง"), ("นาย", "นาย"), ("นาง", "นาง"), ("Mrs.", "Mrs."),
        ("Miss", "Miss"), ("Mr.", "Mr."), ("Ms.", "Ms."),
    ]

    /// `นางสาวสมศรี ใจดี` (one column for the whole name, as many sheets have it) as prefix, first
    /// and last name. The last name is everything after the first space; nil when there is none.
    public static func splitFullName(_ text: String) -> (prefix: String, first: String, last: String)? {
        var rest = trimmed(text).split(separator: " ").joined(separator: " ")
        var prefix = ""
        for candidate in prefixes where rest.hasPrefix(candidate.written) {
            prefix = candidate.stored
            rest = trimmed(String(rest.dropFirst(candidate.written.count)))
            break
        }
        guard let space = rest.firstIndex(of: " ") else { return nil }
        let first = String(rest[..<space])
        let last = String(rest[rest.index(after: space)...])
        guard !first.isEmpty, !last.isEmpty else { return nil }
        return (prefix, first, last)
    }
}
