import Plot
import SanfanCore

extension ParticipantList {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        let f = model.filters
        let ageChoices =
            [Components.Choice(value: "", label: t(.allAgeGroups))]
            + AgeGroup.allCases.map { Components.Choice(value: $0.rawValue, label: t(RegistryText.ageGroup($0))) }
        let genderChoices =
            [Components.Choice(value: "", label: t(.allGenders))]
            + Gender.allCases.map { Components.Choice(value: $0.rawValue, label: t(RegistryText.gender($0))) }
        return Layout.page(
            t(.registryTitle),
            context,
            .div(
                .class("page-head"),
                .h1(.plain(t(.registryTitle))),
                .if(
                    model.canRegister,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(SiteURL.newParticipant.path), .plain(t(.registerPerson))),
                        .a(.class("button secondary"), .href(SiteURL.imports.path), .plain(t(.navImports))),
                        .a(.class("button secondary"), .href(SiteURL.duplicates.path), .plain(t(.navDuplicates))),
                        .a(.class("button secondary"), .href(SiteURL.dataRequests.path), .plain(t(.navDataRequests)))
                    )
                )
            ),
            .form(
                .class("card filters"),
                .method(.get),
                .action(SiteURL.participants.path),
                .attribute(named: "role", value: "search"),
                .if(!f.cycle.isEmpty, .input(.type(.hidden), .name("cycle"), .value(f.cycle.attributeEscaped))),
                .if(!f.stage.isEmpty, .input(.type(.hidden), .name("stage"), .value(f.stage.attributeEscaped))),
                Components.textField(
                    "q",
                    label: t(.searchLabel),
                    value: f.q,
                    error: nil,
                    // Only the ways of searching this reader has: a bank cannot search by ID or phone.
                    hint: t(
                        model.shown.contains(.nationalID) || model.shown.contains(.phone)
                            ? .searchHint : .searchHintNames
                    )
                ),
                .if(model.sharedOnly, .p(.class("hint"), .plain(t(.sharedOnlyList)))),
                // On a phone the other filters fold away (no JavaScript: a checkbox and its label), so the
                // first person is on the first screen; open when one of them is in use.
                .input(
                    .type(.checkbox),
                    .id("more-filters"),
                    .class("fold-toggle"),
                    .attribute(named: "aria-label", value: t(.moreFilters)),
                    .checked(!(f.estate + f.community + f.ageGroup + f.gender).isEmpty)
                ),
                .label(.for("more-filters"), .class("fold-button"), .plain(t(.moreFilters))),
                .div(
                    .class("fold"),
                    Components.selectField(
                        "estate",
                        label: t(.estate),
                        choices: [Components.Choice(value: "", label: t(.allEstates))] + model.estateChoices,
                        selected: f.estate,
                        error: nil
                    ),
                    Components.selectField(
                        "community",
                        label: t(.community),
                        choices: [Components.Choice(value: "", label: t(.allCommunities))] + model.communityChoices,
                        selected: f.community,
                        error: nil
                    ),
                    Components.selectField(
                        "age_group",
                        label: t(.ageGroup),
                        choices: ageChoices,
                        selected: f.ageGroup,
                        error: nil
                    ),
                    Components.selectField(
                        "gender",
                        label: t(.gender),
                        choices: genderChoices,
                        selected: f.gender,
                        error: nil
                    )
                ),
                .div(
                    .class("actions"),
                    Components.submit(t(.search)),
                    .a(.class("button secondary"), .href(SiteURL.participants.path), .plain(t(.clearFilters)))
                )
            ),
            .unwrap(model.stageNote) { note in
                .p(.class("notice"), .plain(t(note.stage, t.fiscalYear(note.fiscalYear))))
            },
            .if(model.rows.isEmpty, .p(.class("empty"), .plain(t(.noResults)))),
            .if(
                !model.rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("people cards"),
                        .thead(
                            .tr(
                                .th(.plain(t(.fullName))),
                                .if(model.shown.contains(.nationalID), .th(.plain(t(.nationalID)))),
                                .th(.plain(t(.ageGroup))),
                                .th(.plain(t(.estate))),
                                .th(.plain(t(.community))),
                                .if(model.shown.contains(.phone), .th(.plain(t(.phone))))
                            )
                        ),
                        .tbody(rowsHTML(model, t).node())
                    )
                )
            ),
            .div(
                .class("pager"),
                .if(!model.isFirstPage, .a(.href(SiteURL.participants.path), .plain(t(.firstPage)))),
                .unwrap(model.nextPageQuery) { query in
                    .a(.href(SiteURL.participants.path + "?" + query), .plain(t(.nextPage)))
                }
            )
        )
    }

    /// The page's rows (`HTMLRows`): name (with the Latin spelling when there is one), the ID and
    /// phone where the reader may see them, age group, estate and community.
    static func rowsHTML(_ model: Model, _ t: Localizer) -> HTMLRows {
        let showsID = model.shown.contains(.nationalID)
        let showsPhone = model.shown.contains(.phone)
        let labels = (
            id: t(.nationalID), age: t(.ageGroup), estate: t(.estate), community: t(.community), phone: t(.phone)
        )
        var html = HTMLRows(capacity: model.rows.count * 1024)
        for row in model.rows {
            html.open("tr")
            html.open("td", class: "name")
            html.link(SiteURL.participant(row.id).path, row.name)
            if let latin = row.latinName { html.cell("small", class: "latin", latin) }
            html.close("td")
            if showsID {
                html.open("td", label: labels.id)
                html.cell("code", row.nationalID)
                html.close("td")
            }
            html.cell("td", label: labels.age, row.ageGroup.map { t($0) } ?? "—")
            html.cell("td", label: labels.estate, row.estate)
            html.cell("td", label: labels.community, row.community ?? "—")
            if showsPhone { html.cell("td", label: labels.phone, row.phone ?? "—") }
            html.close("tr")
        }
        return html
    }
}

