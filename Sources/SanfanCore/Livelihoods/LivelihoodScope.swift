import Foundation

/// Which livelihood records (mentoring, loans, enterprises, placements, follow-ups) a user may
/// see. Officers see their estates'; a partner sees what concerns its own organisation: a bank its
/// loans, its mentoring and the enterprises referred to it, an employer its placements.
public enum LivelihoodScope: Sendable, Equatable {
    case everything
    case estates(Set<UUID>)
    /// Records that name this organisation (as bank, mentor or employer), of people who still
    /// consent to share with it.
    case organisation(UUID)
    case nothing
}

public enum LivelihoodRecord: Sendable, CaseIterable {
    case mentoring
    case loan
    case enterprise
    case placement
    case followUp
}

extension AccessPolicy {
    /// The records of `kind` this principal may read.
    public static func livelihoodScope(_ kind: LivelihoodRecord, for principal: Principal) -> LivelihoodScope {
        switch principal.role {
        case .admin: return .everything
        case .estateOfficer: return principal.estateIDs.isEmpty ? .nothing : .estates(principal.estateIDs)
        case .viewer: return .nothing
        case .partner:
            guard let organisation = principal.organisationID else { return .nothing }
            switch (kind, principal.partnerPart) {
            case (.mentoring, .lender), (.loan, .lender), (.enterprise, .lender): return .organisation(organisation)
            case (.placement, .employer): return .organisation(organisation)
            default: return .nothing
            }
        }
    }
}
