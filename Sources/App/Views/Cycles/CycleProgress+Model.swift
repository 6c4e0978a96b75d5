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
        /// Enrolled and completed by age group: label (with its ages), enrolled, completed.
        var ageGroups: [(label: String, enrolled: Int, completed: Int)] = []
    }
}
