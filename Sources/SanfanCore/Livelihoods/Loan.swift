import Foundation

/// Where a loan application stands. It moves forward only: referred → applied → approved,
/// declined or withdrawn; an approved loan is disbursed (or withdrawn before it is).
public enum LoanStatus: String, CaseIterable, Codable, Sendable {
    case referred
    case applied
    case approved
    case declined
    case withdrawn
    case disbursed

    /// The statuses a loan may move to from this one.
    public var next: [LoanStatus] {
        switch self {
        case .referred: [.applied, .withdrawn]
        case .applied: [.approved, .declined, .withdrawn]
        case .approved: [.disbursed, .withdrawn]
        case .declined, .withdrawn, .disbursed: []
        }
    }

    /// Approved and, later, disbursed: what "loans approved" counts.
    public var wasApproved: Bool { self == .approved || self == .disbursed }
}

/// Why a bank declined, in categories HQ can count.
public enum DeclineReason: String, CaseIterable, Codable, Sendable {
    case creditHistory = "credit_history"
    case insufficientIncome = "insufficient_income"
    case incompleteDocuments = "incomplete_documents"
    case noCollateral = "no_collateral"
    case weakBusinessPlan = "weak_business_plan"
    case other
}

/// A loan's figures as they stand, and the rules for moving it on.
public struct LoanState: Sendable, Equatable {
    public var status: LoanStatus
    public var requested: Satang
    public var approved: Satang?
    public var disbursed: Satang?
    public var guaranteed: Satang?
    /// The day of the last move: a move is never dated before it.
    public var lastMoveOn: ThaiCalendar.Day

    public init(
        status: LoanStatus,
        requested: Satang,
        approved: Satang? = nil,
        disbursed: Satang? = nil,
        guaranteed: Satang? = nil,
        lastMoveOn: ThaiCalendar.Day
    ) {
        self.status = status
        self.requested = requested
        self.approved = approved
        self.disbursed = disbursed
        self.guaranteed = guaranteed
        self.lastMoveOn = lastMoveOn
    }

    /// One requested move: to `status` on `day`, with the amounts that status needs.
    public struct Move: Sendable, Equatable {
        public var status: LoanStatus
        public var day: ThaiCalendar.Day
        public var approved: Satang?
        public var disbursed: Satang?
        public var guaranteed: Satang?
        public var declineReason: DeclineReason?

        public init(
            status: LoanStatus,
            day: ThaiCalendar.Day,
            approved: Satang? = nil,
            disbursed: Satang? = nil,
            guaranteed: Satang? = nil,
            declineReason: DeclineReason? = nil
        ) {
            self.status = status
            self.day = day
            self.approved = approved
            self.disbursed = disbursed
            self.guaranteed = guaranteed
            self.declineReason = declineReason
        }
    }

    /// Why a move is refused, per field.
    public enum Problem: Equatable, Sendable {
        /// Not a forward step from the current status (backwards, skipping, or from a final one).
        case notAllowed(from: LoanStatus, to: LoanStatus)
        case approvedAmountMissing
        case disbursedAmountMissing
        case disbursedMoreThanApproved
        case guaranteeMoreThanApproved
        case declineReasonMissing
        case beforeLastMove
        case inFuture
    }

    /// The problems with `move` on `today`, keyed by the form field each belongs to; empty when it
    /// may be made. Approving more than was requested is allowed: banks do.
    public func problems(with move: Move, today: ThaiCalendar.Day) -> [String: Problem] {
        var problems: [String: Problem] = [:]
        if !status.next.contains(move.status) {
            problems["status"] = .notAllowed(from: status, to: move.status)
            return problems
        }
        if move.day > today {
            problems["day"] = .inFuture
        } else if move.day < lastMoveOn {
            problems["day"] = .beforeLastMove
        }
        switch move.status {
        case .approved:
            if move.approved == nil || move.approved == Satang(0) {
                problems["amount_approved"] = .approvedAmountMissing
            }
            if let guaranteed = move.guaranteed, let approved = move.approved, guaranteed > approved {
                problems["guaranteed_amount"] = .guaranteeMoreThanApproved
            }
        case .disbursed:
            if let disbursed = move.disbursed, disbursed.value > 0 {
                if let approved, disbursed > approved { problems["amount_disbursed"] = .disbursedMoreThanApproved }
            } else {
                problems["amount_disbursed"] = .disbursedAmountMissing
            }
        case .declined:
            if move.declineReason == nil { problems["decline_reason"] = .declineReasonMissing }
        case .referred, .applied, .withdrawn: break
        }
        return problems
    }
}
