import Plot
import SanfanCore

extension DataRequestList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .unwrap(model.form) { form in
                .p(.class("breadcrumb"), .a(.href(SiteURL.participant(form.participantID).path), .plain(form.person)))
            },
            .h1(.plain(model.title)),
            .p(.class("hint"), .plain(t(.dataRequestsIntro))),
            .unwrap(model.form) { requestForm($0, context) },
            .h2(.plain(model.form == nil ? t(.dataRequestsOpen) : t(.dataRequestsOfPerson))),
            table(model.open, empty: t(.dataRequestsNone), context),
            .if(
                model.form == nil,
                .group(
                    .h2(.plain(t(.dataRequestsClosed))),
                    table(model.closed, empty: t(.dataRequestsNoneClosed), context)
                )
            )
        )
    }

    private static func table(_ rows: [Row], empty: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let headers = [
            t(.dataRequestKind), t(.dataRequestPerson), t(.estate), t(.dataRequestReceivedOn), t(.dataRequestDue),
            t(.dataRequestStatus),
        ]
        return Components.dataTable(
            headers,
            rows.map { row in
                [
                    .init(t(row.kind), link: row.path), .init(row.person, link: row.personPath), .init(row.estate),
                    .init(row.receivedOn), .init(row.overdue ? "⚠ " + row.deadline : row.deadline),
                    .init(t(row.status)),
                ]
            },
            empty: empty
        )
    }

    private static func requestForm(_ form: Form, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let state = form.state
        return .form(
            .class("inline-form"),
            .method(.post),
            .action(SiteURL.participantDataRequests(form.participantID).path),
            Components.csrfField(context.csrfToken),
            .h2(.plain(t(.dataRequestNew))),
            .p(.class("hint"), .plain(t(.dataRequestNewHint))),
            Components.errorSummary(state.errors, t),
            Components.selectField(
                "kind",
                label: t(.dataRequestKind),
                choices: DataRequestKind.allCases.map { .init(value: $0.rawValue, label: t(RightsText.kind($0))) },
                selected: state["kind"].value,
                error: state["kind"].error
            ),
            Components.selectField(
                "channel",
                label: t(.dataRequestChannel),
                choices: DataRequestChannel.allCases.map {
                    .init(value: $0.rawValue, label: t(RightsText.channel($0)))
                },
                selected: state["channel"].value,
                error: state["channel"].error
            ),
            Components.textField(
                "received_on",
                label: t(.dataRequestReceivedOn),
                value: state["received_on"].value,
                error: state["received_on"].error,
                hint: t(.dateHint)
            ),
            Components.textField(
                "identity_check",
                label: t(.dataRequestIdentity),
                value: state["identity_check"].value,
                error: state["identity_check"].error,
                hint: t(.dataRequestIdentityHint),
                required: true
            ),
            Components.textField(
                "details",
                label: t(.dataRequestDetails),
                value: state["details"].value,
                error: state["details"].error
            ),
            Components.submit(t(.dataRequestNew))
        )
    }
}
