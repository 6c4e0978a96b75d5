import Foundation

/// Things a user may be allowed to do, independent of which record.
public enum Capability: Sendable, CaseIterable {
    case manageUsers
    case viewAuditLog
    case manageCatalogues
    case viewDashboard
    case viewPersonalData
    case editRegistry
    /// Cycles, targets and their import: HQ's plan.
    case manageCycles
    /// Create courses, their sessions and enrolments.
    case manageCourses
    /// See courses and mark attendance, within the course scope.
    case markAttendance
    /// Create assessment rounds and record results, within the round scope.
    case recordAssessments
    /// Issue, revoke and reissue certificates, for the reader's estates.
    case manageCertificates
    /// Refer people of the reader's estates to a bank (with their consent).
    case referToBanks
    /// See referrals within the referral scope (a bank: its own).
    case viewReferrals
    /// Log mentoring sessions: officers, and banks for their own.
    case logMentoring
    /// See loans within the livelihood scope (a bank: its own; an officer: their estates').
    case viewLoans
    /// Open a loan from a referral and move it along: the bank's users and HQ only.
    case moveLoans
    /// Record enterprises, placements, baseline incomes and follow-ups for the reader's estates.
    case recordLivelihoods
    /// See enterprises within the livelihood scope (a bank: those referred to it).
    case viewEnterprises
    /// See job placements within the livelihood scope (an employer: its own).
    case viewPlacements
    /// Record people's PDPA requests, hand them their data and close the requests: the estate
    /// that holds the person, and HQ. Partners pass requests on; they answer none.
    case handleDataRequests
}

/// Which courses a user may see and mark. Training providers' trainers reach their own courses
/// only: a course belongs to an estate and is given by one provider.
public enum CourseScope: Sendable, Equatable {
    case everything
    case estates(Set<UUID>)
    case provider(UUID)
    case nothing

    /// Whether a course held at `estate` and given by `provider` falls in this scope.
    public func reaches(estate: UUID, provider: UUID?) -> Bool {
        switch self {
        case .everything: true
        case .estates(let ids): ids.contains(estate)
        case .provider(let organisation): provider == organisation
        case .nothing: false
        }
    }
}

/// Which personal records a user may see. The app turns this into a `WHERE` clause inside every
/// query that reads people, so a page, an API route and an export can never disagree.
public enum RecordScope: Sendable, Equatable {
    case everything
    /// Records belonging to one of these estates.
    case estates(Set<UUID>)
    /// Records whose subject consented to sharing with this organisation.
    case sharedWith(organisation: UUID)
    case nothing
}

/// The one place that decides access. Pages, the API and exports all ask it; none decides alone.
public enum AccessPolicy {
    public static func can(_ principal: Principal, _ capability: Capability) -> Bool {
        switch (principal.role, capability) {
        case (.admin, _): true
        case (.estateOfficer, .viewDashboard), (.estateOfficer, .viewPersonalData),
            (.estateOfficer, .editRegistry), (.estateOfficer, .manageCourses), (.estateOfficer, .markAttendance),
            (.estateOfficer, .recordAssessments), (.estateOfficer, .manageCertificates),
            (.estateOfficer, .referToBanks),
            (.estateOfficer, .viewReferrals), (.estateOfficer, .logMentoring), (.estateOfficer, .viewLoans),
            (.estateOfficer, .recordLivelihoods), (.estateOfficer, .viewEnterprises),
            (.estateOfficer, .viewPlacements), (.estateOfficer, .handleDataRequests):
            true
        case (.partner, .viewDashboard), (.partner, .viewPersonalData), (.partner, .markAttendance): true
        // Only an assessing organisation's users assess; a bank or a trainer never does.
        case (.partner, .recordAssessments): principal.partnerPart == .assessor
        // Only banks and the guarantor see referrals, mentor, and move their own loans.
        case (.partner, .viewReferrals), (.partner, .logMentoring), (.partner, .viewLoans), (.partner, .moveLoans),
            (.partner, .viewEnterprises):
            principal.partnerPart == .lender
        // An employer sees its own placements.
        case (.partner, .viewPlacements): principal.partnerPart == .employer
        case (.viewer, .viewDashboard): true
        default: false
        }
    }

    /// The personal records this principal may read.
    public static func recordScope(for principal: Principal) -> RecordScope {
        switch principal.role {
        case .admin: .everything
        case .estateOfficer: principal.estateIDs.isEmpty ? .nothing : .estates(principal.estateIDs)
        case .partner: principal.organisationID.map { .sharedWith(organisation: $0) } ?? .nothing
        case .viewer: .nothing
        }
    }

    /// Whether a record of `estate` is within reach, for records that belong to one estate.
    public static func canReach(estate: UUID, _ principal: Principal) -> Bool {
        switch recordScope(for: principal) {
        case .everything: true
        case .estates(let ids): ids.contains(estate)
        case .sharedWith, .nothing: false
        }
    }

    /// Whether a count of people at `estate` may link to the list behind it. The list applies the
    /// reader's own scope, so a partner's opens the people who shared with it wherever they are;
    /// an officer's only for their own estates.
    public static func mayOpenPeople(at estate: UUID, _ principal: Principal) -> Bool {
        guard can(principal, .viewPersonalData) else { return false }
        switch recordScope(for: principal) {
        case .everything, .sharedWith: return true
        case .estates(let ids): return ids.contains(estate)
        case .nothing: return false
        }
    }

    /// The estates whose figures a reader's dashboard shows, or nil for the whole programme. An
    /// officer sees their own estates, which their lists back up; an officer with none sees none
    /// (never the whole programme).
    public static func figureEstates(for principal: Principal) -> Set<UUID>? {
        guard principal.role == .estateOfficer else { return nil }
        guard case .estates(let ids) = recordScope(for: principal) else { return [] }
        return ids
    }

    /// Whether a reader's lists hold only people who shared with their organisation.
    public static func seesSharedOnly(_ principal: Principal) -> Bool {
        if case .sharedWith = recordScope(for: principal) { return true }
        return false
    }

    /// The courses this principal may see and mark.
    public static func courseScope(for principal: Principal) -> CourseScope {
        switch principal.role {
        case .admin: .everything
        case .estateOfficer: principal.estateIDs.isEmpty ? .nothing : .estates(principal.estateIDs)
        case .partner: principal.givesTraining ? principal.organisationID.map { .provider($0) } ?? .nothing : .nothing
        case .viewer: .nothing
        }
    }

    /// Whether one course, held at `estate` and given by `provider`, is within reach.
    public static func canReach(course estate: UUID, provider: UUID?, _ principal: Principal) -> Bool {
        courseScope(for: principal).reaches(estate: estate, provider: provider)
    }

    /// The assessment rounds this principal may see and record: officers their estates', an
    /// assessing organisation's users the rounds sent to it.
    public static func roundScope(for principal: Principal) -> RoundScope {
        switch principal.role {
        case .admin: .everything
        case .estateOfficer: principal.estateIDs.isEmpty ? .nothing : .estates(principal.estateIDs)
        case .partner:
            principal.partnerPart == .assessor ? principal.organisationID.map { .assessor($0) } ?? .nothing : .nothing
        case .viewer: .nothing
        }
    }
}
