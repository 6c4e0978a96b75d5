import Foundation

/// What a person (or an enterprise) is referred to a bank for.
public enum ReferralPurpose: String, CaseIterable, Codable, Sendable {
    case startUp = "start_up"
    case workingCapital = "working_capital"
    case equipment
}

/// Which referrals (and the people behind them) a user may see. A bank sees only those made to
/// it, and only while the person still consents to share with it: withdrawing consent hides the
/// person from the bank at once, though the referral stays on record for HQ and the estate.
public enum ReferralScope: Sendable, Equatable {
    case everything
    case estates(Set<UUID>)
    /// Referrals to this bank or guarantor, of people who currently share with it.
    case bank(UUID)
    case nothing
}

extension AccessPolicy {
    public static func referralScope(for principal: Principal) -> ReferralScope {
        switch principal.role {
        case .admin: .everything
        case .estateOfficer: principal.estateIDs.isEmpty ? .nothing : .estates(principal.estateIDs)
        case .partner:
            principal.partnerPart == .lender ? principal.organisationID.map { .bank($0) } ?? .nothing : .nothing
        case .viewer: .nothing
        }
    }
}
