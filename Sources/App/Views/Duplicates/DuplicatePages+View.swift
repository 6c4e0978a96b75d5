import Foundation
import Plot

extension DuplicatePages {
    static func list(_ model: List, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.duplicatesTitle),
            context,
            .h1(.plain(t(.duplicatesTitle))),
            .p(.class("hint"), .plain(t(.duplicatesIntro))),
            .p(.plain(model.scanned)),
            .form(
                .method(.post),
                .action(SiteURL.duplicateScan.path),
                Components.csrfField(context.csrfToken),
                Components.submit(t(.duplicatesScan), secondary: true)
            ),
            Components.dataTable(
                [t(.duplicatePersonA), t(.duplicatePersonB), t(.birthDate), t(.duplicateReason), t(.duplicateCompare)],
                model.pairs.map {
                    [
                        .init($0.a), .init($0.b), .init($0.birthDates), .init($0.reason),
                        .init(t(.duplicateCompare), link: SiteURL.duplicatePair($0.id).path),
                    ]
                },
                empty: t(.duplicatesNone)
            ),
            .h2(.plain(t(.mergesRecent))),
            .if(model.merges.isEmpty, .p(.class("empty"), .plain(t(.noneYet)))),
            .ul(
                .class("plain-list"),
                .forEach(model.merges) { merge in
                    .li(
                        .a(.href(merge.keptLink), .plain(merge.text)),
                        .plain(" · " + merge.when + " "),
                        merge.undone.map { .span(.class("hint"), .plain($0)) }
                            ?? .form(
                                .class("inline"),
                                .method(.post),
                                .action(SiteURL.mergeUndo(merge.id).path),
                                Components.csrfField(context.csrfToken),
                                Components.submit(t(.mergeUndo), secondary: true)
                            )
                    )
                }
            )
        )
    }

    static func compare(_ model: Compare, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.duplicates.path), .plain(t(.duplicatesTitle)))),
            .h1(.plain(model.title)),
            .p(.strong(.plain(t(.duplicateReason) + ": ")), .plain(model.reason)),
            .unwrap(model.notice) { .p(.class("notice"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .p(.class("hint"), .plain(t(.duplicateMergeHint))),
            .div(
                .class("side-by-side"),
                .forEach(model.sides) { side in
                    .section(
                        .class("card"),
                        .h2(.a(.href(side.link), .plain(side.heading))),
                        .dl(
                            .forEach(side.fields) { field in
                                .group(.dt(.plain(field.label)), .dd(.plain(field.value)))
                            }
                        ),
                        .h3(.plain(t(.duplicateRecords))),
                        .if(side.records.isEmpty, .p(.class("empty"), .plain(t(.duplicateNothingLinked)))),
                        .dl(
                            .forEach(side.records) { record in
                                .group(.dt(.plain(record.label)), .dd(.plain(record.count)))
                            }
                        ),
                        .form(
                            .method(.post),
                            .action(SiteURL.duplicateMerge(model.pairID).path),
                            Components.csrfField(context.csrfToken),
                            .input(.type(.hidden), .name("keep"), .value(side.id.uuidString.lowercased())),
                            Components.submit(t(.duplicateKeep))
                        )
                    )
                }
            ),
            .form(
                .method(.post),
                .action(SiteURL.duplicateDismiss(model.pairID).path),
                Components.csrfField(context.csrfToken),
                Components.submit(t(.duplicateDismiss), secondary: true)
            )
        )
    }
}
