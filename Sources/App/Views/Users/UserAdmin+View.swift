import Plot
import SanfanCore

extension UserAdmin {
    static func listView(_ rows: [ListRow], _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.usersTitle),
            context,
            .div(
                .class("page-head"),
                .h1(.plain(t(.usersTitle))),
                .a(.class("button"), .href(SiteURL.newUser.path), .plain(t(.newUser)))
            ),
            .div(
                .class("table-wrap"),
                .table(
                    .thead(
                        .tr(
                            .th(.plain(t(.username))),
                            .th(.plain(t(.displayName))),
                            .th(.plain(t(.role))),
                            .th(.plain(t(.estates) + " / " + t(.organisation))),
                            .th(.plain(t(.status))),
                            .th(.plain(t(.lastSignIn)))
                        )
                    ),
                    .tbody(
                        .forEach(rows) { row in
                            .tr(
                                .td(.a(.href(SiteURL.user(row.id).path), .plain(row.username))),
                                .td(.plain(row.displayName)),
                                .td(.plain(t(RoleText.phrase(row.role)))),
                                .td(.plain(row.assignment)),
                                .td(
                                    .span(
                                        .class(row.isActive ? "badge ok" : "badge off"),
                                        .plain(t(row.isActive ? .active : .disabled))
                                    )
                                ),
                                .td(.plain(row.lastSignIn.map { t.dateTime($0) } ?? t(.never)))
                            )
                        }
                    )
                )
            )
        )
    }

    static func formView(_ form: Form, _ context: PageContext) -> HTML {
        let t = context.t
        let title = form.isNew ? t(.newUser) : form.username
        let roles = Role.allCases.map { Components.Choice(value: $0.rawValue, label: t(RoleText.phrase($0))) }
        let languages = [
            Components.Choice(value: "th", label: t(.languageThai)),
            Components.Choice(value: "en", label: t(.languageEnglish)),
        ]
        let action = form.id.map { SiteURL.user($0).path } ?? SiteURL.users.path
        return Layout.page(
            title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.users.path), .plain(t(.usersTitle)))),
            .h1(.plain(title)),
            Components.errorSummary(form.errors, t),
            .form(
                .class("card"),
                .method(.post),
                .action(action),
                Components.csrfField(context.csrfToken),
                .if(
                    form.isNew,
                    Components.textField(
                        "username",
                        label: t(.username),
                        value: form.username,
                        error: form.errors["username"],
                        required: true,
                        autocomplete: "off"
                    )
                ),
                Components.textField(
                    "display_name",
                    label: t(.displayName),
                    value: form.displayName,
                    error: form.errors["display_name"],
                    required: true
                ),
                .if(
                    form.isNew,
                    Components.textField(
                        "password",
                        label: t(.password),
                        value: nil,
                        error: form.errors["password"],
                        type: .password,
                        hint: t(.passwordHint),
                        required: true,
                        autocomplete: "new-password"
                    )
                ),
                Components.selectField(
                    "role",
                    label: t(.role),
                    choices: roles,
                    selected: form.role,
                    error: form.errors["role"]
                ),
                Components.checkboxGroup(
                    "estate_ids[]",
                    legend: t(.estates),
                    choices: form.estateChoices,
                    checked: form.estateIDs,
                    error: form.errors["estate_ids"],
                    hint: t(.estatesHint)
                ),
                Components.selectField(
                    "organisation_id",
                    label: t(.organisation),
                    choices: [Components.Choice(value: "", label: t(.noOrganisation))] + form.organisationChoices,
                    selected: form.organisationID,
                    error: form.errors["organisation_id"],
                    hint: t(.organisationHint)
                ),
                Components.selectField(
                    "language",
                    label: t(.language),
                    choices: languages,
                    selected: form.language,
                    error: nil
                ),
                .div(
                    .class("actions"),
                    Components.submit(form.isNew ? t(.createUser) : t(.save)),
                    .a(.class("button secondary"), .href(SiteURL.users.path), .plain(t(.cancel)))
                )
            ),
            .unwrap(form.id) { id in
                .div(
                    .class("side-forms"),
                    .form(
                        .class("card"),
                        .method(.post),
                        .action(SiteURL.userPassword(id).path),
                        .h2(.plain(t(.resetPassword))),
                        Components.csrfField(context.csrfToken),
                        Components.textField(
                            "new_password",
                            label: t(.newPassword),
                            value: nil,
                            error: form.errors["new_password"],
                            type: .password,
                            hint: t(.passwordHint),
                            required: true,
                            autocomplete: "new-password"
                        ),
                        Components.submit(t(.resetPassword), secondary: true)
                    ),
                    .form(
                        .class("card"),
                        .method(.post),
                        .action(SiteURL.userActive(id).path),
                        .h2(.plain(t(.status) + ": " + t(form.isActive ? .active : .disabled))),
                        Components.csrfField(context.csrfToken),
                        .input(.type(.hidden), .name("active"), .value(form.isActive ? "false" : "true")),
                        .unwrap(form.errors["active"]) { .p(.class("error"), .plain($0)) },
                        Components.submit(t(form.isActive ? .disableUser : .enableUser), secondary: true)
                    ),
                    .form(
                        .class("card"),
                        .method(.post),
                        .action(SiteURL.userTwoFactorReset(id).path),
                        .h2(.plain(t(.twoFactorReset))),
                        .p(.class("hint"), .plain(t(.twoFactorResetHint))),
                        Components.csrfField(context.csrfToken),
                        Components.submit(t(.twoFactorReset), secondary: true)
                    ),
                    .form(
                        .class("card"),
                        .method(.post),
                        .action(SiteURL.userSignOutEverywhere(id).path),
                        .h2(.plain(t(.signOutEverywhere))),
                        .p(.class("hint"), .plain(t(.signOutEverywhereHint))),
                        Components.csrfField(context.csrfToken),
                        Components.submit(t(.signOutEverywhere), secondary: true)
                    )
                )
            }
        )
    }
}
