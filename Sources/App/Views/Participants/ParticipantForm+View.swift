import Plot
import SanfanCore

extension ParticipantForm {
    static let prefixes = ["นาย", "นาง", "นางสาว", "ด.ช.", "ด.ญ."]

    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let title = model.isNew ? t(.registerPerson) : t(.editPerson)
        let action = model.id.map { SiteURL.participant($0).path } ?? SiteURL.participants.path
        func field(
            _ name: String,
            _ label: Phrase,
            hint: String? = nil,
            required: Bool = false
        ) -> Node<HTML.FormContext> {
            Components.textField(
                name,
                label: t(label),
                value: model.value(name),
                error: model.errors[name],
                hint: hint,
                required: required
            )
        }
        func select(
            _ name: String,
            _ label: Phrase,
            _ choices: [Components.Choice],
            hint: String? = nil
        )
            -> Node<HTML.FormContext>
        {
            Components.selectField(
                name,
                label: t(label),
                choices: choices,
                selected: model.value(name),
                error: model.errors[name],
                hint: hint
            )
        }
        let genders =
            [Components.Choice(value: "", label: "—")]
            + Gender.allCases.map { Components.Choice(value: $0.rawValue, label: t(RegistryText.gender($0))) }
        let education = EducationLevel.allCases.map {
            Components.Choice(value: $0.rawValue, label: t(RegistryText.education($0)))
        }
        let channels = Consent.Channel.typed.map {
            Components.Choice(value: $0.rawValue, label: t(RegistryText.channel($0)))
        }
        return Layout.page(
            title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.participants.path), .plain(t(.registryTitle)))),
            .h1(.plain(title)),
            Components.errorSummary(model.errors, t),
            .form(
                .class("card person-form"),
                .method(.post),
                .action(action),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(context.csrfToken),
                .unwrap(model.duplicateWarning) { warning in
                    .div(
                        .class("warning"),
                        .attribute(named: "role", value: "alert"),
                        .p(.plain(warning)),
                        .label(
                            .input(.type(.checkbox), .name("confirm_duplicate"), .value("1")),
                            .plain(" " + t(.confirmDifferentPerson))
                        )
                    )
                },
                .fieldset(
                    .element(named: "legend", text: t(.sectionIdentity)),
                    Components.field(
                        "prefix",
                        label: t(.prefix),
                        error: model.errors["prefix"],
                        .group(
                            .input(
                                .id("prefix"),
                                .name("prefix"),
                                .type(.text),
                                .value(model.value("prefix").attributeEscaped),
                                .attribute(named: "list", value: "prefixes")
                            ),
                            .element(
                                named: "datalist",
                                nodes: [.attribute(named: "id", value: "prefixes")]
                                    + prefixes.map {
                                        .element(named: "option", nodes: [.attribute(named: "value", value: $0)])
                                    }
                            )
                        )
                    ),
                    field("first_name_th", .firstNameTh, required: true),
                    field("last_name_th", .lastNameTh, required: true),
                    field("first_name_en", .firstNameEn),
                    field("last_name_en", .lastNameEn),
                    select("gender", .gender, genders),
                    field("birth_date", .birthDate, hint: t(.birthDateHint), required: true),
                    field(
                        "national_id",
                        .nationalID,
                        hint: model.isNew ? t(.nationalIDHint) : t(.nationalIDKeepHint, model.maskedNationalID ?? "—")
                    ),
                    field("no_id_reason", .noIDReason, hint: t(.noIDReasonHint))
                ),
                .fieldset(
                    .element(named: "legend", text: t(.sectionContact)),
                    field("phone", .phone, hint: t(.phoneHint)),
                    field("house_no", .houseNo),
                    field("moo", .moo),
                    field("soi", .soi),
                    field("road", .road),
                    select("province_code", .province, model.provinceChoices),
                    .button(
                        .type(.submit),
                        .name("refresh"),
                        .value("1"),
                        .class("button secondary small refresh"),
                        .plain(t(.showSubdistricts))
                    ),
                    Components.groupedSelectField(
                        "subdistrict_code",
                        label: t(.subdistrict),
                        empty: "—",
                        groups: model.subdistrictGroups,
                        selected: model.value("subdistrict_code"),
                        error: model.errors["subdistrict_code"],
                        hint: t(.subdistrictHint)
                    )
                ),
                .fieldset(
                    .element(named: "legend", text: t(.sectionProgramme)),
                    select("estate_id", .estate, model.estateChoices),
                    Components.groupedSelectField(
                        "community_id",
                        label: t(.community),
                        empty: t(.noCommunity),
                        groups: model.communityGroups,
                        selected: model.value("community_id"),
                        error: model.errors["community_id"]
                    ),
                    select("education_level", .educationLevel, education),
                    field("prior_occupation", .priorOccupation),
                    field("baseline_income", .baselineIncome, hint: t(.baselineIncomeHint)),
                    field("disability", .disability, hint: t(.disabilityHint)),
                    Components.field(
                        "notes",
                        label: t(.notes),
                        error: model.errors["notes"],
                        .textarea(.id("notes"), .name("notes"), .rows(3), .plain(model.value("notes")))
                    )
                ),
                .if(
                    model.isNew,
                    .fieldset(
                        .class("field checkboxes" + (model.errors["consents"] == nil ? "" : " has-error")),
                        .element(named: "legend", text: t(.sectionConsent)),
                        .small(.class("hint"), .plain(t(.consentHint))),
                        .div(
                            .class("checkbox-list consent-list"),
                            .forEach(model.consentItems) { item in
                                .label(
                                    .input(
                                        .type(.checkbox),
                                        .name("consents[]"),
                                        .value(item.value.attributeEscaped),
                                        .checked(model.consents.contains(item.value))
                                    ),
                                    .plain(" " + item.label)
                                )
                            }
                        ),
                        .unwrap(model.errors["consents"]) { .p(.class("error"), .plain($0)) },
                        select("consent_channel", .consentChannel, channels),
                        field("consent_date", .consentDate, hint: t(.dateHint)),
                        .p(.a(.href(SiteURL.blankConsentForm.path), .plain(t(.printConsentForm))))
                    )
                ),
                .div(
                    .class("actions"),
                    Components.submit(model.isNew ? t(.registerPerson) : t(.save)),
                    .a(
                        .class("button secondary"),
                        .href(model.id.map { SiteURL.participant($0).path } ?? SiteURL.participants.path),
                        .plain(t(.cancel))
                    )
                )
            )
        )
    }
}
