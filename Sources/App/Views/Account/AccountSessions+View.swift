import Foundation
import Plot

/// Where a person sees the browsers signed in to their account and ends any of them.
enum AccountSessions {
    struct Row: Sendable {
        let digest: String
        let browser: String
        let address: String
        let signedIn: String
        let lastUsed: String
        let isCurrent: Bool
    }

    struct Model: Sendable {
        var rows: [Row] = []
    }

    /// "Chrome on Android", from a browser's own description; the description itself when unknown.
    static func browserName(_ agent: String?) -> String {
        guard let agent, !agent.isEmpty else { return "—" }
        let browsers = [("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari")]
        let systems = [
            ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
            ("Mac OS X", "macOS"), ("Linux", "Linux"),
        ]
        let browser = browsers.first { agent.contains($0.0) }?.1
        let system = systems.first { agent.contains($0.0) }?.1
        switch (browser, system) {
        case let (browser?, system?): return "\(browser) · \(system)"
        case let (browser?, nil): return browser
        case let (nil, system?): return system
        case (nil, nil): return String(agent.prefix(60))
        }
    }

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.sessionsTitle),
            context,
            .h1(.plain(t(.sessionsTitle))),
            .p(.class("hint"), .plain(t(.sessionsIntro))),
            .div(
                .class("table-wrap"),
                .table(
                    .class("cards"),
                    .thead(
                        .tr(
                            .th(.plain(t(.sessionsBrowser))),
                            .th(.plain(t(.sessionsAddress))),
                            .th(.plain(t(.sessionsSignedIn))),
                            .th(.plain(t(.sessionsLastUsed))),
                            .th(.plain(""))
                        )
                    ),
                    .tbody(
                        .forEach(model.rows) { row in
                            .tr(
                                .td(
                                    .class("name"),
                                    .attribute(named: "data-label", value: t(.sessionsBrowser)),
                                    .plain(row.browser),
                                    .if(row.isCurrent, .strong(.plain(" · " + t(.sessionsThisOne))))
                                ),
                                .td(.attribute(named: "data-label", value: t(.sessionsAddress)), .plain(row.address)),
                                .td(.attribute(named: "data-label", value: t(.sessionsSignedIn)), .plain(row.signedIn)),
                                .td(.attribute(named: "data-label", value: t(.sessionsLastUsed)), .plain(row.lastUsed)),
                                .td(
                                    .form(
                                        .class("row-form"),
                                        .method(.post),
                                        .action(SiteURL.accountSessionsEnd.path),
                                        Components.csrfField(context.csrfToken),
                                        .input(.type(.hidden), .name("session"), .value(row.digest)),
                                        Components.submit(t(row.isCurrent ? .signOut : .sessionsEnd), secondary: true)
                                    )
                                )
                            )
                        }
                    )
                )
            ),
            .form(
                .method(.post),
                .action(SiteURL.accountSessionsEnd.path),
                Components.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("others"), .value("1")),
                Components.submit(t(.sessionsEndOthers))
            )
        )
    }
}
