import Foundation
import Testing

@testable import SanfanCore

@Suite struct LivelihoodRulesTests {
    let march = ThaiCalendar.Day(year: 2020, month: 3, day: 10)
    let today = ThaiCalendar.Day(year: 2020, month: 9, day: 1)

    @Test func aLoanMovesForwardOneStepAndNeverBack() {
        let referred = LoanState(status: .referred, requested: Satang(baht: 50_000), lastMoveOn: march)
        #expect(referred.problems(with: .init(status: .applied, day: march), today: today).isEmpty)
        #expect(
            referred.problems(with: .init(status: .disbursed, day: march, disbursed: Satang(1)), today: today)["status"]
                == .notAllowed(from: .referred, to: .disbursed)
        )
        for final in [LoanStatus.declined, .withdrawn, .disbursed] {
            let done = LoanState(status: final, requested: Satang(1), lastMoveOn: march)
            for next in LoanStatus.allCases {
                #expect(done.problems(with: .init(status: next, day: march), today: today)["status"] != nil)
            }
        }
        let applied = LoanState(status: .applied, requested: Satang(baht: 50_000), lastMoveOn: march)
        #expect(applied.problems(with: .init(status: .referred, day: march), today: today)["status"] != nil)
        // Approving more than requested is allowed; a guarantee above the approval is not.
        #expect(
            applied.problems(with: .init(status: .approved, day: march, approved: Satang(baht: 60_000)), today: today)
                .isEmpty
        )
        #expect(
            applied.problems(
                with: .init(status: .approved, day: march, approved: Satang(baht: 10), guaranteed: Satang(baht: 11)),
                today: today
            )["guaranteed_amount"] == .guaranteeMoreThanApproved
        )
        #expect(applied.problems(with: .init(status: .declined, day: march), today: today)["decline_reason"] != nil)
        #expect(
            applied.problems(with: .init(status: .approved, day: march), today: today)["amount_approved"]
                == .approvedAmountMissing
        )
        // Dates: never before the last move, never in the future.
        let earlier = ThaiCalendar.Day(year: 2020, month: 3, day: 9)
        #expect(applied.problems(with: .init(status: .withdrawn, day: earlier), today: today)["day"] == .beforeLastMove)
        let later = ThaiCalendar.Day(year: 2020, month: 9, day: 2)
        #expect(applied.problems(with: .init(status: .withdrawn, day: later), today: today)["day"] == .inFuture)
        let approved = LoanState(
            status: .approved,
            requested: Satang(baht: 50_000),
            approved: Satang(baht: 40_000),
            lastMoveOn: march
        )
        #expect(
            approved.problems(with: .init(status: .disbursed, day: march, disbursed: Satang(4_000_001)), today: today)[
                "amount_disbursed"
            ] == .disbursedMoreThanApproved
        )
        #expect(
            approved.problems(with: .init(status: .disbursed, day: march, disbursed: Satang(4_000_000)), today: today)
                .isEmpty
        )
    }

    @Test func aJuristicIDIsCheckedLikeANationalID() {
        #expect(JuristicID.parse("0-1055-62000-01-5") == .success("0105562000015"))
        #expect(JuristicID.parse("0105562000012") == .failure(.checkDigit))
        #expect(JuristicID.parse("010556200001") == .failure(.wrongLength))
        #expect(JuristicID.parse("01055620000x5") == .failure(.notDigits))
        #expect(JuristicID.parse("๐๑๐๕๕๖๒๐๐๐๐๑๕") == .success("0105562000015"))
    }

    @Test func followUpsFallDueThreeSixAndTwelveMonthsAfterTheCourse() {
        let end = ThaiCalendar.Day(year: 2019, month: 11, day: 30)
        #expect(FollowUpSchedule.dueDay(after: end, months: 3) == ThaiCalendar.Day(year: 2020, month: 2, day: 29))
        #expect(FollowUpSchedule.dueDay(after: end, months: 6) == ThaiCalendar.Day(year: 2020, month: 5, day: 30))
        #expect(FollowUpSchedule.dueDay(after: end, months: 12) == ThaiCalendar.Day(year: 2020, month: 11, day: 30))
        #expect(FollowUpSchedule.dueDay(after: end, months: -3) == ThaiCalendar.Day(year: 2019, month: 8, day: 30))
        #expect(FollowUpSchedule.overdueFrom(ThaiCalendar.Day(year: 2020, month: 2, day: 29)).iso == "2020-03-30")
    }

    @Test func theIncomeGainIsTheLatestReachedIncomeMinusTheBaselineTimesTwelve() {
        let day = { (m: Int) in ThaiCalendar.Day(year: 2020, month: m, day: 1) }
        let followUps: [IncomeGain.FollowUp] = [
            .init(day: day(3), income: Satang(baht: 9_000)), .init(day: day(9), income: Satang(baht: 12_000)),
            .init(day: day(12), income: nil),
        ]
        #expect(IncomeGain.of(baseline: Satang(baht: 7_000), followUps: followUps) == .measured(5_000 * 100 * 12))
        #expect(IncomeGain.of(baseline: Satang(0), followUps: followUps) == .measured(12_000 * 100 * 12))
        #expect(
            IncomeGain.of(baseline: Satang(baht: 15_000), followUps: followUps) == .measured(-3_000 * 100 * 12)
        )
        #expect(IncomeGain.of(baseline: nil, followUps: followUps) == .noBaseline)
        #expect(IncomeGain.of(baseline: Satang(1), followUps: [.init(day: day(3), income: nil)]) == .neverReached)
        #expect(IncomeGain.of(baseline: Satang(1), followUps: []) == .notFollowedUp)
    }

    @Test func eachPartnerSeesOnlyTheLivelihoodRecordsOfItsPart() {
        let bank = UUID()
        let lender = Principal(
            userID: UUID(),
            username: "b",
            role: .partner,
            organisationID: bank,
            partnerPart: .lender
        )
        let employer = Principal(
            userID: UUID(),
            username: "e",
            role: .partner,
            organisationID: bank,
            partnerPart: .employer
        )
        #expect(AccessPolicy.livelihoodScope(.loan, for: lender) == .organisation(bank))
        #expect(AccessPolicy.livelihoodScope(.placement, for: lender) == .nothing)
        #expect(AccessPolicy.livelihoodScope(.followUp, for: lender) == .nothing)
        #expect(AccessPolicy.livelihoodScope(.placement, for: employer) == .organisation(bank))
        #expect(AccessPolicy.livelihoodScope(.loan, for: employer) == .nothing)
        #expect(AccessPolicy.can(lender, .moveLoans) && !AccessPolicy.can(employer, .moveLoans))
        let officer = Principal(userID: UUID(), username: "o", role: .estateOfficer, estateIDs: [bank])
        #expect(AccessPolicy.can(officer, .viewLoans) && !AccessPolicy.can(officer, .moveLoans))
        let viewer = Principal(userID: UUID(), username: "v", role: .viewer)
        for kind in LivelihoodRecord.allCases { #expect(AccessPolicy.livelihoodScope(kind, for: viewer) == .nothing) }
    }
}
