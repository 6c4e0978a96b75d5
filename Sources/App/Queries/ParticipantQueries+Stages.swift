import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The people behind one figure of a cycle's page: its stages, and what its trained people went on to.
extension ParticipantQueries {
    /// Narrows `filter` to the people behind one figure of target against actual: `registered`,
    /// `enrolled` or `completed` in `cycle`, at the filter's estate when it names one. Behind a seat
    /// the estate is the course's, so there the filter's own estate (the person's) gives way to it.
    /// False, and the filter unchanged, for any other stage name.
    static func narrow(
        _ filter: inout Filter,
        to stage: String,
        of cycle: Cycle,
        on database: any Database
    )
        async throws -> Bool
    {
        let id = try cycle.requireID()
        filter.ageOn = ThaiCalendar.Day(
            year: ThaiCalendar.fiscalYearBounds(cycle.fiscalYear).start.year!,
            month: 10,
            day: 1
        )
        switch stage {
        case "enrolled":
            filter.stage = .enrolled(cycle: id, estate: filter.estateID)
            filter.estateID = nil
        case "completed":
            filter.stage = .completed(cycle: id, estate: filter.estateID)
            filter.estateID = nil
        case "assessed":
            filter.stage = .assessed(cycle: id, estate: filter.estateID)
            filter.estateID = nil
        case "certified":
            filter.stage = .certified(cycle: id, estate: filter.estateID)
            filter.estateID = nil
        case "referred", "mentored", "placed", "income":
            filter.stage = .outcome(Outcome(rawValue: stage)!, cycle: id, estate: filter.estateID)
            filter.estateID = nil
        case "registered":
            let window = ProgressQueries.registrationWindow(cycle)
            let estates = try await CycleEstate.query(on: database).filter(\.$cycle.$id == id).all().map(\.$estate.id)
            filter.stage = .registered(from: window.from, to: window.to, estates: estates)
        default:
            filter.ageOn = nil
            return false
        }
        return true
    }

    /// The people behind the cycle page's livelihood figures (`LivelihoodProgressQueries`).
    enum Outcome: String, Sendable {
        case referred
        case mentored
        case placed
        /// Income gain measured: a baseline and a follow-up at which they were reached.
        case income

        var condition: SQLQueryString {
            switch self {
            case .referred: "EXISTS (SELECT 1 FROM referrals r WHERE r.participant_id = p.id)"
            case .mentored: "EXISTS (SELECT 1 FROM mentoring_attendees a WHERE a.participant_id = p.id)"
            case .placed: "EXISTS (SELECT 1 FROM placements pl WHERE pl.participant_id = p.id)"
            case .income:
                "(p.baseline_income_satang > 0 OR EXISTS (SELECT 1 FROM income_baselines b WHERE b.participant_id = p.id)) AND EXISTS (SELECT 1 FROM income_followups f WHERE f.participant_id = p.id AND f.reached = \(bind: true))"
            }
        }
    }
}
