import Plot
import SanfanCore

extension PersonLivelihood {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            "\(t(.livelihoodTitle)) · \(model.person)",
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.participant(model.participantID).path), .plain(model.person))),
            .h1(.plain(t(.livelihoodTitle)), .plain(" · "), .plain(model.person)),
            .section(
                .id("income"),
                .h2(.plain(t(.incomeHeading))),
                .p(.plain(t(.setBaseline)), .plain(": "), .strong(.plain(model.baseline ?? t(.baselineNotAsked)))),
                Components.dataTable(
                    [t(.followUpMonths), t(.course), t(.followUpDoneOn), t(.monthlyIncome), t(.incomeSource)],
                    model.followUps,
                    empty: t(.noFollowUpsYet)
                ),
                .if(model.canRecord, baselineForm(model, context)),
                .if(model.canRecord && !model.courseChoices.isEmpty, followUpForm(model, context))
            ),
            .section(
                .id("enterprises"),
                .h2(.plain(t(.enterprisesTitle))),
                Components.dataTable(
                    [t(.enterpriseName), t(.enterpriseKind), t(.memberRole), t(.joinedOn)],
                    model.enterprises,
                    empty: t(.noEnterprisesYet)
                ),
                .if(model.canRecord && !model.enterpriseChoices.isEmpty, memberForm(model, context))
            ),
            .section(
                .id("jobs"),
                .h2(.plain(t(.placementsTitle))),
                Components.dataTable(
                    [t(.employer), t(.position), t(.startedOn), t(.monthlyWage), t(.insideEstate)],
                    model.placements,
                    empty: t(.noPlacementsYet)
                ),
                .if(model.canRecord, placementForm(model, context))
            ),
            .section(
                .id("mentoring"),
                .h2(.plain(t(.mentoringTitle))),
                Components.dataTable(
                    [t(.heldOn), t(.mentoringTopic), t(.mentor), t(.notes)],
                    model.mentoring,
                    empty: t(.noMentoringYet)
                ),
                .if(model.canMentor, mentoringForm(model, context))
            ),
            .section(
                .id("loans"),
                .h2(.plain(t(.loansTitle))),
                Components.dataTable(
                    [t(.loanProduct), t(.bank), t(.loanStatus), t(.amountRequested), t(.amountApproved)],
                    model.loans,
                    empty: t(.noLoansYet)
                )
            )
        )
    }

    private static func form(
        _ route: SiteURL,
        _ heading: Phrase,
        _ state: Components.FormState,
        _ context: PageContext,
        _ fields: [Node<HTML.FormContext>],
        submit: Phrase
    ) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"),
            .method(.post),
            .action(route.path),
            Components.csrfField(context.csrfToken),
            .h3(.plain(context.t(heading))),
            Components.errorSummary(state.errors, context.t),
            .group(fields),
            Components.submit(context.t(submit))
        )
    }

    private static func baselineForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let s = model.state(.baseline)
        return form(
            .participantBaseline(model.participantID),
            .setBaseline,
            s,
            context,
            [
                Components.textField(
                    "monthly_income",
                    label: t(.monthlyIncome),
                    value: s["monthly_income"].value,
                    error: s["monthly_income"].error,
                    hint: t(.baselineHint)
                ),
                Components.textField(
                    "asked_on",
                    label: t(.askedOn),
                    value: s["asked_on"].value,
                    error: s["asked_on"].error,
                    hint: t(.dateHint)
                ),
            ],
            submit: .save
        )
    }

    private static func followUpForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let s = model.state(.followUp)
        return form(
            .participantFollowUps(model.participantID),
            .keyFollowUp,
            s,
            context,
            [
                Components.selectField(
                    "course_id",
                    label: t(.course),
                    choices: model.courseChoices,
                    selected: s["course_id"].value,
                    error: s["course_id"].error
                ),
                Components.selectField(
                    "months",
                    label: t(.followUpMonths),
                    choices: FollowUpSchedule.months.map {
                        .init(value: String($0), label: t(.afterMonths, String($0)))
                    },
                    selected: s["months"].value,
                    error: s["months"].error
                ),
                Components.textField(
                    "done_on",
                    label: t(.followUpDoneOn),
                    value: s["done_on"].value,
                    error: s["done_on"].error,
                    hint: t(.dateHint)
                ),
                Components.selectField(
                    "reached",
                    label: t(.reachedQuestion),
                    choices: [
                        .init(value: "yes", label: t(.reachedYes)), .init(value: "no", label: t(.couldNotReach)),
                    ],
                    selected: s["reached"].value,
                    error: s["reached"].error
                ),
                FollowUpText.incomeFields(s, t),
            ],
            submit: .save
        )
    }

    private static func memberForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let s = model.state(.enterprise)
        return form(
            .participantEnterprises(model.participantID),
            .joinEnterprise,
            s,
            context,
            [
                Components.selectField(
                    "enterprise_id",
                    label: t(.enterpriseName),
                    choices: model.enterpriseChoices,
                    selected: s["enterprise_id"].value,
                    error: s["enterprise_id"].error ?? s["participant_id"].error
                ),
                Components.selectField(
                    "role",
                    label: t(.memberRole),
                    choices: MemberRole.allCases.map { .init(value: $0.rawValue, label: t(LivelihoodText.role($0))) },
                    selected: s["role"].value,
                    error: s["role"].error
                ),
                Components.textField(
                    "joined_on",
                    label: t(.joinedOn),
                    value: s["joined_on"].value,
                    error: s["joined_on"].error,
                    hint: t(.dateHint)
                ),
            ],
            submit: .joinEnterprise
        )
    }

    private static func placementForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let s = model.state(.placement)
        return form(
            .participantPlacements(model.participantID),
            .recordPlacement,
            s,
            context,
            [
                Components.selectField(
                    "employer_id",
                    label: t(.employer),
                    choices: [.init(value: "", label: t(.employerNotListed))] + model.employerChoices,
                    selected: s["employer_id"].value,
                    error: s["employer_id"].error
                ),
                Components.textField(
                    "employer_name",
                    label: t(.employerName),
                    value: s["employer_name"].value,
                    error: s["employer_name"].error,
                    hint: t(.employerNameHint)
                ),
                Components.textField(
                    "position",
                    label: t(.position),
                    value: s["position"].value,
                    error: s["position"].error
                ),
                Components.selectField(
                    "occupation_id",
                    label: t(.occupation),
                    choices: [.init(value: "", label: "—")] + model.occupationChoices,
                    selected: s["occupation_id"].value,
                    error: s["occupation_id"].error
                ),
                Components.textField(
                    "started_on",
                    label: t(.startedOn),
                    value: s["started_on"].value,
                    error: s["started_on"].error,
                    hint: t(.dateHint)
                ),
                Components.textField(
                    "ended_on",
                    label: t(.endedOn),
                    value: s["ended_on"].value,
                    error: s["ended_on"].error,
                    hint: t(.endedOnHint)
                ),
                Components.textField(
                    "monthly_wage",
                    label: t(.monthlyWage),
                    value: s["monthly_wage"].value,
                    error: s["monthly_wage"].error
                ),
                Components.selectField(
                    "inside_estate",
                    label: t(.insideEstate),
                    choices: [.init(value: "yes", label: t(.yes)), .init(value: "no", label: t(.no))],
                    selected: s["inside_estate"].value,
                    error: nil
                ),
            ],
            submit: .recordPlacement
        )
    }

    private static func mentoringForm(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let s = model.state(.mentoring)
        return form(
            .participantMentoring(model.participantID),
            .logMentoring,
            s,
            context,
            [
                model.mentorsAsSelf
                    ? .empty
                    : Components.selectField(
                        "mentor_id",
                        label: t(.mentor),
                        choices: model.mentorChoices,
                        selected: s["mentor_id"].value,
                        error: s["mentor_id"].error
                    ),
                Components.selectField(
                    "topic",
                    label: t(.mentoringTopic),
                    choices: MentoringTopic.allCases.map {
                        .init(value: $0.rawValue, label: t(LivelihoodText.topic($0)))
                    },
                    selected: s["topic"].value,
                    error: s["topic"].error
                ),
                Components.textField(
                    "held_on",
                    label: t(.heldOn),
                    value: s["held_on"].value,
                    error: s["held_on"].error ?? s["participant_ids"].error,
                    hint: t(.dateHint)
                ),
                Components.textField("notes", label: t(.notes), value: s["notes"].value, error: s["notes"].error),
            ],
            submit: .logMentoring
        )
    }
}
