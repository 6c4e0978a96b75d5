import Foundation
import Plot
import SanfanCore

extension RoundResults {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.recordResults),
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.round(model.roundID).path), .plain(model.title))),
            .h1(.plain(t(.recordResults))),
            .unwrap(model.error) { .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .if(model.people.isEmpty, .p(.class("empty"), .plain(t(.nobodyEnrolled)))),
            .if(
                !model.people.isEmpty,
                .form(
                    .class("register results"),
                    .method(.post),
                    .action(SiteURL.roundResults(model.roundID).path),
                    Components.csrfField(context.csrfToken),
                    .ol(
                        .class("register-list"),
                        .forEach(model.people) { person in
                            .li(
                                .h2(
                                    .class("person-name"),
                                    .plain(person.name),
                                    .small(.plain(" · " + t(AssessmentText.overall(person.overall))))
                                ),
                                .forEach(model.units) { unit in
                                    let name =
                                        "result_\(person.candidateID.uuidString.lowercased())_\(unit.id.uuidString.lowercased())"
                                    return .fieldset(
                                        .element(
                                            named: "legend",
                                            nodes: [
                                                .span(.class("unit-code"), .plain(unit.code + " ")), .plain(unit.name),
                                            ]
                                        ),
                                        .div(
                                            .class("marks"),
                                            .forEach(UnitOutcome.allCases) { outcome in
                                                .label(
                                                    .class("mark mark-\(outcome.rawValue)"),
                                                    .input(
                                                        .type(.radio),
                                                        .name(name),
                                                        .value(outcome.rawValue),
                                                        .checked(person.outcomes[unit.id] == outcome)
                                                    ),
                                                    .span(.plain(t(AssessmentText.unit(outcome))))
                                                )
                                            }
                                        )
                                    )
                                }
                            )
                        }
                    ),
                    .div(.class("actions sticky-actions"), Components.submit(t(.saveResults)))
                )
            ),
            .if(
                !model.people.isEmpty,
                .section(
                    .class("card"),
                    .h2(.plain(t(.resultsUploadTitle))),
                    .p(.class("hint"), .plain(t(.resultsSheetHint))),
                    .p(.a(.href(SiteURL.roundResultsTemplate(model.roundID).path), .plain(t(.resultsSheetDownload)))),
                    .form(
                        .method(.post),
                        .action(SiteURL.roundResultsImport(model.roundID).path),
                        .enctype(.multipartData),
                        Components.csrfField(context.csrfToken),
                        Components.sheetField(label: t(.importFile), error: nil),
                        .div(.class("actions"), Components.submit(t(.resultsSheetUpload), secondary: true))
                    )
                )
            )
        )
    }

    /// The A4 sheet an assessor fills in by hand or files: people down, units across.
    static func sheet(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            Layout.printHead("\(t(.resultsSheetTitle)) · \(model.title)"),
            .body(
                .class("printout results-sheet"),
                .div(.class("no-print"), .p(.a(.href(SiteURL.round(model.roundID).path), .plain(model.title)))),
                .h1(.plain(t(.resultsSheetTitle))),
                .p(.class("sheet-course"), .plain(model.title)),
                .p(
                    .class("sheet-facts"),
                    .forEach(model.facts) { fact in .span(.plain("\(t(fact.0)): \(fact.1)")) }
                ),
                .ol(
                    .class("unit-key"),
                    .forEach(model.units) { unit in .li(.plain("\(unit.code) \(unit.name)")) }
                ),
                .div(
                    .class("sheet-wrap"),
                    .table(
                        .class("sheet"),
                        .thead(
                            .tr(
                                .th(.class("no"), .plain(t(.number))),
                                .th(.class("person"), .plain(t(.fullName))),
                                .forEach(model.units.indices) { index in .th(.class("unit"), .plain(String(index + 1)))
                                },
                                .th(.plain(t(.overallResult)))
                            )
                        ),
                        .tbody(
                            .forEach(Array(model.people.enumerated())) { index, person in
                                .tr(
                                    .td(.class("no"), .plain(String(index + 1))),
                                    .td(.class("person"), .plain(person.name)),
                                    .forEach(model.units) { unit in
                                        .td(
                                            .class("unit"),
                                            .plain(person.outcomes[unit.id].map { t(AssessmentText.unit($0)) } ?? "")
                                        )
                                    },
                                    .td(
                                        .plain(
                                            person.overall == .pending ? "" : t(AssessmentText.overall(person.overall))
                                        )
                                    )
                                )
                            }
                        )
                    )
                ),
                .div(
                    .class("sheet-footer"),
                    .p(.plain("\(t(.assessor)) ....................................")),
                    .p(.plain("\(t(.heldOn)) ........................"))
                )
            )
        )
    }
}
