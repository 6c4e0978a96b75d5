import Foundation
import SanfanCore

/// A livelihood list page: loans with their pipeline, enterprises, placements or mentoring, each
/// a few tables; some with a form below.
enum LivelihoodList {
    struct Table: Sendable {
        var heading: String?
        var headers: [String]
        var rows: [[Components.Cell]]
        var empty: String
    }

    /// The forms a list page may carry.
    enum Form: Sendable {
        /// A new enterprise, at one of the reader's estates.
        case enterprise(estates: [Components.Choice], communities: [Components.Group], occupations: [Components.Choice])
        /// A loan moved on, on its own page.
        case loanMove(loanID: UUID, next: [Components.Choice])
        /// A month's revenue, on an enterprise's page.
        case revenue(enterpriseID: UUID)
        /// A loan application opened from a referral, when the one-line form on the list was refused.
        case loanOpen(referralID: UUID)
    }

    /// The livelihood lists a principal may open, for the row of links atop each.
    static func links(for principal: Principal) -> [(phrase: Phrase, path: String)] {
        var links: [(Phrase, String)] = []
        if AccessPolicy.can(principal, .viewLoans) { links.append((.navLoans, SiteURL.loans.path)) }
        if AccessPolicy.can(principal, .viewEnterprises) { links.append((.navEnterprises, SiteURL.enterprises.path)) }
        if AccessPolicy.can(principal, .viewPlacements) { links.append((.navPlacements, SiteURL.placements.path)) }
        if AccessPolicy.can(principal, .logMentoring) { links.append((.navMentoring, SiteURL.mentoring.path)) }
        if AccessPolicy.can(principal, .viewReferrals) { links.append((.navReferrals, SiteURL.referrals.path)) }
        return links.map { (phrase: $0.0, path: $0.1) }
    }

    struct Model: Sendable {
        var title: String
        var breadcrumb: (label: String, path: String)?
        var intro: String?
        /// Banks and employers see only the people who still consent to share with them.
        var sharedOnly = false
        /// Filters in force, shown with a link to clear them.
        var filterNote: String?
        var clearPath: String?
        /// The other livelihood lists the reader may open.
        var links: [(phrase: Phrase, path: String)] = []
        var tables: [Table] = []
        /// The next page of the list (the last table), when there is one.
        var nextPath: String?
        var form: Form?
        var state = Components.FormState()
    }
}

extension LivelihoodList.Model {
    /// This page with the row of links to the reader's other livelihood lists.
    func linked(_ principal: Principal) -> Self {
        var model = self
        model.links = LivelihoodList.links(for: principal)
        return model
    }
}
