import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1` for loans and mentoring (and, in `+Records`, enterprises, placements, baselines and
/// follow-ups): the same inputs, services and livelihood scopes as the pages. Lists come 200 at a
/// time (`ListPage`).
enum LivelihoodsAPIController {
    static func loans(req: Request) async throws -> Items<LoanRow> {
        var filter = LoanQueries.Filter()
        filter.status = req.query[String.self, at: "status"].flatMap(LoanStatus.init(rawValue:))
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await LoanQueries.list(
                filter,
                scope: AccessPolicy.livelihoodScope(.loan, for: try req.requirePrincipal()),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        return Items(next: next, items: rows.map(LoanRow.init))
    }

    static func loan(req: Request) async throws -> LoanItem {
        LoanItem(try await req.scoped.loan())
    }

    static func openLoan(req: Request) async throws -> Response {
        let referral = try await req.scoped.referral()
        let loan = try await Loans.open(
            try req.input(Loans.OpenInput.self),
            for: referral,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(LoanItem(loan), at: "/api/v1/loans/\(try loan.requireID())")
    }

    static func moveLoan(req: Request) async throws -> LoanItem {
        let loan = try await req.scoped.movableLoan()
        let moved = try await Loans.move(
            loan,
            try req.input(Loans.MoveInput.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return LoanItem(moved)
    }

    static func mentoring(req: Request) async throws -> Items<MentoringItem> {
        let principal = try req.requirePrincipal()
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await MentoringQueries.list(
                scope: AccessPolicy.livelihoodScope(.mentoring, for: principal),
                readerScope: AccessPolicy.recordScope(for: principal),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        return Items(next: next, items: rows.map(MentoringItem.init))
    }

    static func logMentoring(req: Request) async throws -> Response {
        let session = try await Mentoring.log(
            try req.input(Mentoring.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            MentoringCreated(
                id: try session.requireID(),
                estate_id: session.$estate.id,
                mentor_id: session.$mentor.id,
                topic: session.topic.rawValue,
                held_on: session.heldOn
            ),
            at: "/api/v1/mentoring"
        )
    }

    /// One person's livelihood record, each part within the caller's scope, as the page shows it.
    static func livelihood(req: Request) async throws -> Livelihood {
        let person = try await req.scoped.participant()
        let data = try await LivelihoodPageData.load(person, for: try req.requirePrincipal(), req)
        return Livelihood(
            participant_id: try person.requireID(),
            baseline_monthly_income_baht: (data.baseline?.monthlyIncomeSatang ?? data.registrationBaseline).map {
                Satang($0).plainBaht
            },
            follow_ups: data.followUps.map(FollowUpItem.init),
            placements: data.placements.map { PlacementItem($0) },
            loans: data.loans.map(LoanRow.init),
            mentoring: data.mentoring.map(MentoringItem.init)
        )
    }
}
