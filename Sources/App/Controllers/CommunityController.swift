import Fluent
import Foundation
import SanfanCore
import Vapor

/// Communities: admins and the estate's own officers manage them.
enum CommunityController {
    struct Form: Content {
        var estate_id: String?
        var name_th: String?
        var subdistrict_code: String?
        var households: String?
    }

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
        try await render(Form(), id: nil, errors: [:], req)
    }

    static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let community = Community()
        community.isActive = true
        return try await save(community, form, isNew: true, req)
    }

    static func edit(req: Request) async throws -> Response {
        let community = try await req.scoped.community()
        let form = Form(
            estate_id: community.$estate.id.uuidString,
            name_th: community.nameTh,
            subdistrict_code: String(community.subdistrictCode),
            households: community.households.map(String.init)
        )
        return try await render(form, id: community.id, errors: [:], req)
    }

    static func update(req: Request) async throws -> Response {
        let community = try await req.scoped.community()
        return try await save(community, try req.content.decode(Form.self), isNew: false, req)
    }

    private static func save(_ community: Community, _ form: Form, isNew: Bool, _ req: Request) async throws -> Response
    {
        let principal = try req.requirePrincipal()
        var errors = FieldErrors()
        let estateID = UUID(uuidString: form.estate_id ?? "")
        if estateID == nil || !AccessPolicy.canReach(estate: estateID!, principal) {
            errors["estate_id"] = .estateOutOfScope
        }
        let name = (form.name_th ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            errors["name_th"] = .fieldRequired
        } else if name.count > 200 {
            errors.set("name_th", .tooLong, "200")
        }
        let code = Int(form.subdistrict_code ?? "")
        let subdistrict = try await code.asyncMap { try await AddressQueries.subdistrict($0, on: req.db) } ?? nil
        if subdistrict == nil { errors["subdistrict_code"] = .unknownSubdistrict }
        var households: Int?
        if let typed = form.households?.trimmingCharacters(in: .whitespaces), !typed.isEmpty {
            households = Int(ThaiText.normalise(typed).replacingOccurrences(of: ",", with: ""))
            if households == nil || households! < 0 || households! > 1_000_000 { errors["households"] = .notANumber }
        }
        if errors.isEmpty, let estateID,
            try await CommunityQueries.nameTaken(name, estate: estateID, except: community.id, on: req.db)
        {
            errors["name_th"] = .communityExists
        }
        guard errors.isEmpty, let estateID, let code else {
            return try await render(
                form,
                id: community.id,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        let before = isNew ? nil : community.auditSnapshot
        community.$estate.id = estateID
        community.nameTh = name
        community.subdistrictCode = code
        community.households = households
        let now = req.sanfan.clock.now()
        do {
            try await req.db.writing { db in
                try await community.save(on: db)
                try await Audit.record(
                    isNew ? .create : .update,
                    community,
                    before: before,
                    by: Audit.Actor(principal),
                    at: now,
                    on: db
                )
            }
        } catch  where UniqueIndex.isViolation(error) {
            // The same community saved twice at once: the second gets the check's own answer.
            return try await render(
                form,
                id: isNew ? nil : community.id,
                errors: FieldErrors.one("name_th", .communityExists).localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.communitySaved)
        return req.redirect(to: SiteURL.communities.path)
    }

    private static func render(
        _ form: Form,
        id: UUID?,
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let estates = try await ParticipantController.visibleEstates(principal, req)
        var model = CommunityPages.Form(id: id, errors: errors)
        model.values = [
            "estate_id": form.estate_id ?? estates.first?.id.uuidString ?? "", "name_th": form.name_th ?? "",
            "subdistrict_code": form.subdistrict_code ?? "", "households": form.households ?? "",
        ]
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
