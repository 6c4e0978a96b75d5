import Plot
import SanfanCore

extension FollowUpList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.followUpsTitle),
            context,
            .h1(.plain(t(.followUpsTitle))),
            .p(.class("hint"), .plain(t(.followUpsHint))),
            .if(model.items.isEmpty, .p(.class("empty"), .plain(t(.noFollowUpsDue)))),
            .if(
                model.total > model.items.count,
                .p(.class("notice"), .plain(t(.followUpsShown, String(model.items.count), String(model.total))))
            ),
            .ul(
                .class("work-list"),
                .forEach(model.items) { item in
                    let refused =
                        model.refused.flatMap {
                            $0.participantID == item.participantID && $0.courseID == item.courseID
                                && $0.months == item.months ? $0.state : nil
                        } ?? Components.FormState()
                    return .li(
                        .class(item.overdue ? "work-item overdue" : "work-item"),
                        .h2(.a(.href(SiteURL.participantLivelihood(item.participantID).path), .plain(item.name))),
                        .p(
                            .plain(t(.afterMonths, String(item.months))),
                            .plain(" · "),
                            .plain(item.course),
                            .plain(" · "),
                            .plain(t(.dueOn, item.dueOn)),
                            .if(item.overdue, .span(.class("badge off"), .plain(t(.overdue))))
                        ),
                        .unwrap(item.phone) { phone in
                            .p(.a(.class("phone"), .href("tel:\(phone)"), .plain(phone)))
                        },
                        .p(.class("hint"), .plain(item.estate)),
                        // One tap: tried and could not reach them.
                        .form(
                            .method(.post),
                            .action(SiteURL.participantFollowUps(item.participantID).path),
                            Components.csrfField(context.csrfToken),
                            hidden(item),
                            .input(.type(.hidden), .name("reached"), .value("no")),
                            Components.submit(t(.couldNotReach), secondary: true)
                        ),
                        .form(
                            .class("result"),
                            .method(.post),
                            .action(SiteURL.participantFollowUps(item.participantID).path),
                            Components.csrfField(context.csrfToken),
                            hidden(item),
                            .input(.type(.hidden), .name("reached"), .value("yes")),
                            Components.errorSummary(refused.errors, t),
                            FollowUpText.incomeFields(
                                refused,
                                t,
                                suffix:
                                    "-\(item.participantID.uuidString.prefix(8))-\(item.courseID.uuidString.prefix(8))-\(item.months)"
                            ),
                            Components.submit(t(.saveResult))
                        )
                    )
                }
            )
        )
    }

    private static func hidden(_ item: Item) -> Node<HTML.FormContext> {
        .group(
            .input(.type(.hidden), .name("course_id"), .value(item.courseID.uuidString.lowercased())),
            .input(.type(.hidden), .name("months"), .value(String(item.months))),
            .input(.type(.hidden), .name("back"), .value("work-list"))
        )
    }
}
