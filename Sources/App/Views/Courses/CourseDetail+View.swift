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
                        .tbody(.forEach(model.people) { person(model, $0, context) })
                    )
                )
            )
        )
    }

    private static func person(_ model: Model, _ person: Person, _ context: PageContext) -> Node<HTML.TableContext> {
        let t = context.t
        let key = person.enrolmentID.uuidString.lowercased()
        let completion: String =
            switch (person.status, person.override) {
            case (.waiting, _), (.dropped, _): "—"
            case (_, .some(true)): t(.completeByOverride)
            case (_, .some(false)): t(.incompleteByOverride)
            case (_, nil): person.attendanceComplete ? t(.completeByAttendance) : t(.notYetComplete)
            }
        return .tr(
            .class("status-\(person.status.rawValue)"),
            .td(
                model.seeParticipants
                    ? .a(.href(SiteURL.participant(person.participantID).path), .plain(person.name))
                    : .plain(person.name),
                .unwrap(person.community) { .group(.br(), .small(.plain($0))) }
            ),
            .td(.plain(t(ProgrammeText.enrolmentStatus(person.status)))),
            .td(.plain(person.percent)),
            .td(.plain(completion), .unwrap(person.note) { .group(.br(), .small(.plain($0))) }),
            .if(
                model.canManage,
                .td(
                    .if(
                        person.status.holdsSeat,
                        .details(
                            .summary(.plain(t(.changeCompletion))),
                            .form(
                                .method(.post),
                                .action(SiteURL.enrolmentOverride(person.enrolmentID).path),
                                Components.csrfField(context.csrfToken),
                                .label(.for("decision-\(key)"), .plain(t(.completion))),
                                .select(
                                    .attribute(named: "id", value: "decision-\(key)"),
                                    .attribute(named: "name", value: "decision"),
                                    Components.option(
                                        "complete",
                                        t(.completeByOverride),
                                        selected: person.override == true
                                    ),
                                    Components.option(
                                        "incomplete",
                                        t(.incompleteByOverride),
                                        selected: person.override == false
                                    ),
                                    Components.option("computed", t(.useAttendance), selected: person.override == nil)
                                ),
                                reasonField("override-\(key)", t, required: false),
                                Components.submit(t(.save), secondary: true)
                            )
                        )
                    ),
                    .if(
                        person.status != .dropped,
                        .details(
                            .summary(.plain(t(.dropOut))),
                            .form(
                                .method(.post),
                                .action(SiteURL.enrolmentDrop(person.enrolmentID).path),
                                Components.csrfField(context.csrfToken),
                                reasonField("drop-\(key)", t, required: true),
                                Components.submit(t(.dropOut), secondary: true)
                            )
                        )
                    )
                )
            )
        )
    }

    /// A reason box with an id of its own: a roster has one per person and action.
    private static func reasonField(_ id: String, _ t: Localizer, required: Bool) -> Node<HTML.FormContext> {
        .group(
            .label(.for("reason-\(id)"), .plain(t(.reason))),
            .input(.id("reason-\(id)"), .name("reason"), .type(.text), .required(required))
        )
    }
}
