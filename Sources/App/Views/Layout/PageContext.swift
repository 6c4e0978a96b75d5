import SanfanCore

/// What every page needs from the request, gathered by the handler; views never see the request.
struct PageContext: Sendable {
    struct Viewer: Sendable {
        let displayName: String
        let role: Role
    }
    struct NavItem: Sendable {
        let phrase: Phrase
        let path: String
    }

    let t: Localizer
    let viewer: Viewer?
    /// The session's CSRF token, put in every form that changes data.
    let csrfToken: String?
    /// The path being shown: the language switch returns here and the nav marks it.
    let path: String
    let nav: [NavItem]
    var flash: String?
    /// Seconds after which the page reloads itself without JavaScript (a job's progress); with
    /// JavaScript, app.js updates the page's `data-live` part in place instead.
    var refreshSeconds: Int?

    var language: Language { t.language }

    /// The navigation for a role, in the order users read it.
    static func navigation(for principal: Principal?) -> [NavItem] {
        guard let principal else { return [] }
        var items = [NavItem(phrase: .navHome, path: SiteURL.home.path)]
        if AccessPolicy.can(principal, .viewDashboard) {
            items.append(NavItem(phrase: .navDashboard, path: SiteURL.dashboard.path))
        }
        if AccessPolicy.can(principal, .viewPersonalData) {
            items.append(NavItem(phrase: .navRegistry, path: SiteURL.participants.path))
        }
        if AccessPolicy.can(principal, .editRegistry) {
            items.append(NavItem(phrase: .navCommunities, path: SiteURL.communities.path))
        }
        if AccessPolicy.courseScope(for: principal) != .nothing {
            items.append(NavItem(phrase: .navCourses, path: SiteURL.courses.path))
        }
        if AccessPolicy.can(principal, .viewReferrals), AccessPolicy.referralScope(for: principal) != .nothing {
            items.append(NavItem(phrase: .navReferrals, path: SiteURL.referrals.path))
        }
        if AccessPolicy.can(principal, .recordLivelihoods) {
            items.append(NavItem(phrase: .navFollowUps, path: SiteURL.followUps.path))
        }
        // Loans lead on to the other livelihood lists (`LivelihoodList.links`); an employer has only its jobs.
        if AccessPolicy.can(principal, .viewLoans) {
            items.append(NavItem(phrase: .navLoans, path: SiteURL.loans.path))
        } else if AccessPolicy.can(principal, .viewPlacements) {
            items.append(NavItem(phrase: .navPlacements, path: SiteURL.placements.path))
        }
        if AccessPolicy.can(principal, .recordAssessments), AccessPolicy.roundScope(for: principal) != .nothing {
            items.append(NavItem(phrase: .navAssessments, path: SiteURL.assessments.path))
        }
        if AccessPolicy.can(principal, .viewDashboard) {
            items.append(NavItem(phrase: .navCycles, path: SiteURL.cycles.path))
        }
        items.append(NavItem(phrase: .navEstates, path: SiteURL.estates.path))
        if AccessPolicy.can(principal, .manageCatalogues) {
            items.append(NavItem(phrase: .navCatalogues, path: SiteURL.catalogueEstates.path))
        }
        if AccessPolicy.can(principal, .manageUsers) {
            items.append(NavItem(phrase: .navUsers, path: SiteURL.users.path))
        }
        if AccessPolicy.can(principal, .viewAuditLog) {
            items.append(NavItem(phrase: .navAudit, path: SiteURL.audit.path))
        }
        return items
    }
}
