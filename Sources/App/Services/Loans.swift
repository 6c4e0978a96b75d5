import Fluent
import Foundation
import SanfanCore
import Vapor

/// Loan applications. The bank opens one from a referral made to it and moves it along; HQ may do
/// both; an estate officer only reads where it stands.
enum Loans {
    struct OpenInput: Sendable {
        var product = ""
        var amountRequested = ""
    }

    struct MoveInput: Sendable {
        var status = ""
        var on = ""
        var amountApproved = ""
        var amountDisbursed = ""
        var guaranteed = ""
        var guaranteedAmount = ""
        var declineReason = ""
    }

    /// Opens the application for `referral` (already within the principal's scope), at "referred".
    static func open(
        _ input: OpenInput,
        for referral: Referral,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Loan {
        var errors = FieldErrors()
        let product = errors.text(input.product, "product", limit: 120, required: true)
        let requested =
            errors.amount(input.amountRequested, "amount_requested") ?? Satang(referral.amountSoughtSatang)
        if try await LoanQueries.forReferral(referral.requireID(), on: database) != nil {
            errors["referral_id"] = .loanAlreadyOpen
        }
        guard errors.isEmpty else { throw errors }
        let loan = Loan()
        loan.$referral.id = try referral.requireID()
        loan.$participant.id = referral.$participant.id
        loan.$estate.id = referral.$estate.id
        loan.$bank.id = referral.$bank.id
        loan.product = product
        loan.status = .referred
        loan.amountRequestedSatang = requested.value
        loan.guaranteed = false
        loan.referredOn = referral.referredOn
        try await UniqueIndex.guarded(answer: FieldErrors(fields: ["referral_id": .loanAlreadyOpen])) {
            try await database.writing { db in
                try await loan.create(on: db)
                try await Audit.record(.create, loan, before: nil, by: .init(principal), at: now, on: db)
            }
        }
        return loan
    }

    /// Moves `loan` one step on, or refuses with the field that stops it and changes nothing.
    /// Returns the loan as stored after the move.
    ///
    /// The rules are checked against the loan as it stands inside the write, under a lock on it:
    /// two moves sent at once (approve and decline, disburse and withdraw) would otherwise both
    /// pass a check made before either wrote, and leave the loan in two final states.
    @discardableResult
    static func move(
        _ loan: Loan,
        _ input: MoveInput,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Loan {
        var errors = FieldErrors()
        let status = errors.choice(input.status, "status", as: LoanStatus.self)
        let today = ThaiCalendar.Day.containing(now)
        let day = errors.day(input.on, "on", today: today)
        let approved = errors.amount(input.amountApproved, "amount_approved")
        let disbursed = errors.amount(input.amountDisbursed, "amount_disbursed")
        let guaranteed = ["yes", "true", "on", "1"].contains(input.guaranteed.lowercased())
        let guaranteedAmount = errors.amount(input.guaranteedAmount, "guaranteed_amount")
        var reason: DeclineReason?
        if !input.declineReason.isEmpty {
            reason = errors.choice(input.declineReason, "decline_reason", as: DeclineReason.self)
        }
        if guaranteed, status == .approved, guaranteedAmount == nil, errors["guaranteed_amount"] == nil {
            errors["guaranteed_amount"] = .fieldRequired
        }
        guard errors.isEmpty, let status, let day else { throw errors }
        let move = LoanState.Move(
            status: status,
            day: day,
            approved: approved,
            disbursed: disbursed,
            guaranteed: guaranteed ? guaranteedAmount : nil,
            declineReason: reason
        )
        let id = try loan.requireID()
        return try await database.writing { db in
            try await db.lock(key: "loans:\(id)")
            guard let current = try await Loan.find(id, on: db) else { throw Abort(.notFound) }
            let problems = current.state.problems(with: move, today: today)
            guard problems.isEmpty else { throw refusal(problems, current) }
            let before = current.auditSnapshot
            current.status = status
            switch status {
            case .applied: current.appliedOn = day.iso
            case .approved:
                current.approvedOn = day.iso
                current.amountApprovedSatang = move.approved?.value
                current.guaranteed = move.guaranteed != nil
                current.guaranteedSatang = move.guaranteed?.value
            case .declined:
                current.declinedOn = day.iso
                current.declineReason = move.declineReason
            case .withdrawn: current.withdrawnOn = day.iso
            case .disbursed:
                current.disbursedOn = day.iso
                current.amountDisbursedSatang = move.disbursed?.value
            case .referred: break
            }
            try await current.update(on: db)
            try await Audit.record(.update, current, before: before, by: .init(principal), at: now, on: db)
            return current
        }
    }

    /// The rules' problems as the form's fields and phrases.
    private static func refusal(_ problems: [String: LoanState.Problem], _ loan: Loan) -> FieldErrors {
        var errors = FieldErrors()
        for (key, problem) in problems {
            // The rules name the move's day `day`; the form and the API call it `on`.
            let field = key == "day" ? "on" : key
            switch problem {
            case .notAllowed: errors[field] = .loanMoveNotAllowed
            case .approvedAmountMissing, .disbursedAmountMissing, .declineReasonMissing: errors[field] = .fieldRequired
            case .disbursedMoreThanApproved:
                errors.set(field, .disbursedMoreThanApproved, Satang(loan.amountApprovedSatang ?? 0).plainBaht)
            case .guaranteeMoreThanApproved: errors[field] = .guaranteeMoreThanApproved
            case .beforeLastMove: errors.set(field, .beforeRecordStart, loan.lastMoveOn)
            case .inFuture: errors[field] = .invalidDate
            }
        }
        return errors
    }
}

extension Loans.OpenInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [("product", \.product), ("amount_requested", \.amountRequested)]
    }
}

extension Loans.MoveInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("status", \.status), ("on", \.on), ("amount_approved", \.amountApproved),
            ("amount_disbursed", \.amountDisbursed), ("guaranteed", \.guaranteed),
            ("guaranteed_amount", \.guaranteedAmount), ("decline_reason", \.declineReason),
        ]
    }
}
