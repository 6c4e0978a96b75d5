import Fluent
import Foundation
import SanfanCore
import Vapor

/// The loan pipeline: counts and sums by status per bank and per estate, the list, and one loan
/// with the form its bank (or HQ) moves it on by.
enum LoanController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let scope = AccessPolicy.livelihoodScope(.loan, for: principal)
        let filter = try await Self.filter(req)
        var model = LivelihoodList.Model(title: t(.loansTitle), intro: t(.loansHint))
        model.sharedOnly = scope != .everything && principal.role == .partner
        if filter.cycleID != nil || filter.status != nil || filter.approvedOnly || filter.bankID != nil
            || filter.estateID != nil
        {
            model.filterNote = t(.filteredList)
            model.clearPath = SiteURL.loans.path
        }
        for grouping in [LoanQueries.Grouping.bank, .estate] {
            let lines = try await LoanQueries.pipeline(filter, by: grouping, scope: scope, on: req.db)
            model.tables.append(pipelineTable(lines, grouping, t))
        }
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await LoanQueries.list(filter, scope: scope, limit: page.limit, offset: page.offset, on: req.db)
        )
        model.nextPath = next.map { ListPage.path(req, page: $0) }
        model.tables.append(
            .init(
                heading: t(.loanList),
                headers: [
                    t(.fullName), t(.bank), t(.loanProduct), t(.loanStatus), t(.amountRequested), t(.amountApproved),
                    t(.estate),
                ],
                rows: rows.map { row(for: $0, t, thai: req.language == .thai) },
                empty: t(.noLoansYet)
            )
        )
        return LivelihoodList.view(model.linked(principal), req.pageContext()).response()
    }

    static func show(req: Request) async throws -> Response {
        try await render(try await req.scoped.loan(), state: .init(), req)
    }

    static func move(req: Request) async throws -> Response {
        let loan = try await req.scoped.movableLoan()
        let input = try req.input(Loans.MoveInput.self)
        do {
            try await Loans.move(loan, input, by: req.requirePrincipal(), at: req.sanfan.clock.now(), on: req.db)
        } catch let errors as FieldErrors {
            return try await render(
                loan,
                state: .init(values: input.values, errors: errors.localized(req.localizer)),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.loanMoved)
        return req.redirect(to: SiteURL.loan(try loan.requireID()).path)
    }

    /// A bank opens the application for a referral made to it.
    static func open(req: Request) async throws -> Response {
        let referral = try await req.scoped.referral()
        let input = try req.input(Loans.OpenInput.self)
        do {
            let loan = try await Loans.open(
                input,
                for: referral,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = req.localizer(.loanOpened)
            return req.redirect(to: SiteURL.loan(try loan.requireID()).path)
        } catch let errors as FieldErrors {
            // The list's one-line form is refused: the same fields on their own page, as typed.
            var model = LivelihoodList.Model(title: req.localizer(.openLoan))
            model.breadcrumb = (req.localizer(.referralsTitle), SiteURL.referrals.path)
            model.form = .loanOpen(referralID: try referral.requireID())
            model.state = .init(values: input.values, errors: errors.localized(req.localizer))
            return LivelihoodList.view(model, req.pageContext()).response(status: .unprocessableEntity)
        }
    }

    private static func render(
        _ loan: Loan,
        state: Components.FormState,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let id = try loan.requireID()
        let rows = try await LoanQueries.list(
            .init(participantID: loan.$participant.id),
            scope: AccessPolicy.livelihoodScope(.loan, for: principal),
            on: req.db
        ).filter { $0.id == id }
        guard let row = rows.first else { throw Abort(.notFound) }
        var model = LivelihoodList.Model(title: "\(t(.loanTitle)) · \(row.displayName)")
        model.breadcrumb = (t(.loansTitle), SiteURL.loans.path)
        let dates: [(Phrase, String?)] = [
            (.loanReferred, loan.referredOn), (.loanApplied, loan.appliedOn), (.loanApproved, loan.approvedOn),
            (.loanDeclined, loan.declinedOn), (.loanWithdrawn, loan.withdrawnOn), (.loanDisbursed, loan.disbursedOn),
        ]
        var facts: [[Components.Cell]] = [
            [.init(t(.loanProduct)), .init(loan.product)], [.init(t(.bank)), .init(row.bank_short_name)],
            [.init(t(.loanStatus)), .init(t(LivelihoodText.status(loan.status)))],
            [.init(t(.amountRequested)), .init(t.money(Satang(loan.amountRequestedSatang)), number: true)],
        ]
        if let approved = loan.amountApprovedSatang {
            facts.append([.init(t(.amountApproved)), .init(t.money(Satang(approved)), number: true)])
        }
        if let disbursed = loan.amountDisbursedSatang {
            facts.append([.init(t(.amountDisbursed)), .init(t.money(Satang(disbursed)), number: true)])
        }
        if loan.guaranteed {
            facts.append([.init(t(.tcgGuarantee)), .init(t.money(Satang(loan.guaranteedSatang ?? 0)), number: true)])
        }
        if let reason = loan.declineReason {
            facts.append([.init(t(.declineReason)), .init(t(LivelihoodText.reason(reason)))])
        }
        for (phrase, day) in dates { if let day { facts.append([.init(t(phrase)), .init(t.day(day))]) } }
        model.tables = [.init(headers: [t(.field), t(.value)], rows: facts, empty: "")]
        if AccessPolicy.can(principal, .moveLoans), !loan.status.next.isEmpty {
            model.form = .loanMove(
                loanID: id,
                next: loan.status.next.map { .init(value: $0.rawValue, label: t(LivelihoodText.status($0))) }
            )
            model.state = state
        }
        return LivelihoodList.view(model.linked(principal), req.pageContext()).response(status: status)
    }

    private static func filter(_ req: Request) async throws -> LoanQueries.Filter {
        var filter = LoanQueries.Filter()
        filter.status = req.query[String.self, at: "status"].flatMap(LoanStatus.init(rawValue:))
        filter.approvedOnly = req.query[String.self, at: "approved"] == "1"
        filter.bankID = req.query[String.self, at: "bank"].flatMap(UUID.init(uuidString:))
        filter.cycleID = req.query[String.self, at: "cycle"].flatMap(UUID.init(uuidString:))
        let estate = req.query[String.self, at: "estate"].flatMap(UUID.init(uuidString:))
        if filter.cycleID != nil { filter.cohortEstate = estate } else { filter.estateID = estate }
        return filter
    }

    private static func pipelineTable(
        _ lines: [LoanQueries.PipelineRow],
        _ grouping: LoanQueries.Grouping,
        _ t: Localizer
    ) -> LivelihoodList.Table {
        // One row per bank or estate; per status, the count and the baht that status is about.
        let groups = Dictionary(grouping: lines, by: \.group_id).sorted {
            ($0.value.first?.group_name ?? "") < ($1.value.first?.group_name ?? "")
        }
        let statuses = LoanStatus.allCases
        let rows: [[Components.Cell]] = groups.map { _, lines in
            [Components.Cell(lines.first?.group_name ?? "")]
                + statuses.map { status in
                    guard let line = lines.first(where: { $0.status == status.rawValue }) else {
                        return Components.Cell("0", number: true)
                    }
                    let baht =
                        switch status {
                        case .approved: line.approved
                        case .disbursed: line.disbursed
                        default: line.requested
                        }
                    return Components.Cell("\(line.n.grouped) · \(t.money(Satang(baht ?? 0)))", number: true)
                }
        }
        return .init(
            heading: t(grouping == .bank ? .pipelineByBank : .pipelineByEstate),
            headers: [t(grouping == .bank ? .bank : .estate)] + statuses.map { t(LivelihoodText.status($0)) },
            rows: rows,
            empty: t(.noLoansYet)
        )
    }

    private static func row(for row: LoanQueries.Row, _ t: Localizer, thai: Bool) -> [Components.Cell] {
        [
            .init(row.displayName, link: SiteURL.loan(row.id).path), .init(row.bank_short_name), .init(row.product),
            .init(LoanStatus(rawValue: row.status).map { t(LivelihoodText.status($0)) } ?? row.status),
            .init(t.money(Satang(row.amount_requested_satang)), number: true),
            .init(row.amount_approved_satang.map { t.money(Satang($0)) } ?? "—", number: true),
            .init(thai ? row.estate_name_th : row.estate_name_en),
        ]
    }
}
