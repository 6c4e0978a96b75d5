import Fluent
import SanfanCore
import Vapor

enum HomeController {
    static func show(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        let estates = try await EstateQueries.all(on: req.db)
        var model = Home.Model(
            displayName: req.currentUser?.displayName ?? principal.username,
            accessSummary: try await accessSummary(principal, estates: estates, t: t, on: req.db)
        )
        if AccessPolicy.can(principal, .viewDashboard) {
            // Every cycle's people against its target; an officer's cover their own estates.
            var own: Set<UUID>?
            if let ids = AccessPolicy.figureEstates(for: principal) {
                own = ids
                model.ownEstatesOnly = true
            }
            // Headlines from the figure store, brought up to date first; a refresh that fails is
            // logged and the page answers from the last figures (as the dashboard does).
            if HomeQueries.readsStore(estates: own) {
                await FigureStore.refreshOrKeepLast(bands: req.sanfan.settings.ageBands, on: req.db)
            }
            let headlines = try await HomeQueries.headlines(estates: own, on: req.db)
            for cycle in try await CycleQueries.all(on: req.db) {
                var headline = headlines?[try cycle.requireID()] ?? HomeQueries.Headline()
                if headlines == nil {
                    let counted = try await ProgressQueries.headline(cycle, estates: own, on: req.db)
                    headline = .init(target: counted.target, enrolled: counted.enrolled, completed: counted.completed)
                }
                // An officer's estate may not take part in every cycle: nothing to show for those.
                if own != nil, headline.target == 0, headline.enrolled == 0 { continue }
                model.cycles.append(
                    .init(
                        id: try cycle.requireID(),
                        name: thai ? cycle.nameTh : cycle.nameEn,
                        fiscalYear: cycle.fiscalYear,
                        status: ProgrammeText.cycleStatus(cycle.status),
                        target: headline.target,
                        enrolled: headline.enrolled,
                        completed: headline.completed
                    )
                )
            }
        }
        return Home.view(model, req.pageContext()).response()
    }

    private static func accessSummary(
        _ principal: Principal,
        estates: [EstateQueries.Row],
        t: Localizer,
        on database: any Database
    ) async throws -> String {
        let thai = t.language == .thai
        switch AccessPolicy.recordScope(for: principal) {
        case .everything: return t(.scopeEverything)
        case .estates(let ids):
            let names = estates.filter { ids.contains($0.id) }.map { thai ? $0.name_th : $0.name_en }
            return t(.scopeEstates, names.joined(separator: ", "))
        case .sharedWith(let organisation):
            let org = try await CatalogueQueries.find(Organisation.self, organisation, on: database)
            return t(.scopeOrganisation, (thai ? org?.nameTh : org?.nameEn) ?? "—")
        case .nothing: return t(.scopeDashboards)
        }
    }
}
