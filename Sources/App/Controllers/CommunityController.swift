import Fluent
import Foundation
import SanfanCore
import Vapor

/// Communities: admins and the estate's own officers manage them.
enum CommunityController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        // Grouped by estate, estates in the page's language's order (communities have Thai names only).
        let listed = try await CommunityQueries.list(scope: AccessPolicy.recordScope(for: principal), on: req.db)
        let rows = req.localizer.sortedByName(listed) {
            (thai ? $0.estate_name_th : $0.estate_name_en) + " " + $0.name_th
        }.map {
            CommunityPages.Row(
                id: $0.id,
                name: $0.name_th,
                estate: thai ? $0.estate_name_th : $0.estate_name_en,
                place: "\($0.subdistrict_th), \($0.district_th)",
                households: $0.households,
                people: $0.people
            )
        }
        return CommunityPages.list(rows, canAdd: AccessPolicy.can(principal, .editRegistry), req.pageContext())
            .response()
    }

    static func new(req: Request) async throws -> Response {
        try await render(Communities.Input(), id: nil, errors: [:], req)
    }

    static func create(req: Request) async throws -> Response {
        try await save(Community(), req)
    }

    static func edit(req: Request) async throws -> Response {
        let community = try await req.scoped.community()
        return try await render(Communities.Input(stored: community), id: community.id, errors: [:], req)
    }

    static func update(req: Request) async throws -> Response {
        try await save(try await req.scoped.community(), req)
    }

    private static func save(_ community: Community, _ req: Request) async throws -> Response {
        let form = try req.input(Communities.Input.self)
        let isNew = community.id == nil
        do {
            try await Communities.save(
                community,
                form,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await render(
                form,
                id: isNew ? nil : community.id,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.communitySaved)
        return req.redirect(to: SiteURL.communities.path)
    }

    private static func render(
        _ form: Communities.Input,
        id: UUID?,
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let estates = try await ParticipantController.visibleEstates(principal, req)
        var model = CommunityPages.Form(id: id, errors: errors)
        model.values = form.values
        if form.estateID.isEmpty { model.values["estate_id"] = estates.first?.id.uuidString ?? "" }
        model.estateChoices = req.localizer.sortedByName(
            estates.map { .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en) },
            \.label
        )
        let province = estates.first { $0.id.uuidString == model.values["estate_id"] }?.province_code ?? 10
        model.subdistrictChoices = try await AddressQueries.subdistricts(inProvince: province, on: req.db).map {
            .init(
                value: String($0.code),
                label: "\(thai ? $0.name_th : $0.name_en) · \(thai ? $0.district_th : $0.district_en)"
            )
        }
        return CommunityPages.form(model, req.pageContext()).response(status: status)
    }
}
