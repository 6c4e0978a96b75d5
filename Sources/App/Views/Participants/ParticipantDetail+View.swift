import Plot

extension ParticipantDetail {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        func facts(_ facts: [Fact]) -> Node<HTML.BodyContext> {
            .element(
                named: "dl",
                nodes: facts.flatMap { fact -> [Node<HTML.BodyContext>] in
                    [.element(named: "dt", text: t(fact.label)), .element(named: "dd", nodes: [.plain(fact.value)])]
                }
            )
        }
        return Layout.page(
            model.name,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.participants.path), .plain(t(.registryTitle)))),
            .div(
                .class("page-head"),
                .div(.h1(.plain(model.name)), .unwrap(model.latinName) { .p(.class("latin"), .plain($0)) }),
                .if(
                    model.canEdit,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(SiteURL.editParticipant(model.id).path), .plain(t(.edit))),
                        .a(
                            .class("button secondary"),
                            .href(SiteURL.participantDataRequests(model.id).path),
                            .plain(t(.navDataRequests))
                        )
                    )
                )
            ),
            .section(
                .class("card"),
                .h2(.plain(t(.sectionIdentity))),
                .unwrap(model.nationalID) { nationalID in
                    .div(
                        .class("id-line"),
                        .span(.class("label"), .plain(t(.nationalID) + ": ")),
                        .code(.id("national-id"), .plain(nationalID)),
                        .if(
                            model.canRevealID && !model.idRevealed,
                            .form(
                                .class("inline"),
                                .method(.post),
                                .action(SiteURL.revealParticipantID(model.id).path),
                                Components.csrfField(context.csrfToken),
                                .button(.type(.submit), .class("link-button"), .plain(t(.revealID)))
                            )
                        ),
                        .if(model.idRevealed, .small(.class("hint"), .plain(t(.revealAudited))))
                    )
                },
                facts(model.identity)
            ),
            .section(.class("card"), .h2(.plain(t(.sectionContact))), facts(model.contact)),
            .section(.class("card"), .h2(.plain(t(.sectionProgramme))), facts(model.programme)),
            .section(
                .class("card"),
                .h2(.plain(t(.sectionConsent))),
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.plain(t(.consentPurpose))),
                                .th(.plain(t(.status))),
                                .th(.plain(t(.consentEvidence))),
                                .th()
                            )
                        ),
                        .tbody(
                            .forEach(model.consents) { row in
                                .tr(
                                    .td(.plain(row.label)),
                                    .td(
                                        .span(
                                            .class(
                                                row.granted == true
                                                    ? "badge ok" : row.granted == false ? "badge off" : "badge none"
                                            ),
                                            .plain(
                                                t(
                                                    row.granted == true
                                                        ? .consentGiven
                                                        : row.granted == false ? .consentRefused : .consentNotAsked
                                                )
                                            )
                                        )
                                    ),
                                    .td(.small(.plain(row.detail))),
                                    .td(
                                        .if(
                                            model.canEdit,
                                            .form(
                                                .class("inline"),
                                                .method(.post),
                                                .action(SiteURL.participantConsent(model.id).path),
                                                Components.csrfField(context.csrfToken),
                                                .input(.type(.hidden), .name("item"), .value(row.key.attributeEscaped)),
                                                .input(
                                                    .type(.hidden),
                                                    .name("granted"),
                                                    .value(row.granted == true ? "0" : "1")
                                                ),
                                                .button(
                                                    .type(.submit),
                                                    .class("button secondary small"),
                                                    .plain(t(row.granted == true ? .withdrawConsent : .giveConsent))
                                                )
                                            )
                                        )
                                    )
                                )
                            }
                        )
                    )
                ),
                .if(
                    model.canEdit,
                    .p(
                        .a(.href(SiteURL.participantConsentForm(model.id).path), .plain(t(.printConsentForm))),
                        .plain(" · "),
                        .a(.href(SiteURL.participantReferrals(model.id).path), .plain(t(.referToBank)))
                    )
                ),
                .p(.a(.href(SiteURL.participantLivelihood(model.id).path), .plain(t(.livelihoodsHeading))))
            ),
            .section(
                .class("card"),
                .h2(.plain(t(.peopleCourses))),
                .if(model.courses.isEmpty, .p(.class("empty"), .plain(t(.noCoursesYet)))),
                .ul(
                    .class("course-lines"),
                    .forEach(model.courses) { line in
                        .li(
                            line.path.map { .a(.href($0), .plain(line.title)) } ?? .plain(line.title),
                            .plain(" · " + line.detail + " · "),
                            .strong(.plain(t(line.status)))
                        )
                    }
                )
            ),
            .if(
                !model.certificates.isEmpty,
                .section(
                    .class("card"),
                    .h2(.plain(t(.personCertificates))),
                    .ul(
                        .class("course-lines"),
                        .forEach(model.certificates) { line in
                            .li(
                                line.path.map { .a(.href($0), .plain(line.title)) } ?? .plain(line.title),
                                .plain(" · " + line.detail + " · "),
                                .strong(.plain(t(line.status)))
                            )
                        }
                    )
                )
            ),
            .if(!model.record.isEmpty, .section(.class("card"), .h2(.plain(t(.sectionRecord))), facts(model.record)))
        )
    }
}
