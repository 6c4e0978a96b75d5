import Fluent
import SanfanCore
import Vapor

/// Admin pages for user accounts. Routes sit behind `RequireCapability(.manageUsers)`.
enum UserAdminController {
    struct Form: Content {
        var username: String?
        var display_name: String?
        var password: String?
        var role: String?
        var estate_ids: [String]?
        var organisation_id: String?
        var language: String?

        var draft: Accounts.Draft {
            Accounts.Draft(
                username: username ?? "",
                displayName: display_name ?? "",
                password: password,
                role: role ?? "",
                estateIDs: estate_ids ?? [],
                organisationID: organisation_id ?? "",
                language: language ?? "th"
            )
        }
    }

    static func list(req: Request) async throws -> Response {
        let (rows, estateCodes) = try await UserQueries.list(on: req.db)
        let listRows = rows.map { row in
            UserAdmin.ListRow(
                id: row.id,
                username: row.username,
                displayName: row.display_name,
                role: Role(rawValue: row.role) ?? .viewer,
                assignment: ((estateCodes[row.id] ?? []) + [row.organisation].compactMap { $0 }).joined(
                    separator: ", "
                ),
                isActive: row.is_active,
                lastSignIn: row.last_sign_in_at
            )
        }
        return UserAdmin.listView(listRows, req.pageContext()).response()
    }

    static func new(req: Request) async throws -> Response {
        try await renderForm(UserAdmin.Form(), req)
    }

    static func create(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        do {
            let user = try await Accounts.create(
                form.draft,
                by: Audit.Actor(try req.requirePrincipal()),
                on: req.db,
                dependencies(req)
            )
            req.flash = req.localizer(.userCreated)
            return req.redirect(to: SiteURL.user(try user.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderForm(
                formModel(from: form, id: nil, errors: errors, req),
                req,
                status: .unprocessableEntity
            )
        }
    }

    static func edit(req: Request) async throws -> Response {
        try await renderForm(try await storedForm(try await req.scoped.account(), req), req)
    }

    static func update(req: Request) async throws -> Response {
        let user = try await req.scoped.account()
        let form = try req.content.decode(Form.self)
        do {
            try await Accounts.update(
                user,
                with: form.draft,
                by: Audit.Actor(try req.requirePrincipal()),
                on: req.db,
                at: req.sanfan.clock.now()
            )
            req.flash = req.localizer(.userSaved)
            return req.redirect(to: SiteURL.user(try user.requireID()).path)
        } catch let errors as FieldErrors {
            var model = formModel(from: form, id: user.id, errors: errors, req)
            model.username = user.username
            model.isActive = user.isActive
            return try await renderForm(model, req, status: .unprocessableEntity)
        }
    }

    static func resetPassword(req: Request) async throws -> Response {
        let user = try await req.scoped.account()
        let newPassword = (try? req.content.get(String.self, at: "new_password")) ?? ""
        do {
            try await Accounts.resetPassword(
                user,
                to: newPassword,
                by: Audit.Actor(try req.requirePrincipal()),
                on: req.db,
                dependencies(req)
            )
            req.flash = req.localizer(.passwordWasReset)
            return req.redirect(to: SiteURL.user(try user.requireID()).path)
        } catch let errors as FieldErrors {
            return try await rerender(user, errors: errors, req)
        }
    }

    static func setActive(req: Request) async throws -> Response {
        let user = try await req.scoped.account()
        let active = (try? req.content.get(String.self, at: "active")) == "true"
        do {
            try await Accounts.setActive(
                user,
                active,
                by: Audit.Actor(try req.requirePrincipal()),
                on: req.db,
                at: req.sanfan.clock.now()
            )
            req.flash = req.localizer(active ? .userEnabled : .userDisabled)
            return req.redirect(to: SiteURL.user(try user.requireID()).path)
        } catch let errors as FieldErrors {
            return try await rerender(user, errors: errors, req)
        }
    }

    // MARK: - Helpers

    private static func dependencies(_ req: Request) -> Accounts.Dependencies {
        .init(passwords: req.sanfan.passwords, clock: req.sanfan.clock)
    }

    private static func formModel(from form: Form, id: UUID?, errors: FieldErrors, _ req: Request) -> UserAdmin.Form {
        UserAdmin.Form(
            id: id,
            username: form.username ?? "",
            displayName: form.display_name ?? "",
            role: form.role ?? "",
            estateIDs: Set(form.estate_ids ?? []),
            organisationID: form.organisation_id ?? "",
            language: form.language ?? "th",
            errors: errors.localized(req.localizer)
        )
    }

    private static func rerender(_ user: User, errors: FieldErrors, _ req: Request) async throws -> Response {
        var form = try await storedForm(user, req)
        form.errors = errors.localized(req.localizer)
        return try await renderForm(form, req, status: .unprocessableEntity)
    }

    /// The form filled from the stored account.
    private static func storedForm(_ user: User, _ req: Request) async throws -> UserAdmin.Form {
        let estateIDs = try await Accounts.estateIDs(of: user.requireID(), on: req.db)
        return UserAdmin.Form(
            id: user.id,
            username: user.username,
            displayName: user.displayName,
            role: user.role.rawValue,
            estateIDs: Set(estateIDs.map { $0.uuidString }),
            organisationID: user.$organisation.id?.uuidString ?? "",
            language: user.language,
            isActive: user.isActive
        )
    }

    private static func renderForm(
        _ form: UserAdmin.Form,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws
        -> Response
    {
        var form = form
        let thai = req.language == .thai
        form.estateChoices = try await EstateQueries.all(on: req.db).map {
            .init(value: $0.id.uuidString, label: "\(thai ? $0.name_th : $0.name_en) (\($0.code))")
        }
        form.organisationChoices = try await CatalogueQueries.organisations(activeOnly: true, on: req.db)
            .map { .init(value: $0.id!.uuidString, label: "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)") }
        return UserAdmin.formView(form, req.pageContext()).response(status: status)
    }
}
