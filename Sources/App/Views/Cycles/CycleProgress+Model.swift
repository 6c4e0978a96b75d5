import Foundation
import SanfanCore

/// Target against actual for one cycle: the seed of the dashboard. Every count links to the people
/// behind it, and the registry applies the reader's own scope to that list.
extension CyclePages {
    struct ProgressRow: Sendable {
        let estateID: UUID
        let estate: String
        /// Whether the reader may open the people behind this row's numbers.
        let linked: Bool
        let target: TargetSheet.Target
        let registered: Int
        let enrolled: Int
        let completed: Int
        var assessed = 0
        var certified = 0
        var livelihood = Livelihood()
    }

    /// What the estate's trained people went on to (`LivelihoodProgressQueries`).
    struct Livelihood: Sendable {
        var referred = 0
        var mentored = 0
        var loansApproved = 0
        var loansApprovedSatang: Int64 = 0
        var businesses = 0
        var placed = 0
        var gainSatang: Int64 = 0
        var measured = 0
        var unreached = 0
        var noBaseline = 0

        static func + (a: Self, b: Self) -> Self {
            .init(
                referred: a.referred + b.referred,
                mentored: a.mentored + b.mentored,
                loansApproved: a.loansApproved + b.loansApproved,
                loansApprovedSatang: a.loansApprovedSatang + b.loansApprovedSatang,
                businesses: a.businesses + b.businesses,
                placed: a.placed + b.placed,
                gainSatang: a.gainSatang + b.gainSatang,
                measured: a.measured + b.measured,
                unreached: a.unreached + b.unreached,
                noBaseline: a.noBaseline + b.noBaseline
            )
        }
    }

    /// One community's income gain against its yearly target.
    struct CommunityIncome: Sendable {
        let community: String
        let estate: String
        let gain: Satang
        let measured: Int
        let unreached: Int
        let noBaseline: Int
        let target: Satang
    }

    /// Which of the livelihood figures the reader may open the records behind.
    struct LivelihoodLinks: Sendable {
        var people = false
        var loans = false
        var enterprises = false
    }

    struct Progress: Sendable {
        let id: UUID
        let title: String
        let fiscalYear: Int
        let status: CycleStatus
        let canManage: Bool
        var rows: [ProgressRow] = []
        var totalsLinked = false
        /// An officer's page: only their estates' rows, with the programme's total as plain text.
        var ownEstatesOnly = false
        var programmeTotal: (completed: Int, target: Int)?
        /// A partner's lists behind the numbers hold only people who shared with the partner.
        var sharedOnly = false
        var livelihoodLinks = LivelihoodLinks()
        var communities: [CommunityIncome] = []
        /// Enrolled and completed by age group: label (with its ages), enrolled, completed.
        var ageGroups: [(label: String, enrolled: Int, completed: Int)] = []
    }
}
