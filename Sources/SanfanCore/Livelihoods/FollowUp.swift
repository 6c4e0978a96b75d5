import Foundation

/// Where a person's income comes from at a follow-up.
public enum IncomeSource: String, CaseIterable, Codable, Sendable {
    case job
    case ownBusiness = "own_business"
    case enterprise
    case none
}

/// When a trained person is asked about their income: 3, 6 and 12 months after their course ends.
public enum FollowUpSchedule {
    public static let months = [3, 6, 12]
    /// A follow-up is due from its day and overdue this many days later.
    public static let graceDays = 30

    /// The day `months` after `completion` (31 January + 1 month is 28 or 29 February).
    public static func dueDay(after completion: ThaiCalendar.Day, months: Int) -> ThaiCalendar.Day {
        let total = completion.year * 12 + (completion.month - 1) + months
        let year = total / 12
        let month = total % 12 + 1
        return ThaiCalendar.Day(year: year, month: month, day: min(completion.day, daysIn(month, of: year)))
    }

    /// The day a follow-up due on `due` becomes overdue.
    public static func overdueFrom(_ due: ThaiCalendar.Day) -> ThaiCalendar.Day {
        var day = due
        for _ in 0..<graceDays { day = day.next }
        return day
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The income gain the programme reports, person by person. For someone with a baseline and at
/// least one follow-up at which they were reached, it is their latest reported monthly income minus
/// the baseline, times twelve: a yearly figure, which may be negative. Everyone else is counted
/// apart and never as a gain of zero.
public enum IncomeGain: Equatable, Sendable {
    /// Satang a year (latest monthly income − baseline) × 12.
    case measured(Int64)
    /// Followed up and reached, but no baseline was ever asked.
    case noBaseline
    /// Followed up, never reached.
    case neverReached
    /// Not followed up yet.
    case notFollowedUp

    /// A follow-up as the rule needs it: the day it was made, and the income if reached.
    public struct FollowUp: Sendable {
        public let day: ThaiCalendar.Day
        public let income: Satang?

        public init(day: ThaiCalendar.Day, income: Satang?) {
            self.day = day
            self.income = income
        }
    }

    public static func of(baseline: Satang?, followUps: [FollowUp]) -> IncomeGain {
        guard !followUps.isEmpty else { return .notFollowedUp }
        guard let latest = followUps.filter({ $0.income != nil }).max(by: { $0.day < $1.day })?.income else {
            return .neverReached
        }
        guard let baseline else { return .noBaseline }
        return .measured((latest.value - baseline.value) * 12)
    }
}
