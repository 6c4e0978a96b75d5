import Fluent
import Foundation
import SanfanCore
import Vapor

/// The list of mentoring sessions (a bank: its own; an officer: their estates').
enum MentoringController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        var model = LivelihoodList.Model(title: t(.mentoringTitle), intro: t(.mentoringHint))
        model.sharedOnly = principal.role == .partner
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await MentoringQueries.list(
                scope: AccessPolicy.livelihoodScope(.mentoring, for: principal),
                readerScope: AccessPolicy.recordScope(for: principal),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        model.nextPath = next.map { ListPage.path(req, page: $0) }
        model.tables = [
            .init(
                headers: [t(.heldOn), t(.mentoringTopic), t(.mentor), t(.attendees), t(.enterpriseName), t(.estate)],
                rows: rows.map {
                    [
                        .init(t.day($0.held_on)),
                        .init(MentoringTopic(rawValue: $0.topic).map { t(LivelihoodText.topic($0)) } ?? $0.topic),
                        .init($0.mentor_short_name), .init($0.attendees.grouped, number: true),
                        .init($0.enterprise_name ?? "—"), .init(thai ? $0.estate_name_th : $0.estate_name_en),
                    ]
                },
                empty: t(.noMentoringYet)
            )
        ]
        return LivelihoodList.view(model.linked(principal), req.pageContext()).response()
    }
}