/// Names for the registry's stored codes.
enum RegistryText {
    static func ageGroup(_ group: AgeGroup) -> Phrase {
        switch group {
        case .workingAge: .ageWorking
        case .nearRetirement: .ageNearRetirement
        case .elderly: .ageElderly
        }
    }

    static func gender(_ gender: Gender) -> Phrase {
        switch gender {
        case .female: .genderFemale
        case .male: .genderMale
        case .other: .genderOther
        case .unspecified: .genderUnspecified
        }
    }

    static func education(_ level: EducationLevel) -> Phrase {
        switch level {
        case .none: .eduNone
        case .primary: .eduPrimary
        case .lowerSecondary: .eduLowerSecondary
        case .upperSecondary: .eduUpperSecondary
        case .vocational: .eduVocational
        case .highVocational: .eduHighVocational
        case .bachelor: .eduBachelor
        case .postgraduate: .eduPostgraduate
        case .unknown: .eduUnknown
        }
    }

    static func channel(_ channel: Consent.Channel) -> Phrase {
        switch channel {
        case .paper: .channelPaper
        case .inPerson: .channelInPerson
        case .online: .channelOnline
        case .paperImported: .channelPaperImported
        }
    }

    /// "Share with Government Savings Bank for financial advice and loans", and so on.
    static func consentLabel(_ item: ConsentItem, _ t: Localizer) -> String {
        let recipient = (t.language == .thai ? item.recipientNameTh : item.recipientNameEn) ?? ""
        switch item.purpose {
        case .programme: return t(.consentProgramme)
        case .assessment: return t(.consentAssessment, recipient)
        case .finance: return t(.consentFinance, recipient)
        case .employment: return t(.consentEmployment)
        case .publicity: return t(.consentPublicity)
        case .sensitive: return t(.consentSensitive)
        }
    }
}
