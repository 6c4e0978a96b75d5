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
                        register(model, t).node()
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

    /// A line per person with a radio button per mark, written as bytes (`HTMLRows`): a session's
    /// register lists everyone on the course.
    static func register(_ model: Model, _ t: Localizer) -> HTMLRows {
        var html = HTMLRows(capacity: model.people.count * 1536)
        let marks = AttendanceMark.allCases.map { ($0, "mark mark-\($0.rawValue)", t(ProgrammeText.mark($0))) }
        for person in model.people {
            let name = "mark_" + person.enrolmentID.uuidString.lowercased()
            html.open("li")
            html.open("fieldset")
            html.open("legend")
            html.cell("span", class: "person-name", person.name)
            if let community = person.community { html.cell("small", " · " + community) }
            html.close("legend")
            html.open("div", class: "marks")
            for (mark, classes, label) in marks {
                html.open("label", class: classes)
                html.void(
                    "input",
                    ["type": "radio", "name": name, "value": mark.rawValue],
                    flag: person.mark == mark ? "checked" : nil
                )
                html.cell("span", label)
                html.close("label")
            }
            html.close("div")
            html.close("fieldset")
            html.close("li")
        }
        return html
    }
}
