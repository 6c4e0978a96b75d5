import Fluent
import Foundation
import SanfanCore
import Vapor

/// The officer's work list of follow-ups due or overdue in their estates.
enum FollowUpController {
    static func list(req: Request) async throws -> Response {
        try await render(refused: nil, req)
    }

    static func render(
        refused: (participantID: UUID, courseID: UUID, months: Int, state: Components.FormState)?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let due = try await FollowUpQueries.workList(
            scope: AccessPolicy.livelihoodScope(.followUp, for: principal),
            today: ThaiCalendar.Day.containing(req.sanfan.clock.now()),
            thai: req.language == .thai,
            on: req.db
        )
        var model = FollowUpList.Model(total: due.total, refused: refused)
        model.items = due.items.map {
            FollowUpList.Item(
                participantID: $0.participantID,
                name: $0.name,
                phone: $0.phone,
                estate: $0.estate,
                courseID: $0.courseID,
                course: $0.course,
                months: $0.months,
                dueOn: t.day($0.dueOn.iso),
                overdue: $0.overdue
            )
        }
        return FollowUpList.view(model, req.pageContext()).response(status: status)
    }
}
