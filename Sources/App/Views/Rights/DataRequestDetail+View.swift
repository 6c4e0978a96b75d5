import Foundation
import Plot
import SanfanCore

/// One request: what was asked and how identity was checked, the deadline, and either the way to
/// hand over the data and close it, or how it was closed.
enum DataRequestDetail {
    struct Model: Sendable {
        let id: UUID
        let title: String
        let participantID: UUID
        let person: String
        let facts: [(label: Phrase, value: String)]
        let isOpen: Bool
        let handsOverData: Bool
        var closing = Components.FormState()
    }

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .p(
                .class("breadcrumb"),
                .a(.href(SiteURL.dataRequests.path), .plain(t(.navDataRequests))),
                .plain(" · "),
                .a(.href(SiteURL.participant(model.participantID).path), .plain(model.person))
            ),
            .h1(.plain(model.title)),
            .dl(
                .class("facts"),
                .forEach(model.facts) { fact in .group(.dt(.plain(t(fact.label))), .dd(.plain(fact.value))) }
            ),
            .if(
                model.handsOverData,
                .section(
                    .class("card"),
                    .p(.plain(t(.dataRequestHandOverHint))),
                    .div(
                        .class("actions"),
                        .a(
                            .class("button secondary"),
                            .href(SiteURL.participantData(model.participantID).path),
                            .plain(t(.dataRequestDocument))
                        ),
                        .a(
                            .class("button secondary"),
                            .href(SiteURL.participantDataJSON(model.participantID).path),
                            .attribute(named: "download", value: "sanfan-data.json"),
                            .plain(t(.dataRequestJSON))
                        )
                    )
                ),
                else: .if(model.isOpen, .p(.class("hint"), .plain(t(.dataRequestActHint))))
            ),
            .if(model.isOpen, closeForm(model, context))
        )
    }

    private static func closeForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let state = model.closing
        return .form(
            .class("inline-form"),
            .method(.post),
            .action(SiteURL.dataRequestClose(model.id).path),
            Components.csrfField(context.csrfToken),
            .h2(.plain(t(.dataRequestClose))),
            Components.errorSummary(state.errors, t),
            Components.selectField(
                "status",
                label: t(.dataRequestStatus),
                choices: [DataRequestStatus.done, .refused].map {
                    .init(value: $0.rawValue, label: t(RightsText.status($0)))
                },
                selected: state["status"].value,
                error: state["status"].error
            ),
            Components.field(
                "outcome",
                label: t(.dataRequestOutcome),
                error: state["outcome"].error,
                hint: t(.dataRequestOutcomeHint),
                .textarea(
                    .id("outcome"),
                    .name("outcome"),
                    .rows(3),
                    .required(true),
                    .plain(state["outcome"].value ?? "")
                )
            ),
            Components.submit(t(.dataRequestClose))
        )
    }
}
