import Foundation

extension ThaiCalendar {
    /// A calendar day, Gregorian.
    public struct Day: Hashable, Sendable, Comparable {
        public let year: Int
        public let month: Int
        public let day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

        /// Midnight at the start of this day in Bangkok.
        public var startInBangkok: Date {
            gregorian.date(from: DateComponents(year: year, month: month, day: day))!
        }
    }

    /// Reads a date as people type it: `5/3/2563` or `5/3/1990` (day/month/year, Buddhist or Gregorian
    /// year), `5-3-2563`, or ISO `2020-03-05` as a date input sends it. Thai digits are accepted.
    /// Returns `nil` for anything that is not a real calendar day.
    public static func parseDay(_ text: String) -> Day? {
        let normalized = String(
            String.UnicodeScalarView(
                text.trimmingSpace().unicodeScalars.map {
                    ("\u{0E50}"..."\u{0E59}").contains($0) ? Unicode.Scalar($0.value - 0x0E50 + 0x30)! : $0
                }
            )
        )
        let parts = normalized.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let (typedYear, month, day) = normalized.split(separator: "-").first?.count == 4 ? (a, b, c) : (c, b, a)
        guard let year = gregorianYear(fromTyped: typedYear), (1...12).contains(month), (1...31).contains(day) else {
            return nil
        }
        guard let date = gregorian.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let check = gregorian.dateComponents([.year, .month, .day], from: date)
        guard check.year == year, check.month == month, check.day == day else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The day after, for exclusive upper bounds.
    public static func dayAfter(_ day: Day) -> Date {
        gregorian.date(byAdding: .day, value: 1, to: day.startInBangkok)!
    }
}
