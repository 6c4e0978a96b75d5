import Fluent
import Foundation
import SanfanCore
import Vapor

/// Enterprises: the list (with the cycle page's "businesses created" behind a filter), the form
/// for a new one, and one enterprise with its members and monthly revenue.
enum EnterpriseController {
    static func list(req: Request) async throws -> Response {
        try await renderList(state: .init(), req)
    }

    static func create(req: Request) async throws -> Response {
        let input = try req.input(Enterprises.Input.self)
        do {
            let enterprise = try await Enterprises.create(
                input,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = req.localizer(.enterpriseSaved)
            return req.redirect(to: SiteURL.enterprise(try enterprise.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderList(
                state: .init(values: input.values, errors: errors.localized(req.localizer)),
                req,
                status: .unprocessableEntity
            )
        }
    }

    static func show(req: Request) async throws -> Response {
        try await renderOne(try await req.scoped.enterprise(), state: .init(), req)
    }

    static func recordRevenue(req: Request) async throws -> Response {
        let enterprise = try await req.scoped.managedEnterprise()
        let input = try req.input(Enterprises.RevenueInput.self)
        do {
            try await Enterprises.recordRevenue(
                input,
                of: enterprise,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await renderOne(
                enterprise,
                state: .init(values: input.values, errors: errors.localized(req.localizer)),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.livelihoodSaved)
        return req.redirect(to: SiteURL.enterprise(try enterprise.requireID()).path)
    }

    private static func renderList(
        state: Components.FormState,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        var filter = EnterpriseQueries.Filter()
        filter.estateID = req.query[String.self, at: "estate"].flatMap(UUID.init(uuidString:))
        var model = LivelihoodList.Model(title: t(.enterprisesTitle), intro: t(.enterprisesHint))
        if let cycleID = req.query[String.self, at: "cycle"].flatMap(UUID.init(uuidString:)),
            let cycle = try await CycleQueries.find(cycleID, on: req.db)
        {
            filter.createdInYear = cycle.fiscalYear
            model.filterNote = t(.businessesCreatedNote, t.fiscalYear(cycle.fiscalYear))
            model.clearPath = SiteURL.enterprises.path
        }
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await EnterpriseQueries.list(
                filter,
                scope: AccessPolicy.livelihoodScope(.enterprise, for: principal),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        model.nextPath = next.map { ListPage.path(req, page: $0) }
        model.sharedOnly = principal.role == .partner
        model.tables = [
            .init(
                headers: [
                    t(.enterpriseName), t(.enterpriseKind), t(.products), t(.startedOn), t(.members), t(.estate),
                ],
                rows: rows.map {
                    [
                        .init($0.name, link: SiteURL.enterprise($0.id).path),
                        .init(EnterpriseKind(rawValue: $0.kind).map { t(LivelihoodText.kind($0)) } ?? $0.kind),
                        .init($0.products), .init(t.day($0.started_on)), .init($0.members.grouped, number: true),
                        .init(thai ? $0.estate_name_th : $0.estate_name_en),
                    ]
                },
                empty: t(.noEnterprisesYet)
            )
        ]
        if AccessPolicy.can(principal, .recordLivelihoods) {
            let estates = try await EstateQueries.all(on: req.db).filter {
                AccessPolicy.canReach(estate: $0.id, principal)
            }
            let communities = try await CommunityQueries.choices(
                scope: AccessPolicy.recordScope(for: principal),
                on: req.db
            )
            model.form = .enterprise(
                estates: estates.map { .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en) },
                communities: Dictionary(grouping: communities, by: { thai ? $0.estate_name_th : $0.estate_name_en })
                    .sorted { $0.key < $1.key }
                    .map {
                        .init(
                            label: $0.key,
                            choices: $0.value.map { .init(value: $0.id.uuidString, label: $0.name_th) }
                        )
                    },
                occupations: try await CatalogueQueries.occupations(activeOnly: true, on: req.db).map {
                    .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn)
                }
            )
            model.state = state
        }
        return LivelihoodList.view(model.linked(principal), req.pageContext()).response(status: status)
    }

    private static func renderOne(
        _ enterprise: Enterprise,
        state: Components.FormState,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let id = try enterprise.requireID()
        var model = LivelihoodList.Model(title: enterprise.name)
        model.breadcrumb = (t(.enterprisesTitle), SiteURL.enterprises.path)
        var facts: [[Components.Cell]] = [
            [.init(t(.enterpriseKind)), .init(t(LivelihoodText.kind(enterprise.kind)))],
            [.init(t(.products)), .init(enterprise.products)],
            [.init(t(.startedOn)), .init(t.day(enterprise.startedOn))],
        ]
        if let code = enterprise.registrationCode { facts.append([.init(t(.registrationCode)), .init(code)]) }
        if let juristic = enterprise.juristicID { facts.append([.init(t(.juristicID)), .init(juristic)]) }
        let seesPeople = AccessPolicy.can(principal, .viewPersonalData)
        let members = try await EnterpriseQueries.members(
            of: id,
            scope: AccessPolicy.recordScope(for: principal),
            on: req.db
        )
        let revenues = try await EnterpriseQueries.revenues(of: id, on: req.db)
        model.tables = [
            .init(headers: [t(.field), t(.value)], rows: facts, empty: ""),
            .init(
                heading: t(.members),
                headers: [t(.fullName), t(.memberRole), t(.joinedOn)],
                rows: members.map {
                    [
                        .init(
                            $0.displayName,
                            link: seesPeople ? SiteURL.participantLivelihood($0.participant_id).path : nil
                        ),
                        .init(MemberRole(rawValue: $0.role).map { t(LivelihoodText.role($0)) } ?? $0.role),
                        .init(t.day($0.joined_on)),
                    ]
                },
                empty: t(.noMembersYet)
            ),
            .init(
                heading: t(.revenueHeading),
                headers: [t(.revenueMonth), t(.monthlyRevenue)],
                rows: revenues.map {
                    [.init(t.day($0.month + "-01")), .init(t.money(Satang($0.revenueSatang)), number: true)]
                },
                empty: t(.noRevenueYet)
            ),
        ]
        if AccessPolicy.can(principal, .recordLivelihoods),
            AccessPolicy.canReach(estate: enterprise.$estate.id, principal)
        {
            model.form = .revenue(enterpriseID: id)
            model.state = state
        }
        return LivelihoodList.view(model.linked(principal), req.pageContext()).response(status: status)
    }
}
