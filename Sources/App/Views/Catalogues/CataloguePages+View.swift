import Foundation
import Plot

extension CataloguePages {
    static func list(_ model: List, _ context: PageContext) -> HTML {
        let t = context.t
        let tabs: [(String, Phrase)] = [
            (SiteURL.catalogueEstates.path, .cataloguesEstates), (SiteURL.occupations.path, .cataloguesOccupations),
            (SiteURL.organisations.path, .cataloguesOrganisations),
        ]
        return Layout.page(
            model.title,
            context,
            .nav(
                .class("tabs"),
                .attribute(named: "aria-label", value: t(.navCatalogues)),
                .ul(
                    .forEach(tabs) { tab in
                        .li(
                            .a(
                                .href(tab.0),
                                context.path == tab.0 ? .attribute(named: "aria-current", value: "page") : .empty,
                                .plain(t(tab.1))
                            )
                        )
                    }
                )
            ),
            .div(
                .class("page-head"),
                .h1(.plain(model.title)),
                .a(.class("button"), .href(model.newPath), .plain(model.newLabel))
            ),
            .div(
                .class("table-wrap"),
                .table(
                    .thead(.tr(.forEach(model.columns) { .th(.plain($0)) })),
                    .tbody(
                        .forEach(model.rows) { row in
                            .tr(
                                .forEach(row) { cell in
                                    .td(cell.link.map { .a(.href($0), .plain(cell.text)) } ?? .plain(cell.text))
                                }
                            )
                        }
                    )
                )
            ),
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noResults))))
        )
    }

    static func form(_ model: Form, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .p(.class("breadcrumb"), .a(.href(model.backPath), .plain(model.backLabel))),
            .h1(.plain(model.title)),
            Components.errorSummary(model.errors, t),
            .form(
                .class("card"),
                .method(.post),
                .action(model.action),
                Components.csrfField(context.csrfToken),
                .forEach(model.fields) { field(model, $0) },
                .div(
                    .class("actions"),
                    Components.submit(t(.save)),
                    .a(.class("button secondary"), .href(model.backPath), .plain(t(.cancel)))
                )
            ),
            .unwrap(model.related) { related in
                .section(
                    .class("card"),
                    .h2(.plain(related.heading)),
                    .if(related.items.isEmpty, .p(.class("empty"), .plain(t(.noneYet)))),
                    .ul(.forEach(related.items) { .li(.plain($0)) })
                )
            }
        )
    }

    private static func field(_ model: Form, _ field: Field) -> Node<HTML.FormContext> {
        switch field {
        case .text(let name, let label, let hint, let required):
            return Components.textField(
                name,
                label: label,
                value: model.values[name],
                error: model.errors[name],
                hint: hint,
                required: required
            )
        case .select(let name, let label, let choices):
            return Components.selectField(
                name,
                label: label,
                choices: choices,
                selected: model.values[name],
                error: model.errors[name]
            )
        case .textarea(let name, let label, let hint):
            return Components.field(
                name,
                label: label,
                error: model.errors[name],
                hint: hint,
                .textarea(
                    .id(name),
                    .name(name),
                    .attribute(named: "rows", value: "8"),
                    .plain(model.values[name] ?? "")
                )
            )
        case .checkbox(let name, let label):
            return .div(
                .class("field"),
                .label(
                    .input(.type(.checkbox), .name(name), .value("true"), .checked(model.values[name] == "true")),
                    .plain(" " + label)
                )
            )
        }
    }
}
