import Plot
import SanfanCore

extension RoundDetail {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let waiting = model.people.filter { $0.overall == .passed && $0.certificateID == nil }
        return Layout.page(
            model.title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.assessments.path), .plain(t(.assessmentsTitle)))),
            .h1(.plain(model.title)),
            Components.errorSummary(model.errors, t),
            .dl(
                .class("facts"),
                .forEach(model.facts) { fact in
                    .group(.dt(.plain(t(fact.0))), .dd(.plain(fact.1)))
                }
            ),
            .p(
                .class("actions"),
                .if(
                    model.canRecord,
                    .a(.class("button"), .href(SiteURL.roundResults(model.id).path), .plain(t(.recordResults)))
                ),
                .plain(" "),
                .a(.href(SiteURL.roundResultsSheet(model.id).path), .plain(t(.printResultsSheet))),
                .if(
                    !model.certificates.isEmpty,
                    .group(
                        .plain(" · "),
                        .a(.href(SiteURL.roundCertificatesPrint(model.id).path), .plain(t(.printAllCertificates)))
                    )
                )
            ),
            .h2(.id("people"), .plain(t(.candidates))),
            .table(
                .class("cards"),
                .thead(.tr(.th(.plain(t(.fullName))), .th(.plain(t(.overallResult))), .th(.plain(t(.reason))))),
                .tbody(
                    .forEach(model.people) { person in
                        .tr(
                            .td(.attribute(named: "data-label", value: t(.fullName)), .plain(person.name)),
                            .td(
                                .attribute(named: "data-label", value: t(.overallResult)),
                                .span(
                                    .class("result result-\(person.overall.rawValue)"),
                                    .plain(t(AssessmentText.overall(person.overall)))
                                )
                            ),
                            .td(.attribute(named: "data-label", value: t(.reason)), .plain(person.reason ?? "—"))
                        )
                    }
                )
            ),
            .if(model.canRecord, addCandidate(model, context)),
            .if(model.canCertify && !waiting.isEmpty, issue(model, waiting, context)),
            .if(
                !model.certificates.isEmpty,
                .group(
                    .h2(.id("certificates"), .plain(t(.certificatesTitle))),
                    .table(
                        .class("cards"),
                        .thead(
                            .tr(
                                .th(.plain(t(.verificationCode))),
                                .th(.plain(t(.fullName))),
                                .th(.plain(t(.externalNumber))),
                                .th(.plain(t(.issuedOn))),
                                .th(.plain(t(.standing)))
                            )
                        ),
                        .tbody(
                            .forEach(model.certificates) { issued in
                                .tr(
                                    .td(
                                        .attribute(named: "data-label", value: t(.verificationCode)),
                                        .a(
                                            .href(SiteURL.certificate(issued.id).path),
                                            .class("code"),
                                            .plain(issued.code)
                                        )
                                    ),
                                    .td(.attribute(named: "data-label", value: t(.fullName)), .plain(issued.name)),
                                    .td(
                                        .attribute(named: "data-label", value: t(.externalNumber)),
                                        .plain(issued.externalNumber ?? "—")
                                    ),
                                    .td(.attribute(named: "data-label", value: t(.issuedOn)), .plain(issued.issuedOn)),
                                    .td(
                                        .attribute(named: "data-label", value: t(.standing)),
                                        .plain(t(AssessmentText.standing(issued.standing)))
                                    )
                                )
                            }
                        )
                    )
                )
            )
        )
    }

    private static func addCandidate(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .section(
            .id("add"),
            .h2(.plain(t(.addCandidate))),
            .p(.class("hint"), .plain(t(.addCandidateHint))),
            .form(
                .class("search"),
                .method(.get),
                .action(SiteURL.round(model.id).path + "#add"),
                Components.textField("q", label: t(.searchLabel), value: model.search, error: nil, type: .search),
                Components.submit(t(.search), secondary: true)
            ),
            .if(
                !model.matches.isEmpty || model.errors["participant_id"] != nil,
                .form(
                    .method(.post),
                    .action(SiteURL.roundCandidates(model.id).path),
                    Components.csrfField(context.csrfToken),
                    .fieldset(
                        .element(named: "legend", text: t(.fullName)),
                        .unwrap(model.errors["participant_id"]) { .p(.class("error"), .plain($0)) },
                        .forEach(model.matches) { match in
                            .label(
                                .class("choice"),
                                .input(
                                    .type(.radio),
                                    .name("participant_id"),
                                    .value(match.value),
                                    .checked(model.values["participant_id"] == match.value)
                                ),
                                .plain(" " + match.label)
                            )
                        }
                    ),
                    Components.textField(
                        "reason",
                        label: t(.reason),
                        value: model.values["reason"],
                        error: model.errors["reason"],
                        required: true
                    ),
                    Components.submit(t(.addCandidate), secondary: true)
                )
            )
        )
    }

    private static func issue(_ model: Model, _ waiting: [Person], _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .form(
            .class("inline-form"),
            .method(.post),
            .action(SiteURL.roundCertificates(model.id).path),
            Components.csrfField(context.csrfToken),
            .h2(.id("issue"), .plain(t(.issueCertificates))),
            .p(.class("hint"), .plain(t(.issueHint))),
            Components.textField(
                "issued_on",
                label: t(.issuedOn),
                value: model.values["issued_on"],
                error: model.errors["issued_on"],
                hint: t(.dateHint),
                required: true
            ),
            Components.textField(
                "expires_on",
                label: t(.expiresOn),
                value: model.values["expires_on"],
                error: model.errors["expires_on"],
                hint: t(.expiresHint)
            ),
            .forEach(waiting) { person in
                let name = "external_\(person.candidateID.uuidString.lowercased())"
                return Components.textField(
                    name,
                    label: "\(t(.externalNumber)): \(person.name)",
                    value: model.values[name],
                    error: model.errors[name]
                )
            },
            Components.submit(t(.issueCertificates))
        )
    }
}

/// Results and standings as phrases.
enum AssessmentText {
    static func overall(_ result: OverallResult) -> Phrase {
        switch result {
        case .pending: .resultPending
        case .passed: .resultPassed
        case .notYetCompetent: .resultNotYetCompetent
        case .absent: .resultAbsent
        }
    }

    static func unit(_ outcome: UnitOutcome) -> Phrase {
        switch outcome {
        case .pass: .unitPass
        case .notYetCompetent: .unitNotYet
        case .absent: .unitAbsent
        }
    }

    static func standing(_ standing: AssessmentRules.Standing) -> Phrase {
        switch standing {
        case .valid: .standingValid
        case .expired: .standingExpired
        case .revoked: .standingRevoked
        }
    }

    static func reason(_ reason: RevocationReason) -> Phrase {
        switch reason {
        case .correction: .reasonCorrection
        case .issuedInError: .reasonIssuedInError
        case .withdrawnByBody: .reasonWithdrawn
        case .fraud: .reasonFraud
        }
    }

    static func body(_ body: CertifyingBodyKind) -> Phrase {
        switch body {
        case .tpqi: .bodyTPQI
        case .dsd: .bodyDSD
        case .other: .bodyOther
        }
    }
}
