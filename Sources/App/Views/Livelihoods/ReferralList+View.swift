import Plot
import SanfanCore

extension ReferralList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            model.title,
            context,
            .unwrap(model.form) { form in
                .p(.class("breadcrumb"), .a(.href(SiteURL.participant(form.participantID).path), .plain(form.person)))
            },
            .h1(.plain(model.title)),
            .if(model.sharedOnly, .p(.class("notice"), .plain(t(.sharedOnlyList)))),
            .unwrap(model.form) { referralForm($0, context) },
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noReferralsYet)))),
            .if(
                !model.rows.isEmpty,
                .table(
                    .class("cards"),
                    .thead(
                        .tr(
                            .th(.plain(t(.fullName))),
                            .th(.plain(t(.bank))),
                            .th(.plain(t(.purpose))),
                            .th(.plain(t(.amountSought))),
                            .th(.plain(t(.referredOn))),
                            .th(.plain(t(.estate))),
                            .th(.plain(t(.loanTitle)))
                        )
                    ),
                    .tbody(
                        .forEach(model.rows) { row in
                            .tr(
                                .td(
                                    .class("name"),
                                    .attribute(named: "data-label", value: t(.fullName)),
                                    row.personPath.map { .a(.href($0), .plain(row.person)) } ?? .plain(row.person)
                                ),
                                .td(.attribute(named: "data-label", value: t(.bank)), .plain(row.bank)),
                                .td(.attribute(named: "data-label", value: t(.purpose)), .plain(t(row.purpose))),
                                .td(
                                    .class("number"),
                                    .attribute(named: "data-label", value: t(.amountSought)),
                                    .plain(row.amount)
                                ),
                                .td(.attribute(named: "data-label", value: t(.referredOn)), .plain(row.referredOn)),
                                .td(.attribute(named: "data-label", value: t(.estate)), .plain(row.estate)),
                                .td(.attribute(named: "data-label", value: t(.loanTitle)), loanCell(row, context))
                            )
                        }
                    )
                )
            )
        )
    }

    /// The loan opened from a referral, or for its bank a one-line form to open it.
    private static func loanCell(_ row: Row, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        if let path = row.loanPath { return .a(.href(path), .plain(t(.loanTitle))) }
        guard let open = row.openLoanPath else { return .plain("—") }
        return .form(
            .class("row-form"),
            .method(.post),
            .action(open),
            Components.csrfField(context.csrfToken),
            .label(
                .plain(t(.loanProduct)),
                .input(.type(.text), .name("product"), .required(true), .attribute(named: "maxlength", value: "120"))
            ),
            Components.submit(t(.openLoan), secondary: true)
        )
    }

    private static func referralForm(_ form: Form, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        return .form(
            .class("inline-form"),
            .method(.post),
            .action(SiteURL.participantReferrals(form.participantID).path),
            Components.csrfField(context.csrfToken),
            .h2(.plain(t(.referToBank))),
            .p(.class("hint"), .plain(t(.referToBankHint))),
            Components.errorSummary(form.errors, t),
            Components.selectField(
                "bank_id",
                label: t(.bank),
                choices: form.bankChoices,
                selected: form.values["bank_id"],
                error: form.errors["bank_id"]
            ),
            .if(
                !form.enterpriseChoices.isEmpty,
                Components.selectField(
                    "enterprise_id",
                    label: t(.enterpriseName),
                    choices: [.init(value: "", label: t(.referralForPerson))] + form.enterpriseChoices,
                    selected: form.values["enterprise_id"],
                    error: form.errors["enterprise_id"]
                )
            ),
            Components.selectField(
                "purpose",
                label: t(.purpose),
                choices: ReferralPurpose.allCases.map { .init(value: $0.rawValue, label: t(ReferralText.purpose($0))) },
                selected: form.values["purpose"],
                error: form.errors["purpose"]
            ),
            Components.textField(
                "amount_sought",
                label: t(.amountSought),
                value: form.values["amount_sought"],
                error: form.errors["amount_sought"],
                type: .text
            ),
            Components.textField(
                "referred_on",
                label: t(.referredOn),
                value: form.values["referred_on"],
                error: form.errors["referred_on"],
                hint: t(.dateHint)
            ),
            Components.textField("notes", label: t(.notes), value: form.values["notes"], error: form.errors["notes"]),
            Components.submit(t(.referToBank))
        )
    }
}

enum ReferralText {
    static func purpose(_ purpose: ReferralPurpose) -> Phrase {
        switch purpose {
        case .startUp: .purposeStartUp
        case .workingCapital: .purposeWorkingCapital
        case .equipment: .purposeEquipment
        }
    }
}
