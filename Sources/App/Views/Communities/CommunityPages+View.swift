import Foundation
import Plot

extension CommunityPages {
    static func list(_ rows: [Row], canAdd: Bool, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.communitiesTitle),
            context,
            .div(
                .class("page-head"),
                .h1(.plain(t(.communitiesTitle))),
                .if(canAdd, .a(.class("button"), .href(SiteURL.newCommunity.path), .plain(t(.newCommunity))))
            ),
            .if(rows.isEmpty, .p(.class("empty"), .plain(t(.noResults)))),
            .if(
                !rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.plain(t(.community))),
                                .th(.plain(t(.estate))),
                                .th(.plain(t(.subdistrict))),
                                .th(.plain(t(.households))),
                                .th(.plain(t(.people)))
                            )
                        ),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .td(.a(.href(SiteURL.community(row.id).path), .plain(row.name))),
                                    .td(.plain(row.estate)),
                                    .td(.plain(row.place)),
                                    .td(.plain(row.households.map(\.grouped) ?? "—")),
                                    .td(.plain(row.people.grouped))
                                )
                            }
                        )
                    )
                )
            )
        )
    }

    static func form(_ form: Form, _ context: PageContext) -> HTML {
        let t = context.t
        let title = form.id == nil ? t(.newCommunity) : (form.values["name_th"] ?? "")
        return Layout.page(
            title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.communities.path), .plain(t(.communitiesTitle)))),
            .h1(.plain(title)),
            Components.errorSummary(form.errors, t),
            .form(
                .class("card"),
                .method(.post),
                .action(form.id.map { SiteURL.community($0).path } ?? SiteURL.communities.path),
                Components.csrfField(context.csrfToken),
                Components.selectField(
                    "estate_id",
                    label: t(.estate),
                    choices: form.estateChoices,
                    selected: form.values["estate_id"],
                    error: form.errors["estate_id"]
                ),
                Components.textField(
                    "name_th",
                    label: t(.communityName),
                    value: form.values["name_th"],
                    error: form.errors["name_th"],
                    required: true
                ),
                Components.selectField(
                    "subdistrict_code",
                    label: t(.subdistrict),
                    choices: form.subdistrictChoices,
                    selected: form.values["subdistrict_code"],
                    error: form.errors["subdistrict_code"],
                    hint: t(.communitySubdistrictHint)
                ),
                Components.textField(
                    "households",
                    label: t(.households),
                    value: form.values["households"],
                    error: form.errors["households"]
                ),
                .div(
                    .class("actions"),
                    Components.submit(t(.save)),
                    .a(.class("button secondary"), .href(SiteURL.communities.path), .plain(t(.cancel)))
                )
            )
        )
    }
}
