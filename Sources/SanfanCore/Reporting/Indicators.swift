import Foundation

/// The programme's headline figures, as the dashboard, its exports, the annual report and
/// `GET /api/v1/indicators` show them. Each counts distinct records (people, loans or businesses)
/// in the chosen cycles, so a person who completed two courses counts once in the total but once
/// under each estate or occupation they completed at.
public enum Indicator: String, CaseIterable, Codable, Sendable {
    /// Registered at one of the cycle's estates within its fiscal year.
    case registered
    /// Completed a course of the cycle (the "trained" target).
    case completed
    /// Assessed, passed or not yet competent, in a round of the cycle.
    case assessed
    /// Holding a certificate, not revoked, from a round of the cycle.
    case certified
    /// Completed a course of the cycle and was referred to a bank.
    case referred
    /// Loans approved or disbursed for people who completed a course of the cycle: each loan, with its baht.
    case loansApproved = "loans_approved"
    /// People with at least one loan approved.
    case financed
    /// Businesses started at the estate in the cycle's fiscal year with a member who completed a course.
    case businesses
    /// People who completed a course of the cycle and were placed in a job.
    case placed
    /// Measured income gain: Σ (latest monthly income − baseline) × 12 over the people measured.
    case incomeGain = "income_gain"

    /// Whether the figure carries an amount of money beside its count.
    public var hasAmount: Bool { self == .loansApproved || self == .incomeGain }

    /// Whether the figure counts people (so a breakdown by a person's own attributes, gender or age
    /// group, adds up to the total); loans and businesses count records.
    public var countsPeople: Bool { self != .loansApproved && self != .businesses }

    /// The funnel the dashboard draws: each stage a subset, by programme rule, of the one before.
    public static let funnel: [Indicator] = [.registered, .completed, .certified, .financed, .placed]
}

/// What a figure can be broken down by.
public enum Breakdown: String, CaseIterable, Codable, Sendable {
    case estate, occupation, gender, province, month
    case ageGroup = "age_group"
    /// Age group and gender together (`working_age:female`): the dashboard's paired bars.
    case ageGroupGender = "age_group_gender"
}

extension TargetSheet.Target {
    /// The count an indicator is measured against, where a cycle sets one: trained people are those
    /// who completed a course. (Businesses or jobs, and income per community, are set against sums
    /// the dashboard works out.)
    public func count(for indicator: Indicator) -> Int? {
        switch indicator {
        case .completed: trained
        case .certified: certified
        default: nil
        }
    }
}

/// One figure: how many records, and their baht where the indicator has an amount.
public struct Figure: Sendable, Equatable, Codable {
    public var count: Int
    public var satang: Int64?

    public init(count: Int = 0, satang: Int64? = nil) {
        self.count = count
        self.satang = satang
    }
}

/// A figure as a reader may see it: exact for readers who may see the people, otherwise protected
/// by `SmallNumbers` (a baht amount is hidden with the count it belongs to).
public struct ShownFigure: Sendable, Equatable {
    public var count: SmallNumbers.Shown
    public var satang: Int64?

    public init(count: SmallNumbers.Shown, satang: Int64? = nil) {
        self.count = count
        self.satang = satang
    }

    public var exactCount: Int? {
        if case .exact(let n) = count { return n }
        return nil
    }
}

extension SmallNumbers {
    /// One breakdown of one indicator as a reader may see it: the cells and the total, protected
    /// together so that no hidden cell can be worked out from this table alone.
    public static func protect(
        cells: [Figure],
        total: Figure,
        exact: Bool
    ) -> (cells: [ShownFigure], total: ShownFigure) {
        guard !exact else {
            return (
                cells.map { ShownFigure(count: .exact($0.count), satang: $0.satang) },
                ShownFigure(count: .exact(total.count), satang: total.satang)
            )
        }
        // The cells of a breakdown by a person's attribute sum to the total; by estate or occupation
        // they may sum to more (a person at two estates). Protect the cells against the true total
        // when they partition it, otherwise as a table of their own with the total checked alone.
        let counts = cells.map(\.count)
        let partitions = counts.reduce(0, +) == total.count
        let table = protect(counts)
        let shownCells = zip(cells, table.cells).map { figure, shown in
            ShownFigure(count: shown, satang: shown == .exact(figure.count) ? figure.satang : nil)
        }
        let alone = protect([total.count])
        let totalShown: SmallNumbers.Shown
        if partitions {
            totalShown = table.total.map { .exact($0) } ?? (alone.total == nil ? .fewerThanFive : .withheld)
        } else {
            totalShown = alone.total.map { .exact($0) } ?? .fewerThanFive
        }
        let totalSatang: Int64? = totalShown == .exact(total.count) ? total.satang : nil
        return (shownCells, ShownFigure(count: totalShown, satang: totalSatang))
    }
}

/// Whose records a reader's dashboard, indicators and exports count.
public enum FigureScope: Sendable, Equatable {
    /// The whole programme (HQ, and viewers, who see it through `SmallNumbers`).
    case everything
    /// Records of these estates: an estate officer's own.
    case estates(Set<UUID>)
    /// People referred to this lender who still share with it, and its own loans.
    case referredTo(UUID)
    /// People who share with this partner organisation.
    case sharedWith(UUID)
    case nothing
}

extension AccessPolicy {
    public static func figureScope(for principal: Principal) -> FigureScope {
        guard can(principal, .viewDashboard) else { return .nothing }
        switch principal.role {
        case .admin, .viewer: return .everything
        case .estateOfficer: return principal.estateIDs.isEmpty ? .nothing : .estates(principal.estateIDs)
        case .partner:
            guard let organisation = principal.organisationID else { return .nothing }
            return principal.partnerPart == .lender ? .referredTo(organisation) : .sharedWith(organisation)
        }
    }

    /// Whether a reader sees exact figures; everyone else sees them through `SmallNumbers`.
    public static func seesExactFigures(_ principal: Principal) -> Bool {
        can(principal, .viewPersonalData)
    }
}
