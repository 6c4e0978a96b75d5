import Plot

extension VerifyPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.verifyTitle),
            context,
            .h1(.plain(t(.verifyTitle))),
            .if(model.signatureChecked, .p(.class("signature-ok"), .plain(t(.credentialSignatureHolds)))),
            result(model.outcome, context),
            .form(
                .class("verify-form"),
                .method(.get),
                .action(SiteURL.verifyForm.path),
                Components.textField(
                    "code",
                    label: t(.verificationCode),
                    value: model.typed,
                    error: nil,
                    hint: t(.verifyIntro),
                    autocomplete: "off"
                ),
                Components.submit(t(.verifyButton))
            ),
            .form(
                .class("verify-form"),
                .method(.post),
                .action(SiteURL.verifyCredential.path),
                Components.field(
                    "credential",
                    label: t(.pasteCredential),
                    error: nil,
                    hint: t(.pasteCredentialHint),
                    .textarea(
                        .id("credential"),
                        .name("credential"),
                        .attribute(named: "rows", value: "4"),
                        .attribute(named: "spellcheck", value: "false"),
                        .plain(model.credential)
                    )
                ),
                Components.submit(t(.verifyButton), secondary: true)
            )
        )
    }

    private static func result(_ outcome: Outcome, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        switch outcome {
        case .asking:
            return .empty
        case .malformed(let message):
            return .p(.class("verdict verdict-malformed"), .attribute(named: "role", value: "alert"), .plain(message))
        case .unknown(let code):
            return .div(
                .class("verdict verdict-unknown"),
                .attribute(named: "role", value: "alert"),
                .p(.span(.class("code"), .plain(code))),
                .p(.plain(t(.verifyUnknown)))
            )
        case .found(let found):
            return .section(
                .class("verdict verdict-\(found.standing.rawValue)"),
                .attribute(named: "aria-live", value: "polite"),
                .p(.class("verdict-word"), .strong(.plain(t(AssessmentText.standing(found.standing))))),
                .p(.plain(found.verdict)),
                .unwrap(found.replacedBy) { code in
                    .p(
                        .plain(t(.replacedBy) + " "),
                        .a(.href(SiteURL.verify(code).path), .class("code"), .plain(code))
                    )
                },
                .if(
                    found.standing == .valid,
                    .p(
                        .a(
                            .href(SiteURL.verifyDownload(found.code.replacingOccurrences(of: "-", with: "")).path),
                            .plain(t(.downloadCredential))
                        )
                    )
                ),
                .dl(
                    .class("facts"),
                    .group(.dt(.plain(t(.verificationCode))), .dd(.class("code"), .plain(found.code))),
                    .group(.dt(.plain(t(.holder))), .dd(.plain(found.holder))),
                    .forEach(found.facts) { fact in .group(.dt(.plain(t(fact.0))), .dd(.plain(fact.1))) }
                )
            )
        }
    }
}
