import Foundation
import Plot
import SanfanCore

extension CyclePages {
    static func targets(_ model: Targets, _ context: PageContext) -> HTML {
        let t = context.t
        func cell(_ field: String, _ row: TargetRow, _ value: String, label: String) -> Node<HTML.BodyContext> {
            let name = "\(field)_\(row.key)"
            let error = model.errors[name]
            return .div(
                .class(error == nil ? "cell" : "cell has-error"),
                .input(
                    .name(name),
                    .type(.text),
                    .attribute(named: "inputmode", value: "numeric"),
                    .attribute(named: "aria-label", value: "\(row.estate) · \(label)".attributeEscaped),
                    .value(value.attributeEscaped)
                ),
                .unwrap(error) { .p(.class("error"), .plain($0)) }
            )
        }
        return Layout.page(
            t(.targetsTitle),
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.cycle(model.id).path), .plain(model.title))),
            .h1(.plain(t(.targetsTitle)), .plain(" · "), .plain(model.title)),
            Components.errorSummary(model.errors, t),
            .if(
                !model.sheetErrors.isEmpty,
                .div(
                    .class("error-summary sheet-errors"),
                    .attribute(named: "role", value: "alert"),
                    .p(.plain(t(.sheetRefused))),
                    .ul(.forEach(model.sheetErrors) { .li(.plain($0)) })
                )
            ),
            .form(
                .method(.post),
                .action(SiteURL.cycleTargets(model.id).path),
                Components.csrfField(context.csrfToken),
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("grid"),
                        .thead(
                            .tr(
                                .th(.plain(t(.estate))),
                                .th(.plain(t(.targetTrained))),
                                .th(.plain(t(.targetCertified))),
                                .th(.plain(t(.targetLivelihoods))),
                                .th(.plain(t(.targetIncomeBaht)))
                            )
                        ),
                        .tbody(
                            .forEach(model.rows) { row in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .plain(row.estate)),
                                    .td(cell("trained", row, row.trained, label: t(.targetTrained))),
                                    .td(cell("certified", row, row.certified, label: t(.targetCertified))),
                                    .td(cell("livelihoods", row, row.livelihoods, label: t(.targetLivelihoods))),
                                    .td(cell("income", row, row.income, label: t(.targetIncomeBaht)))
                                )
                            }
                        )
                    )
                ),
                .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noEstatesInCycle)))),
                .div(.class("actions"), Components.submit(t(.save)))
            ),
            .section(
                .class("card"),
                .h2(.plain(t(.importTargets))),
                .p(.class("hint"), .plain(t(.importTargetsHint))),
                .p(.a(.href(SiteURL.cycleTargetsCSV(model.id).path), .plain(t(.downloadTargetSheet)))),
                .form(
                    .method(.post),
                    .action(SiteURL.cycleTargetsImport(model.id).path),
                    .enctype(.multipartData),
                    Components.csrfField(context.csrfToken),
                    Components.sheetField(label: t(.targetSheetFile), error: nil),
                    .div(.class("actions"), Components.submit(t(.importButton)))
                )
            )
        )
    }
}
