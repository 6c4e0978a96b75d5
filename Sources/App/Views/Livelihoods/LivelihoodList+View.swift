import Plot
import SanfanCore

extension LivelihoodList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .unwrap(model.breadcrumb) { .p(.class("breadcrumb"), .a(.href($0.path), .plain($0.label))) },
            .if(
                model.links.count > 1,
                .nav(
                    .class("subnav"),
                    .attribute(named: "aria-label", value: t(.livelihoodsHeading)),
                    .forEach(model.links) { .a(.href($0.path), .plain(t($0.phrase))) }
                )
            ),
            .h1(.plain(model.title)),
            .unwrap(model.intro) { .p(.class("hint"), .plain($0)) },
            .if(model.sharedOnly, .p(.class("notice"), .plain(t(.sharedOnlyList)))),
            .unwrap(model.filterNote) { note in
                .p(
                    .class("notice"),
                    .plain(note),
                    .unwrap(model.clearPath) { .group(.plain(" · "), .a(.href($0), .plain(t(.clearFilters)))) }
                )
            },
            .forEach(model.tables) { table in
                .group(
                    .unwrap(table.heading) { .h2(.plain($0)) },
                    Components.dataTable(table.headers, table.rows, empty: table.empty)
                )
            },
            .unwrap(model.nextPath) { .p(.class("pager"), .a(.href($0), .plain(t(.olderRecords)))) },
            .unwrap(model.form) { form(for: $0, model.state, context) }
        )
    }

    private static func form(
        for form: Form,
        _ s: Components.FormState,
        _ context: PageContext
    )
        -> Node<HTML.BodyContext>
    {
        let t = context.t
        func text(_ name: String, _ label: Phrase, hint: String? = nil) -> Node<HTML.FormContext> {
            Components.textField(name, label: t(label), value: s[name].value, error: s[name].error, hint: hint)
        }
        func select(_ name: String, _ label: Phrase, _ choices: [Components.Choice]) -> Node<HTML.FormContext> {
            Components.selectField(
                name,
                label: t(label),
                choices: choices,
                selected: s[name].value,
                error: s[name].error
            )
        }
        switch form {
        case .enterprise(let estates, let communities, let occupations):
            return .form(
                .class("inline-form"),
                .method(.post),
                .action(SiteURL.enterprises.path),
                Components.csrfField(context.csrfToken),
                .h2(.plain(t(.newEnterprise))),
                Components.errorSummary(s.errors, t),
                select(
                    "kind",
                    .enterpriseKind,
                    EnterpriseKind.allCases.map { .init(value: $0.rawValue, label: t(LivelihoodText.kind($0))) }
                ),
                text("name", .enterpriseName),
                text("registration_code", .registrationCode, hint: t(.registrationCodeHint)),
                text("juristic_id", .juristicID, hint: t(.juristicIDHint)),
                select("estate_id", .estate, estates),
                Components.groupedSelectField(
                    "community_id",
                    label: t(.community),
                    empty: "—",
                    groups: communities,
                    selected: s["community_id"].value ?? "",
                    error: s["community_id"].error
                ),
                select("occupation_id", .occupation, [.init(value: "", label: "—")] + occupations),
                text("products", .products),
                text("started_on", .startedOn, hint: t(.dateHint)),
                Components.submit(t(.newEnterprise))
            )
        case .loanMove(let loanID, let next):
            return .form(
                .class("inline-form"),
                .method(.post),
                .action(SiteURL.loanMoves(loanID).path),
                Components.csrfField(context.csrfToken),
                .h2(.plain(t(.moveLoan))),
                .p(.class("hint"), .plain(t(.moveLoanHint))),
                Components.errorSummary(s.errors, t),
                select("status", .loanStatus, next),
                text("on", .statusDate, hint: t(.dateHint)),
                text("amount_approved", .amountApproved),
                text("amount_disbursed", .amountDisbursed),
                select(
                    "guaranteed",
                    .tcgGuarantee,
                    [.init(value: "no", label: t(.no)), .init(value: "yes", label: t(.yes))]
                ),
                text("guaranteed_amount", .guaranteedAmount),
                select(
                    "decline_reason",
                    .declineReason,
                    [.init(value: "", label: "—")]
                        + DeclineReason.allCases.map { .init(value: $0.rawValue, label: t(LivelihoodText.reason($0))) }
                ),
                Components.submit(t(.moveLoan))
            )
        case .loanOpen(let referralID):
            return .form(
                .class("inline-form"),
                .method(.post),
                .action(SiteURL.referralLoan(referralID).path),
                Components.csrfField(context.csrfToken),
                .p(.class("hint"), .plain(t(.openLoanHint))),
                Components.errorSummary(s.errors, t),
                .unwrap(s.errors["referral_id"]) { .p(.class("error"), .plain($0)) },
                text("product", .loanProduct),
                text("amount_requested", .amountRequested),
                Components.submit(t(.openLoan))
            )
        case .revenue(let enterpriseID):
            return .form(
                .class("inline-form"),
                .method(.post),
                .action(SiteURL.enterpriseRevenue(enterpriseID).path),
                Components.csrfField(context.csrfToken),
                .h2(.plain(t(.recordRevenue))),
                Components.errorSummary(s.errors, t),
                text("month", .revenueMonth, hint: t(.revenueMonthHint)),
                text("revenue", .monthlyRevenue),
                Components.submit(t(.recordRevenue))
            )
        }
    }
}
