import Plot

extension ErrorPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        Layout.page(
            model.title,
            context,
            .div(
                .class("card narrow"),
                .h1(.plain(model.title)),
                .p(.plain(model.message)),
                .p(.a(.class("button"), .href(SiteURL.home.path), .plain(context.t(.backHome))))
            )
        )
    }
}
