import Foundation
import Plot
import SanfanCore

extension AttendancePage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let heading = model.source == .paper ? t(.keyInSheet) : t(.takeRegister)
        return Layout.page(
            heading,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.course(model.courseID).path), .plain(model.courseTitle))),
            .h1(.plain(heading)),
            .p(.class("session-line"), .plain("\(model.day) · \(model.time) · "), .plain(model.topic)),
            .unwrap(model.error) { .p(.class("error-summary"), .attribute(named: "role", value: "alert"), .plain($0)) },
            .if(model.people.isEmpty, .p(.class("empty"), .plain(t(.nobodyEnrolled)))),
            .if(
                !model.people.isEmpty,
                .form(
                    .class("register"),
                    .method(.post),
                    .action(SiteURL.attendance(model.sessionID).path),
                    Components.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("source"), .value(model.source.rawValue)),
                    .ol(
                        .class("register-list"),
                        .forEach(model.people) { person in
                            let key = person.enrolmentID.uuidString.lowercased()
                            return .li(
                                .fieldset(
                                    .element(
                                        named: "legend",
                                        nodes: [
                                            .span(.class("person-name"), .plain(person.name)),
                                            .unwrap(person.community) { .small(.plain(" · " + $0)) },
                                        ]
                                    ),
                                    .div(
                                        .class("marks"),
                                        .forEach(AttendanceMark.allCases) { mark in
                                            .label(
                                                .class("mark mark-\(mark.rawValue)"),
                                                .input(
                                                    .type(.radio),
                                                    .name("mark_\(key)"),
                                                    .value(mark.rawValue),
                                                    .checked(person.mark == mark)
                                                ),
                                                .span(.plain(t(ProgrammeText.mark(mark))))
                                            )
                                        }
                                    )
                                )
                            )
                        }
                    ),
                    .div(
                        .class("actions sticky-actions"),
                        .label(.for("rest"), .plain(t(.markEveryoneElse))),
                        .select(
                            .attribute(named: "id", value: "rest"),
                            .attribute(named: "name", value: "rest"),
                            Components.option("", t(.leaveUnmarked), selected: true),
                            .forEach(AttendanceMark.allCases) {
                                Components.option($0.rawValue, t(ProgrammeText.mark($0)), selected: false)
                            }
                        ),
                        Components.submit(t(.saveAttendance))
                    )
                )
            )
        )
    }
}
