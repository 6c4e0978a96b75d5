import Plot
import SanfanCore

/// The frame of every page: header with the programme's name, navigation by role, the signed-in user,
/// the language switch and sign-out; then the page's own content.
enum Layout {
    static func page(_ title: String, _ context: PageContext, _ content: Node<HTML.BodyContext>...) -> HTML {
        let t = context.t
        return HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title` also writes og/twitter meta tags with the value unescaped: a plain element only.
                .element(named: "title", text: "\(title) · \(t(.appName))"),
                .link(.rel(.stylesheet), .href("/styles/app.css")),
                .link(.rel(.icon), .href("/images/logo.svg")),
                .script(.src("/scripts/app.js")),
                .unwrap(context.refreshSeconds) {
                    .raw("<noscript><meta http-equiv=\"refresh\" content=\"\($0)\"></noscript>")
                }
            ),
            .body(
                .a(.class("skip"), .href("#main"), .plain(t(.skipToContent))),
                header(context),
                .main(
                    .id("main"),
                    .unwrap(context.flash) {
                        .p(.class("flash"), .attribute(named: "role", value: "status"), .plain($0))
                    },
                    .group(content)
                ),
                .footer(.class("site-footer"), .p(.plain(t(.footerNote))))
            )
        )
    }

    /// The head of a printout (A4 pages, `print.css`): no menu, nothing but the paper.
    static func printHead(_ title: String) -> Node<HTML.DocumentContext> {
        .head(
            .meta(.charset(.utf8)),
            .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
            .element(named: "title", text: title),
            .link(.rel(.stylesheet), .href("/styles/app.css")),
            .link(.rel(.stylesheet), .href("/styles/print.css"))
        )
    }

    /// On a phone the header is one line, the logo and a menu button; the button (a checkbox and
    /// its label, so it works without JavaScript) unfolds the user, language and navigation.
    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .header(
            .class("site-header"),
            .input(
                .type(.checkbox),
                .id("menu-toggle"),
                .class("menu-toggle"),
                .attribute(named: "aria-label", value: t(.menu))
            ),
            .div(
                .class("bar"),
                .div(
                    .class("brand"),
                    .a(
                        .href(SiteURL.home.path),
                        // Decorative: the name beside it says where the link goes. Plot drops empty
                        // attributes unless told, and an image without `alt` is read out by its file name.
                        .img(
                            .src("/images/logo.svg"),
                            Attribute(name: "alt", value: nil, ignoreIfValueIsEmpty: false),
                            .width(32),
                            .height(32)
                        ),
                        // The full name, or on a phone the short one, so the header stays one line.
                        .span(.class("full-name"), .plain(t(.appName))),
                        .span(
                            .class("short-name"),
                            .attribute(named: "aria-hidden", value: "true"),
                            .plain(t(.appShortName))
                        )
                    ),
                    .span(.class("tagline"), .plain(t(.appTagline)))
                ),
                .label(.for("menu-toggle"), .class("menu-button"), .plain(t(.menu)))
            ),
            .div(
                .class("menu"),
                .div(
                    .class("header-tools"),
                    languageSwitch(context),
                    .unwrap(context.viewer) { viewer in
                        .div(
                            .class("who"),
                            .span(.class("visually-hidden"), .plain(t(.signedInAs))),
                            .a(.class("user-name"), .href(SiteURL.accountSessions.path), .plain(viewer.displayName)),
                            .span(.class("user-role"), .plain(t(RoleText.phrase(viewer.role)))),
                            .form(
                                .class("inline"),
                                .method(.post),
                                .action(SiteURL.signOut.path),
                                Components.csrfField(context.csrfToken),
                                .button(.type(.submit), .class("link-button"), .plain(t(.signOut)))
                            )
                        )
                    }
                ),
                .if(
                    !context.nav.isEmpty,
                    .nav(
                        .class("site-nav"),
                        .attribute(named: "aria-label", value: t(.navHome)),
                        .ul(
                            .forEach(context.nav) { item in
                                .li(
                                    .a(
                                        .href(item.path),
                                        .if(
                                            isCurrent(item.path, context.path),
                                            .attribute(named: "aria-current", value: "page")
                                        ),
                                        .plain(t(item.phrase))
                                    )
                                )
                            }
                        )
                    )
                )
            )
        )
    }

    /// A form, not a link: for a signed-in user it saves their choice, and it works without JavaScript.
    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("inline lang-switch"),
            .method(.post),
            .action(SiteURL.language.path),
            Components.csrfField(context.csrfToken),
            .input(.type(.hidden), .name("lang"), .value(context.language.other.rawValue)),
            .input(.type(.hidden), .name("back"), .value(context.path.attributeEscaped)),
            .button(
                .type(.submit),
                .class("link-button"),
                .attribute(named: "lang", value: context.language.other.rawValue),
                .plain(context.t(.switchToOtherLanguage))
            )
        )
    }

    private static func isCurrent(_ item: String, _ path: String) -> Bool {
        item == "/" ? path == "/" : path.hasPrefix(item)
    }
}

/// Human names for stored codes.
enum RoleText {
    static func phrase(_ role: Role) -> Phrase {
        switch role {
        case .admin: .roleAdmin
        case .estateOfficer: .roleEstateOfficer
        case .partner: .rolePartner
        case .viewer: .roleViewer
        }
    }

    static func kindPhrase(_ kind: Organisation.Kind) -> Phrase {
        switch kind {
        case .authority: .kindAuthority
        case .trainingProvider: .kindTrainingProvider
        case .certifyingBody: .kindCertifyingBody
        case .bank: .kindBank
        case .guarantor: .kindGuarantor
        case .school: .kindSchool
        case .industryAssociation: .kindIndustryAssociation
        case .ngo: .kindNGO
        case .employer: .kindEmployer
        }
    }
}
