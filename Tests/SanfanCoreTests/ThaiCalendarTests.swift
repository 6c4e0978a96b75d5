import Foundation
import Testing

@testable import SanfanCore

@Suite struct ThaiCalendarTests {
    let march5 = ThaiCalendar.Day(year: 2020, month: 3, day: 5).startInBangkok

    @Test func formatsInTheBuddhistEraInThaiAndGregorianInEnglish() {
        #expect(ThaiCalendar.format(march5, in: .thai) == "5 มี.ค. 2563")
        #expect(ThaiCalendar.format(march5, in: .english) == "5 Mar 2020")
        #expect(
            ThaiCalendar.formatDateTime(march5.addingTimeInterval(14 * 3600 + 5 * 60), in: .thai) == "5 มี.ค. 2563 14:05"
        )
    }

    @Test func bangkokDayBoundariesNotUTCOnes() {
        // 23:30 UTC on 4 March is 06:30 on 5 March in Bangkok.
        let lateUTC = Date(timeIntervalSince1970: 1_583_364_600)
        #expect(ThaiCalendar.format(lateUTC, in: .thai) == "5 มี.ค. 2563")
    }

    @Test func fiscalYearEndsOnThirtySeptemberAndIsNamedByItsEnd() {
        #expect(ThaiCalendar.fiscalYear(of: ThaiCalendar.Day(year: 2019, month: 10, day: 1).startInBangkok) == 2563)
        #expect(ThaiCalendar.fiscalYear(of: ThaiCalendar.Day(year: 2020, month: 9, day: 30).startInBangkok) == 2563)
        #expect(ThaiCalendar.fiscalYear(of: ThaiCalendar.Day(year: 2019, month: 9, day: 30).startInBangkok) == 2562)
        let bounds = ThaiCalendar.fiscalYearBounds(2563)
        #expect(bounds.start == DateComponents(year: 2019, month: 10, day: 1))
        #expect(bounds.end == DateComponents(year: 2020, month: 9, day: 30))
    }

    @Test(arguments: [(2533, 1990), (1990, 1990), (2563, 2020)])
    func typedYearsInEitherEraMeanTheSame(typed: Int, gregorian: Int) {
        #expect(ThaiCalendar.gregorianYear(fromTyped: typed) == gregorian)
    }

    @Test(arguments: [1200, 3000, 0, 2300])
    func implausibleYearsAreRefused(typed: Int) {
        #expect(ThaiCalendar.gregorianYear(fromTyped: typed) == nil)
    }

    @Test func parsesDatesAsPeopleTypeThem() {
        let expected = ThaiCalendar.Day(year: 2020, month: 3, day: 5)
        #expect(ThaiCalendar.parseDay("5/3/2563") == expected)
        #expect(ThaiCalendar.parseDay("05/03/2020") == expected)
        #expect(ThaiCalendar.parseDay("2020-03-05") == expected)
        #expect(ThaiCalendar.parseDay("๕/๓/๒๕๖๓") == expected)
        #expect(ThaiCalendar.parseDay("31/2/2563") == nil)
        #expect(ThaiCalendar.parseDay("5/13/2563") == nil)
        #expect(ThaiCalendar.parseDay("yesterday") == nil)
    }
}
