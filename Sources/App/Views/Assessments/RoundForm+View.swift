import Plot

extension RoundForm {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        func select(_ name: String, _ label: Phrase, _ choices: [Components.Choice]) -> Node<HTML.FormContext> {
            Components.selectField(
                name,
                label: t(label),
                choices: choices,
                selected: model.values[name],
                error: model.errors[name]
            )
        }
        return Layout.page(
            t(.newRound),
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.assessments.path), .plain(t(.assessmentsTitle)))),
            .h1(.plain(t(.newRound))),
            Components.errorSummary(model.errors, t),
            .form(
                .method(.post),
                .action(SiteURL.assessments.path),
                Components.csrfField(context.csrfToken),
                Components.selectField(
                    "course_id",
                    label: t(.course),
                    choices: [.init(value: "", label: t(.standaloneGroup))] + model.courseChoices,
                    selected: model.values["course_id"],
                    error: model.errors["course_id"],
                    hint: t(.courseOrGroupHint)
                ),
                select("cycle_id", .cycle, model.cycleChoices),
                select("estate_id", .estate, model.estateChoices),
                select("occupation_id", .occupation, model.occupationChoices),
                .if(!model.assessorChoices.isEmpty, select("assessor_id", .assessor, model.assessorChoices)),
                select("body", .certifyingBody, model.bodyChoices),
                Components.textField(
                    "held_on",
                    label: t(.heldOn),
                    value: model.values["held_on"],
                    error: model.errors["held_on"],
                    hint: t(.dateHint),
                    required: true
                ),
                Components.textField(
                    "place",
                    label: t(.place),
                    value: model.values["place"],
                    error: model.errors["place"],
                    required: true
                ),
                Components.submit(t(.newRound))
            )
        )
    }
}
