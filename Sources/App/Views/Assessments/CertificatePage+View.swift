import Plot
import SanfanCore

extension CertificatePage {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            "\(t(.certificate)) \(model.code)",
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.round(model.roundID).path), .plain(t(.round)))),
            .h1(.plain(t(.certificate) + " "), .span(.class("code"), .plain(model.code))),
            Components.errorSummary(model.errors, t),
            .p(
                .class("standing standing-\(model.standing.rawValue)"),
                .strong(.plain(t(AssessmentText.standing(model.standing)))),
                .unwrap(model.revokedLine) { .plain(" · " + $0) }
            ),
            .unwrap(model.replacedBy) { replacement in
                .p(
                    .plain(t(.replacedBy) + " "),
                    .a(.href(SiteURL.certificate(replacement.id).path), .class("code"), .plain(replacement.code))
                )
            },
            .dl(
                .class("facts"),
                .group(.dt(.plain(t(.holder))), .dd(.plain(model.holder))),
                .forEach(model.facts) { fact in .group(.dt(.plain(t(fact.0))), .dd(.plain(fact.1))) }
            ),
            .p(
                .class("actions"),
                .a(.class("button"), .href(SiteURL.certificatePrint(model.id).path), .plain(t(.printCertificate))),
                .plain(" "),
                .a(.href(SiteURL.certificateCredential(model.id).path), .plain(t(.downloadCredential))),
                .plain(" · "),
                .a(
                    .href(SiteURL.verify(model.code.replacingOccurrences(of: "-", with: "")).path),
                    .plain(t(.verifyTitle))
                )
            ),
            .if(
                model.canManage && model.standing != .revoked,
                .group(
                    .form(
                        .class("inline-form"),
                        .method(.post),
                        .action(SiteURL.certificateRevoke(model.id).path),
                        Components.csrfField(context.csrfToken),
                        .h2(.plain(t(.revokeCertificate))),
                        Components.selectField(
                            "reason",
                            label: t(.reason),
                            choices: RevocationReason.allCases.filter { $0 != .correction }.map {
                                .init(value: $0.rawValue, label: t(AssessmentText.reason($0)))
                            },
                            selected: model.values["reason"],
                            error: model.errors["reason"]
                        ),
                        Components.submit(t(.revoke), secondary: true)
                    ),
                    .form(
                        .class("inline-form"),
                        .method(.post),
                        .action(SiteURL.certificateReissue(model.id).path),
                        Components.csrfField(context.csrfToken),
                        .h2(.plain(t(.reissue))),
                        .p(.class("hint"), .plain(t(.reissueHint))),
                        Components.textField(
                            "external_number",
                            label: t(.externalNumber),
                            value: model.values["external_number"],
                            error: model.errors["external_number"]
                        ),
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
                        Components.submit(t(.reissue), secondary: true)
                    )
                )
            )
        )
    }
}

extension CertificatePrint {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            Layout.printHead(model.title),
            .body(
                .class("printout certificates"),
                .div(.class("no-print"), .p(.a(.href(model.back), .plain(t(.back)))), .p(.plain(t(.printHint)))),
                .forEach(model.sheets) { sheet in
                    .article(
                        .class("certificate-sheet"),
                        .p(.class("issuer"), .plain(t(.programmeName)), .plain(" · "), .plain(sheet.estate)),
                        .h1(.plain(t(.certificateHeading))),
                        .p(.class("certifies"), .plain(t(.certifiesThat))),
                        .p(.class("holder"), .plain(sheet.holder)),
                        .p(.class("certifies"), .plain(t(.hasPassedStandard))),
                        .p(.class("standard"), .plain(sheet.standard)),
                        .p(
                            .class("level"),
                            .plain(
                                sheet.level.isEmpty
                                    ? sheet.occupation : "\(t(.levelLabel)) \(sheet.level) · \(sheet.occupation)"
                            )
                        ),
                        .div(
                            .class("certificate-foot"),
                            .dl(
                                .group(
                                    .dt(.plain(t(.certifyingBody))),
                                    .dd(.plain("\(sheet.body) · \(sheet.assessor)"))
                                ),
                                .unwrap(sheet.externalNumber) {
                                    .group(.dt(.plain(t(.externalNumber))), .dd(.plain($0)))
                                },
                                .group(.dt(.plain(t(.heldOn))), .dd(.plain(sheet.heldOn))),
                                .group(.dt(.plain(t(.issuedOn))), .dd(.plain(sheet.issuedOn))),
                                .unwrap(sheet.expiresOn) { .group(.dt(.plain(t(.expiresOn))), .dd(.plain($0))) },
                                .group(.dt(.plain(t(.verificationCode))), .dd(.class("code"), .plain(sheet.code)))
                            ),
                            .div(
                                .class("qr"),
                                .raw(sheet.qr),
                                .p(.plain(t(.scanToVerify)), .br(), .small(.plain(sheet.verifyURL)))
                            )
                        )
                    )
                }
            )
        )
    }
}
