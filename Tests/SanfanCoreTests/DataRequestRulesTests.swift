import Foundation
import SanfanCore
import Testing

/// The register's deadline: 30 calendar days from receipt, across months and leap years, and the
/// days left counted from today (0 on the day, negative once overdue).
@Suite struct DataRequestRulesTests {
    @Test func theDeadlineIsThirtyDaysFromReceipt() {
        let cases: [(received: String, due: String)] = [
            ("2026-11-30", "2026-12-30"), ("2027-01-31", "2027-03-02"), ("2028-02-01", "2028-03-02"),
            ("2026-12-15", "2027-01-14"),
        ]
        for (received, due) in cases {
            let day = ThaiCalendar.Day(iso: received)!
            #expect(DataRequestRules.due(receivedOn: day).iso == due, "\(received)")
        }
    }

    @Test func daysLeftCountDownThroughZeroToOverdue() {
        let due = ThaiCalendar.Day(iso: "2026-12-30")!
        #expect(DataRequestRules.daysLeft(due: due, today: ThaiCalendar.Day(iso: "2026-11-30")!) == 30)
        #expect(DataRequestRules.daysLeft(due: due, today: due) == 0)
        #expect(DataRequestRules.daysLeft(due: due, today: ThaiCalendar.Day(iso: "2027-01-09")!) == -10)
    }

    @Test func onlyAccessCopyAndPortabilityHandOverData() {
        #expect(DataRequestKind.allCases.filter(\.handsOverData) == [.access, .copy, .portability])
        #expect(Set(DataRequestKind.allCases.map(\.section)).count == 7)
    }
}
