import Fluent
import Foundation
import SanfanCore
import Vapor

/// The list of job placements (an employer: its own placements).
enum PlacementController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        var filter = PlacementQueries.Filter()
        filter.cycleID = req.query[String.self, at: "cycle"].flatMap(UUID.init(uuidString:))
        filter.cohortEstate = req.query[String.self, at: "estate"].flatMap(UUID.init(uuidString:))
        var model = LivelihoodList.Model(title: t(.placementsTitle), intro: t(.placementsHint))
        if filter.cycleID != nil {
            model.filterNote = t(.filteredList)
            model.clearPath = SiteURL.placements.path
        }
        model.sharedOnly = principal.role == .partner
        let seesPeople = AccessPolicy.can(principal, .recordLivelihoods)
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await PlacementQueries.list(
                filter,
                scope: AccessPolicy.livelihoodScope(.placement, for: principal),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        model.nextPath = next.map { ListPage.path(req, page: $0) }
        model.tables = [
            .init(
                headers: [
                    t(.fullName), t(.employer), t(.position), t(.startedOn), t(.monthlyWage), t(.insideEstate),
                    t(.estate),
                ],
                rows: rows.map {
                    [
                        .init(
                            $0.displayName,
                            link: seesPeople ? SiteURL.participantLivelihood($0.participant_id).path : nil
                        ),
                        .init($0.employer_name), .init($0.position),
                        .init(t.day($0.started_on) + ($0.ended_on.map { " – " + t.day($0) } ?? "")),
                        .init(t.money(Satang($0.monthly_wage_satang)), number: true),
                        .init($0.inside_estate ? t(.yes) : t(.no)), .init(thai ? $0.estate_name_th : $0.estate_name_en),
                    ]
                },
                empty: t(.noPlacementsYet)
            )
        ]
        return LivelihoodList.view(model.linked(principal), req.pageContext()).response()
    }
}
