import Foundation

/// Buddhist-Era dates and the Thai fiscal year.
///
/// Dates are stored Gregorian (ISO); conversion happens only at the edges, for display and input.
public enum ThaiCalendar {
    /// พ.ศ. = ค.ศ. + 543
    public static let buddhistEraOffset = 543

    /// Thailand has no daylight saving: a fixed +07:00 keeps day boundaries right for display.
    public static let timeZone = TimeZone(identifier: "Asia/Bangkok") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    static let thaiMonthsShort = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]
    static let englishMonthsShort = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// `5 มี.ค. 2563` in Thai, `5 Mar 2020` in English.
    /// A month (`YYYY-MM`, Gregorian) as a chart labels it: `ต.ค. 61` in Thai, `Oct 2018` in English.
    public static func formatMonth(_ month: String, in language: Language) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[1]) else { return month }
        switch language {
        case .thai:
            return "\(thaiMonthsShort[parts[1] - 1]) \(String(format: "%02d", (parts[0] + buddhistEraOffset) % 100))"
        case .english: return "\(englishMonthsShort[parts[1] - 1]) \(parts[0])"
        }
    }

    public static func format(_ date: Date, in language: Language) -> String {
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        return format(year: parts.year!, month: parts.month!, day: parts.day!, in: language)
    }

    public static func format(year: Int, month: Int, day: Int, in language: Language) -> String {
        switch language {
        case .thai: "\(day) \(thaiMonthsShort[month - 1]) \(year + buddhistEraOffset)"
        case .english: "\(day) \(englishMonthsShort[month - 1]) \(year)"
        }
    }

    /// Date and time to the minute, Bangkok time: `5 มี.ค. 2563 14:05`.
    public static func formatDateTime(_ date: Date, in language: Language) -> String {
        let parts = gregorian.dateComponents([.hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour!, parts.minute!)
        return "\(format(date, in: language)) \(time)"
    }

    /// The fiscal year (ปีงบประมาณ) a date falls in, named by the BE year in which it ends:
    /// 1 Oct 2019 – 30 Sep 2020 is ปีงบประมาณ 2563.
    public static func fiscalYear(of date: Date) -> Int {
        let parts = gregorian.dateComponents([.year, .month], from: date)
        let endingGregorianYear = parts.month! >= 10 ? parts.year! + 1 : parts.year!
        return endingGregorianYear + buddhistEraOffset
    }

    /// The first and last day of a fiscal year, as Gregorian (year, month, day).
    public static func fiscalYearBounds(_ buddhistYear: Int) -> (start: DateComponents, end: DateComponents) {
        let endYear = buddhistYear - buddhistEraOffset
        return (
            DateComponents(year: endYear - 1, month: 10, day: 1),
            DateComponents(year: endYear, month: 9, day: 30)
        )
    }

    /// A year as a person may type it on a form: Buddhist Era (2533) or Gregorian (1990) both mean 1990.
    /// Anything that is plausibly neither (1200, 3000) is refused with `nil`.
    public static func gregorianYear(fromTyped year: Int) -> Int? {
        switch year {
        case 1900...2200: year
        case 2443...2742: year - buddhistEraOffset
        default: nil
        }
    }
}
