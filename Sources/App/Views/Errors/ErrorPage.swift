import Plot

/// The page for 403, 404 and every other error: a plain message in the user's language, never a trace.
enum ErrorPage {
    struct Model: Sendable {
        let title: String
        let message: String
    }

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(
            model.title,
            context,
            .div(
                .class("card narrow"),
                .h1(.text(model.title)),
                .p(.text(model.message)),
                .p(.a(.class("button"), .href(SiteURL.home.path), .text(context.t(.backHome))))
            )
        )
    }
}
