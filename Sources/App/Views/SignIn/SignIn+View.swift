import Plot

extension SignIn {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.signInTitle),
            context,
            .div(
                .class("card narrow"),
                .h1(.plain(t(.signInTitle))),
                .p(.class("lead"), .plain(t(.signInIntro))),
                .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .plain($0)) },
                .unwrap(model.error) {
                    .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain($0))
                },
                .form(
                    .method(.post),
                    .action(SiteURL.signIn.path),
                    Components.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("next"), .value(model.next.attributeEscaped)),
                    Components.textField(
                        "username",
                        label: t(.username),
                        value: model.username,
                        error: nil,
                        required: true,
                        autocomplete: "username"
                    ),
                    Components.textField(
                        "password",
                        label: t(.password),
                        value: nil,
                        error: nil,
                        type: .password,
                        required: true,
                        autocomplete: "current-password"
                    ),
                    Components.submit(t(.signInButton))
                )
            )
        )
    }
}
