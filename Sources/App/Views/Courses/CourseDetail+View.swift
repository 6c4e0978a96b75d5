import Foundation
import Plot
import SanfanCore

extension CourseDetail {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.courses.path), .plain(t(.coursesTitle)))),
            .div(
                .class("page-head"),
                .h1(.plain(model.title)),
                .if(
                    model.canManage,
                    .div(
                        .class("actions"),
                        .a(.class("button secondary"), .href(SiteURL.editCourse(model.id).path), .plain(t(.edit))),
                        .a(.class("button"), .href(SiteURL.courseEnrol(model.id).path), .plain(t(.enrolPeople)))
                    )
                )
            ),
            .unwrap(model.notice) { .p(.class("notice"), .plain($0)) },
            .dl(
                .class("facts"),
                .forEach(model.facts) { fact in .group(.dt(.plain(fact.0)), .dd(.plain(fact.1))) }
            ),
            sessions(model, context),
            people(model, context)
        )
    }

    private static func sessions(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .section(
            .id("sessions"),
            .h2(.plain(t(.sessions)), .plain(" "), .small(.plain(t(.plannedHours, model.plannedHours)))),
            .if(model.sessions.isEmpty, .p(.class("empty"), .plain(t(.noSessions)))),
            .if(
                !model.sessions.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.plain(t(.sessionDay))),
                                .th(.plain(t(.sessionTopic))),
                                .th(.plain(t(.courseHours))),
                                .th(.plain(t(.attendance)))
                            )
                        ),
                        .tbody(
                            .forEach(model.sessions) { session in
                                .tr(
                                    .td(.plain(session.day), .br(), .small(.plain(session.time))),
                                    .td(.plain(session.topic)),
                                    .td(.plain(session.hours)),
                                    .td(
                                        .class("links"),
                                        .if(
                                            model.canMark,
                                            .a(
                                                .class("button small"),
                                                .href(SiteURL.attendance(session.id).path),
                                                .plain(t(.takeRegister))
                                            )
                                        ),
                                        .a(.href(SiteURL.signInSheet(session.id).path), .plain(t(.printSignInSheet))),
                                        .if(
                                            model.canMark,
                                            .a(
                                                .href(SiteURL.attendance(session.id).path + "?source=paper"),
                                                .plain(t(.keyInSheet))
                                            )
                                        ),
                                        .small(.plain(t(.markedCount, String(session.marked))))
                                    )
                                )
                            }
                        )
                    )
                )
            ),
            .if(model.canManage, addSession(model, context))
        )
    }

    private static func addSession(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let v = model.sessionValues
        let e = model.sessionErrors
        return .form(
            .class("card compact"),
            .method(.post),
            .action(SiteURL.courseSessions(model.id).path),
            .h3(.plain(t(.addSession))),
            Components.csrfField(context.csrfToken),
            Components.errorSummary(e, t),
            Components.textField("day", label: t(.sessionDay), value: v["day"], error: e["day"], hint: t(.dateHint)),
            Components.textField("starts_at", label: t(.startsAt), value: v["starts_at"], error: e["starts_at"]),
            Components.textField("ends_at", label: t(.endsAt), value: v["ends_at"], error: e["ends_at"]),
            Components.textField("topic", label: t(.sessionTopic), value: v["topic"], error: e["topic"]),
            Components.textField(
                "hours",
                label: t(.courseHours),
                value: v["hours"],
                error: e["hours"],
                hint: t(.sessionHoursHint)
            ),
            .div(.class("actions"), Components.submit(t(.addSession)))
        )
    }

    private static func people(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .section(
            .id("people"),
            .h2(.plain(t(.peopleInCourse))),
            .if(model.people.isEmpty, .p(.class("empty"), .plain(t(.nobodyEnrolled)))),
            .if(
                !model.people.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("roster"),
                        .thead(
                            .tr(
                                .th(.plain(t(.fullName))),
                                .th(.plain(t(.status))),
                                .th(.plain(t(.attended))),
                                .th(.plain(t(.completion))),
                                .if(model.canManage, .th(.plain(t(.action))))
                            )
                        ),
                        .tbody(roster(model, context).node())
                    )
                )
            )
        )
    }

    /// The roster's rows, written as bytes (`HTMLRows`): a course holds up to a few dozen people,
    /// and each row carries two small forms (change the completion, drop out) that work without
    /// JavaScript inside `<details>`.
    static func roster(_ model: Model, _ context: PageContext) -> HTMLRows {
        let t = context.t
        var html = HTMLRows(capacity: model.people.count * (model.canManage ? 2048 : 512))
        for person in model.people {
            let key = person.enrolmentID.uuidString.lowercased()
            let completion: String =
                switch (person.status, person.override) {
                case (.waiting, _), (.dropped, _): "—"
                case (_, .some(true)): t(.completeByOverride)
                case (_, .some(false)): t(.incompleteByOverride)
                case (_, nil): person.attendanceComplete ? t(.completeByAttendance) : t(.notYetComplete)
                }
            html.open("tr", class: "status-\(person.status.rawValue)")
            html.open("td")
            if model.seeParticipants {
                html.link(SiteURL.participant(person.participantID).path, person.name)
            } else {
                html.text(person.name)
            }
            if let community = person.community {
                html.void("br")
                html.cell("small", community)
            }
            html.close("td")
            html.cell("td", t(ProgrammeText.enrolmentStatus(person.status)))
            html.cell("td", person.percent)
            html.open("td")
            html.text(completion)
            if let note = person.note {
                html.void("br")
                html.cell("small", note)
            }
            html.close("td")
            if model.canManage {
                html.open("td")
                if person.status.holdsSeat {
                    html.open("details")
                    html.cell("summary", t(.changeCompletion))
                    form(&html, SiteURL.enrolmentOverride(person.enrolmentID).path, context)
                    html.open("label", ["for": "decision-\(key)"])
                    html.text(t(.completion))
                    html.close("label")
                    html.open("select", ["id": "decision-\(key)", "name": "decision"])
                    for (value, label, selected) in [
                        ("complete", t(.completeByOverride), person.override == true),
                        ("incomplete", t(.incompleteByOverride), person.override == false),
                        ("computed", t(.useAttendance), person.override == nil),
                    ] {
                        html.open("option", ["value": value, "selected": selected ? "selected" : nil])
                        html.text(label)
                        html.close("option")
                    }
                    html.close("select")
                    reasonField(&html, "override-\(key)", t, required: false)
                    submit(&html, t(.save))
                    html.close("form")
                    html.close("details")
                }
                if person.status != .dropped {
                    html.open("details")
                    html.cell("summary", t(.dropOut))
                    form(&html, SiteURL.enrolmentDrop(person.enrolmentID).path, context)
                    reasonField(&html, "drop-\(key)", t, required: true)
                    submit(&html, t(.dropOut))
                    html.close("form")
                    html.close("details")
                }
                html.close("td")
            }
            html.close("tr")
        }
        return html
    }

    /// `<form method="post" action="…">` with the page's form token.
    private static func form(_ html: inout HTMLRows, _ action: String, _ context: PageContext) {
        html.open("form", ["method": "post", "action": action])
        if let token = context.csrfToken { html.void("input", ["type": "hidden", "name": "_csrf", "value": token]) }
    }

    private static func submit(_ html: inout HTMLRows, _ title: String) {
        html.open("button", ["type": "submit", "class": "button secondary"])
        html.text(title)
        html.close("button")
    }

    /// A reason box with an id of its own: a roster has one per person and action.
    private static func reasonField(_ html: inout HTMLRows, _ id: String, _ t: Localizer, required: Bool) {
        html.open("label", ["for": "reason-\(id)"])
        html.text(t(.reason))
        html.close("label")
        html.void("input", ["id": "reason-\(id)", "name": "reason", "type": "text"], flag: required ? "required" : nil)
    }

}
