import Plot

extension AuditLogPage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let f = model.filters
        return Layout.page(
            t(.auditTitle),
            context,
            .h1(.plain(t(.auditTitle))),
            .p(.class("lead"), .plain(t(.auditIntro))),
            .form(
                .class("card filters"),
                .method(.get),
                .action(SiteURL.audit.path),
                Components.selectField(
                    "user",
                    label: t(.who),
                    choices: [Components.Choice(value: "", label: t(.allUsers))] + model.userChoices,
                    selected: f.user,
                    error: nil
                ),
                Components.selectField(
                    "entity",
                    label: t(.record),
                    choices: [Components.Choice(value: "", label: t(.allRecords))]
                        + model.entityChoices.map { Components.Choice(value: $0, label: $0) },
                    selected: f.entity,
                    error: nil
                ),
                Components.textField("entity_id", label: t(.recordID), value: f.entityID, error: nil),
                Components.textField(
                    "from",
                    label: t(.from),
                    value: f.from,
                    error: model.errors["from"],
                    hint: t(.dateHint)
                ),
                Components.textField("to", label: t(.to), value: f.to, error: model.errors["to"], hint: t(.dateHint)),
                .div(
                    .class("actions"),
                    Components.submit(t(.filter)),
                    .a(.class("button secondary"), .href(SiteURL.audit.path), .plain(t(.clearFilters)))
                )
            ),
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noResults)))),
            .if(
                !model.rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("audit"),
                        .thead(
                            .tr(
                                .th(.plain(t(.when))),
                                .th(.plain(t(.who))),
                                .th(.plain(t(.action))),
                                .th(.plain(t(.record))),
                                .th(.plain(t(.changes)))
                            )
                        ),
                        .tbody(.forEach(model.rows) { row($0, t) })
                    )
                )
            ),
            .unwrap(model.nextPageQuery) { query in
                .p(.class("pager"), .a(.href(SiteURL.audit.path + "?" + query), .plain(t(.olderEntries))))
            }
        )
    }

    private static func row(_ row: Row, _ t: Localizer) -> Node<HTML.TableContext> {
        .tr(
            .td(.plain(t.dateTime(row.at))),
            .td(.plain(row.actor)),
            .td(.plain(t(actionPhrase(row.action)))),
            .td(.plain(row.entity), .br(), .small(.code(.plain(row.entityID)))),
            .td(
                .if(
                    !row.changes.isEmpty,
                    .table(
                        .class("changes"),
                        .thead(.tr(.th(.plain(t(.field))), .th(.plain(t(.before))), .th(.plain(t(.after))))),
                        .tbody(
                            .forEach(row.changes) { change in
                                .tr(
                                    .td(.code(.plain(change.field))),
                                    .td(.plain(change.before)),
                                    .td(.plain(change.after))
                                )
                            }
                        )
                    )
                )
            )
        )
    }

    static func actionPhrase(_ action: AuditEvent.Action) -> Phrase {
        switch action {
        case .create: .actionCreate
        case .update: .actionUpdate
        case .delete: .actionDelete
        case .reveal: .actionReveal
        case .export: .actionExport
        }
    }
}
