import Foundation
import Plot

/// Two-factor sign-in's pages: the code asked after the password, turning it on (the QR code to
/// scan, the secret to type, the first code), the recovery codes shown once, and its status.
enum TwoFactorPages {
    /// After the right password, for an account that has it on.
    static func codeForm(next: String, error: String?, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.twoFactorTitle),
            context,
            .div(
                .class("card narrow"),
                .h1(.plain(t(.twoFactorTitle))),
                .p(.class("lead"), .plain(t(.twoFactorCodeIntro))),
                .unwrap(error) { .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain($0)) },
                .form(
                    .method(.post),
                    .action(SiteURL.signInCode.path),
                    Components.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("next"), .value(next.attributeEscaped)),
                    codeField(t),
                    Components.submit(t(.signInButton))
                )
            )
        )
    }

    struct Enrolment: Sendable {
        /// The QR code of the `otpauth://` address, as SVG.
        let qr: String
        /// The secret in groups of four, for typing into an app by hand.
        let secret: String
        var error: String?
    }

    static func enrol(_ model: Enrolment, required: Bool, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.twoFactorEnrolTitle),
            context,
            .h1(.plain(t(.twoFactorEnrolTitle))),
            .if(
                required,
                .p(.class("notice"), .attribute(named: "role", value: "status"), .plain(t(.twoFactorRequired)))
            ),
            .ol(
                .class("steps"),
                .li(.plain(t(.twoFactorStepApp))),
                .li(
                    .plain(t(.twoFactorStepScan)),
                    .div(.class("qr"), .id("two-factor-qr"), .raw(model.qr)),
                    .p(
                        .class("hint"),
                        .plain(t(.twoFactorStepSecret)),
                        .code(.id("two-factor-secret"), .plain(model.secret))
                    )
                ),
                .li(.plain(t(.twoFactorStepCode)))
            ),
            .unwrap(model.error) { .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .form(
                .class("inline-form"),
                .method(.post),
                .action(SiteURL.accountTwoFactor.path),
                Components.csrfField(context.csrfToken),
                Components.textField(
                    "password",
                    label: t(.password),
                    value: nil,
                    error: nil,
                    type: .password,
                    hint: t(.twoFactorPasswordHint),
                    required: true,
                    autocomplete: "current-password"
                ),
                codeField(t),
                Components.submit(t(.twoFactorTurnOn))
            )
        )
    }

    static func recoveryCodes(_ codes: [String], _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.twoFactorCodesTitle),
            context,
            .h1(.plain(t(.twoFactorCodesTitle))),
            .p(.class("notice"), .attribute(named: "role", value: "status"), .plain(t(.twoFactorOn))),
            .p(.plain(t(.twoFactorCodesIntro))),
            .ul(.class("recovery-codes"), .forEach(codes) { .li(.code(.plain($0))) }),
            .p(.a(.class("button"), .href(SiteURL.home.path), .plain(t(.twoFactorCodesSaved))))
        )
    }

    static func status(enabledOn: String, codesLeft: Int, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.twoFactorEnrolTitle),
            context,
            .h1(.plain(t(.twoFactorEnrolTitle))),
            .p(.plain(t(.twoFactorOnSince, enabledOn))),
            .p(.plain(t(.twoFactorCodesLeft, String(codesLeft)))),
            .p(.class("hint"), .plain(t(.twoFactorLostPhone)))
        )
    }

    private static func codeField(_ t: Localizer) -> Node<HTML.FormContext> {
        .div(
            .class("field"),
            .label(.for("code"), .plain(t(.twoFactorCode))),
            .small(.class("hint"), .plain(t(.twoFactorCodeHint))),
            .input(
                .id("code"),
                .name("code"),
                .type(.text),
                .required(true),
                .attribute(named: "autocomplete", value: "one-time-code"),
                .attribute(named: "maxlength", value: "20"),
                .attribute(named: "autocapitalize", value: "characters")
            )
        )
    }
}
