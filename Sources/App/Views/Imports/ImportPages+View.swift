import Foundation
import Plot
import SanfanCore

extension ImportPages {
    static func index(_ model: Index, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.importsTitle),
            context,
            .h1(.plain(t(.importsTitle))),
            .p(.class("hint"), .plain(t(.importsIntro))),
            Components.errorSummary(model.errors, t),
            .form(
                .class("card"),
                .method(.post),
                .action(SiteURL.imports.path),
                .enctype(.multipartData),
                Components.csrfField(context.csrfToken),
                Components.selectField(
                    "estate_id",
                    label: t(.estate),
                    choices: model.estateChoices,
                    selected: model.values["estate_id"],
                    error: model.errors["estate_id"]
                ),
                Components.sheetField(label: t(.importFile), error: model.errors["sheet"]),
                Components.selectField(
                    "encoding",
                    label: t(.importEncoding),
                    choices: [
                        .init(value: "", label: t(.encodingAuto)), .init(value: "utf8", label: "UTF-8"),
                        .init(value: "windows-874", label: "Windows-874 (TIS-620)"),
                    ],
                    selected: model.values["encoding"],
                    error: nil
                ),
                Components.checkboxGroup(
                    "consent_confirmed",
                    legend: t(.sectionConsent),
                    choices: [.init(value: "1", label: t(.importConsentConfirm))],
                    checked: model.values["consent_confirmed"] == "1" ? ["1"] : [],
                    error: model.errors["consent_confirmed"]
                ),
                .div(.class("actions"), Components.submit(t(.importUpload)))
            ),
            .h2(.plain(t(.importRecent))),
            Components.dataTable(
                [t(.importFile), t(.estate), t(.status), t(.importRow), t(.when)],
                model.recent.map {
                    [
                        .init($0.fileName, link: SiteURL.sheetImport($0.id).path), .init($0.estate), .init($0.status),
                        .init($0.rows, number: true), .init($0.when),
                    ]
                },
                empty: t(.noneYet)
            )
        )
    }

    static func show(_ model: Show, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.importCheckTitle, model.fileName),
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.imports.path), .plain(t(.importsTitle)))),
            .h1(.plain(t(.importCheckTitle, model.fileName))),
            .p(.plain(model.estate)),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .if(
                model.committed,
                .p(
                    .class("notice"),
                    .plain(t(.importAlreadyCommitted) + " " + t(.importCommitted, String(model.rowsCreated)))
                )
            ),
            .unwrap(model.progress) {
                .div(
                    .class("card"),
                    .attribute(named: "data-live", value: "progress"),
                    .attribute(named: "role", value: "status"),
                    .p(.strong(.plain($0)))
                )
            },
            .unwrap(model.failed) { .p(.class("notice"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .if(!model.committed && model.progress == nil && model.failed == nil, checkSections(model, context))
        )
    }

    private static func checkSections(_ model: Show, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let columns =
            [Components.Choice(value: "", label: t(.importNoColumn))]
            + model.headers.indices.map { .init(value: String($0), label: "\($0 + 1). \(model.headers[$0])") }
        return .group(
            .p(.class("summary"), .plain(model.summary)),
            .unwrap(model.missing) { .p(.class("error"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .if(
                model.missing == nil,
                .form(
                    .class("card"),
                    .method(.post),
                    .action(SiteURL.importCommit(model.id).path),
                    Components.csrfField(context.csrfToken),
                    .p(.class("hint"), .plain(t(.importCommitHint))),
                    .if(
                        model.updatable > 0,
                        Components.checkboxGroup(
                            "update_existing",
                            legend: t(.importUpdateLegend),
                            choices: [.init(value: "1", label: t(.importUpdateExisting, String(model.updatable)))],
                            checked: [],
                            error: nil
                        )
                    ),
                    .div(
                        .class("actions"),
                        .if(
                            model.problems.isEmpty && (model.readyCount > 0 || model.updatable > 0),
                            .button(
                                .type(.submit),
                                .name("mode"),
                                .value("all"),
                                .class("button"),
                                .plain(t(.importCommitAll))
                            )
                        ),
                        .if(
                            !model.problems.isEmpty && (model.readyCount > 0 || model.updatable > 0),
                            .button(
                                .type(.submit),
                                .name("mode"),
                                .value("valid"),
                                .class("button secondary"),
                                .plain(t(.importCommitValid, String(model.readyCount)))
                            )
                        )
                    )
                )
            ),
            .if(
                !model.problems.isEmpty,
                .section(
                    .h2(.plain(t(.importErrorsHeading))),
                    .p(.a(.href(SiteURL.importErrors(model.id).path), .plain(t(.importErrorSheet)))),
                    Components.dataTable(
                        [t(.importRow), t(.importColumn), t(.importProblem)],
                        model.problems.map {
                            [.init(String($0.row), number: true), .init($0.column), .init($0.message)]
                        },
                        empty: ""
                    )
                )
            ),
            .section(
                .h2(.plain(t(.importMapping))),
                .p(.class("hint"), .plain(t(.importMappingHint))),
                .form(
                    .class("card mapping"),
                    .method(.post),
                    .action(SiteURL.importMapping(model.id).path),
                    Components.csrfField(context.csrfToken),
                    .forEach(model.fields) { field in
                        Components.selectField(
                            "map_" + field.field,
                            label: field.label + (field.required ? " *" : ""),
                            choices: columns,
                            selected: field.column.map(String.init) ?? "",
                            error: nil
                        )
                    },
                    .div(.class("actions"), Components.submit(t(.importRecheck), secondary: true))
                )
            )
        )
    }
}
