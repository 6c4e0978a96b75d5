import Foundation
import Plot

extension SignInSheet {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            Layout.printHead("\(t(.signInSheetTitle)) · \(model.courseTitle)"),
            .body(
                .class("printout sign-in-sheet"),
                .div(
                    .class("no-print"),
                    .p(.a(.href(model.attendanceURL), .plain(t(.keyInSheet)))),
                    .p(.plain(t(.printHint)))
                ),
                .table(
                    .class("sheet"),
                    // The heading is the table's head, so every printed page repeats the course, day
                    // and columns (print.css numbers the pages).
                    .thead(
                        .tr(
                            .th(
                                .class("sheet-heading"),
                                .attribute(named: "colspan", value: "5"),
                                .h1(.plain(t(.signInSheetTitle))),
                                .p(.class("sheet-course"), .plain(model.courseTitle)),
                                .p(
                                    .class("sheet-facts"),
                                    .span(.plain("\(t(.estate)): \(model.estate)")),
                                    .span(.plain("\(t(.provider)): \(model.provider ?? "—")")),
                                    .span(.plain("\(t(.venue)): \(model.venue)")),
                                    .span(.plain("\(t(.sessionDay)): \(model.day) · \(model.time)")),
                                    .span(.plain("\(t(.sessionTopic)): \(model.topic)"))
                                )
                            )
                        ),
                        .tr(
                            .th(.class("no"), .plain(t(.number))),
                            .th(.class("person"), .plain(t(.fullName))),
                            .th(.class("community"), .plain(t(.community))),
                            .th(.class("sign"), .plain(t(.signature))),
                            .th(.class("time"), .plain(t(.arrivalTime)))
                        )
                    ),
                    .tbody(
                        .forEach(Array(model.people.enumerated())) { index, person in
                            .tr(
                                .td(.class("no"), .plain(String(index + 1))),
                                .td(.class("person"), .plain(person.name)),
                                .td(.class("community"), .plain(person.community)),
                                .td(.class("sign")),
                                .td(.class("time"))
                            )
                        }
                    )
                ),
                .div(
                    .class("sheet-footer"),
                    .p(.plain(t(.trainerSignature))),
                    .p(.plain(t(.sheetCount, String(model.people.count))))
                )
            )
        )
    }
}
