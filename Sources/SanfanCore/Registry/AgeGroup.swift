import Foundation

/// The programme's three groups of people (DOMAIN.md §1): working age, near retirement, elderly.
public enum AgeGroup: String, CaseIterable, Codable, Sendable {
    case workingAge = "working_age"
    case nearRetirement = "near_retirement"
    case elderly
}

/// Where the groups begin. Configurable; the default is 15–49 / 50–59 / 60+.
/// Age is never typed: it is derived from the birth date at a reference day.
public struct AgeBands: Sendable, Equatable, Codable {
    public var minimumAge: Int
    public var nearRetirementFrom: Int
    public var elderlyFrom: Int

    public init(minimumAge: Int = 15, nearRetirementFrom: Int = 50, elderlyFrom: Int = 60) {
        self.minimumAge = minimumAge
        self.nearRetirementFrom = nearRetirementFrom
        self.elderlyFrom = elderlyFrom
    }

    public static let `default` = AgeBands()

    /// Whole years between a birth day and a reference day.
    public static func age(born: ThaiCalendar.Day, on day: ThaiCalendar.Day) -> Int {
        var years = day.year - born.year
        if (day.month, day.day) < (born.month, born.day) { years -= 1 }
        return years
    }

    /// The group for an age, or `nil` below the programme's minimum age.
    public func group(forAge age: Int) -> AgeGroup? {
        switch age {
        case ..<minimumAge: nil
        case ..<nearRetirementFrom: .workingAge
        case ..<elderlyFrom: .nearRetirement
        default: .elderly
        }
    }

    public func group(born: ThaiCalendar.Day, on day: ThaiCalendar.Day) -> AgeGroup? {
        group(forAge: Self.age(born: born, on: day))
    }

    /// The birth days (inclusive, ISO `YYYY-MM-DD`) of people in `group` on `day`: turns an age-group
    /// filter into a range over an indexed column instead of a computation on every row.
    public func birthDateRange(of group: AgeGroup, on day: ThaiCalendar.Day) -> (from: String?, to: String) {
        func bornYearsAgo(_ years: Int) -> ThaiCalendar.Day { day.shifted(years: -years) }
        switch group {
        case .workingAge:
            return (bornYearsAgo(nearRetirementFrom).next.iso, bornYearsAgo(minimumAge).iso)
        case .nearRetirement:
            return (bornYearsAgo(elderlyFrom).next.iso, bornYearsAgo(nearRetirementFrom).iso)
        case .elderly:
            return (nil, bornYearsAgo(elderlyFrom).iso)
        }
    }
}

extension ThaiCalendar.Day {
    /// `2020-03-05`
    /// Written by hand rather than with `String(format:)`: exports write a million of these, and
    /// the formatter was a tenth of the registry export's time.
    public var iso: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public init?(iso: String) {
        // The stored form, `YYYY-MM-DD` in ASCII digits, is read directly; anything else goes
        // through the general reader, as before.
        let bytes = Array(iso.utf8)
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                (1...12).contains(month)
            else { return nil }
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            // The same years the general reader takes as Gregorian (a Buddhist-Era year is refused).
            guard ThaiCalendar.gregorianYear(fromTyped: year) == year, day >= 1, day <= lengths[month - 1] else {
                return nil
            }
            self.init(year: year, month: month, day: day)
            return
        }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let day = ThaiCalendar.parseDay(iso), day.year == parts[0] else { return nil }
        self = day
    }

    /// The same day `years` later (29 February becomes 28 February in a common year).
    public func shifted(years: Int) -> ThaiCalendar.Day {
        let target = year + years
        let isLeap = (target % 4 == 0 && target % 100 != 0) || target % 400 == 0
        return ThaiCalendar.Day(year: target, month: month, day: month == 2 && day == 29 && !isLeap ? 28 : day)
    }

    public var next: ThaiCalendar.Day {
        let parts = ThaiCalendar.gregorian.dateComponents([.year, .month, .day], from: ThaiCalendar.dayAfter(self))
        return ThaiCalendar.Day(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Today in Bangkok.
    public static func containing(_ date: Date) -> ThaiCalendar.Day {
        let parts = ThaiCalendar.gregorian.dateComponents([.year, .month, .day], from: date)
        return ThaiCalendar.Day(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}

extension AgeBands {
    /// Bands as written in a setting or a form: three increasing ages such as `15,50,60` (the
    /// youngest registrable age, then where near-retirement and elderly begin). Thai digits accepted.
    public init?(parsing text: String) {
        let numbers = ThaiText.normalise(text).split(separator: ",")
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 3, let a = numbers[0], let b = numbers[1], let c = numbers[2],
            a >= 0, a < b, b < c, c <= 120
        else { return nil }
        self.init(minimumAge: a, nearRetirementFrom: b, elderlyFrom: c)
    }

    /// The same three ages, as `init(parsing:)` reads them.
    public var written: String { "\(minimumAge),\(nearRetirementFrom),\(elderlyFrom)" }
}
