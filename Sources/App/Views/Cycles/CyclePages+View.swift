import Foundation
import Plot
import SanfanCore

extension CyclePages {
    static func list(_ rows: [Row], canManage: Bool, _ context: PageContext) -> HTML {
        let t = context.t
        return Layout.page(
            t(.cyclesTitle),
            context,
            .div(
                .class("page-head"),
                .h1(.plain(t(.cyclesTitle))),
                .if(canManage, .a(.class("button"), .href(SiteURL.newCycle.path), .plain(t(.newCycle))))
            ),
            .if(rows.isEmpty, .p(.class("empty"), .plain(t(.noResults)))),
            .if(
                !rows.isEmpty,
                .div(
                    .class("table-wrap"),
                    .table(
                        .thead(
                            .tr(
                                .th(.plain(t(.fiscalYearLabel))),
                                .th(.plain(t(.cycleName))),
                                .th(.plain(t(.status))),
                                .th(.plain(t(.estates)))
                            )
                        ),
                        .tbody(
                            .forEach(rows) { row in
                                .tr(
                                    .td(.a(.href(SiteURL.cycle(row.id).path), .plain(t.fiscalYear(row.fiscalYear)))),
                                    .td(.a(.href(SiteURL.cycle(row.id).path), .plain(row.name))),
                                    .td(.plain(t(ProgrammeText.cycleStatus(row.status)))),
                                    .td(.plain(row.estates.grouped))
                                )
                            }
                        )
                    )
                )
            )
        )
    }

    static func form(_ form: Form, _ context: PageContext) -> HTML {
        let t = context.t
        let title = form.id == nil ? t(.newCycle) : (form.values["name_th"] ?? "")
        return Layout.page(
            title,
            context,
            .p(.class("breadcrumb"), .a(.href(SiteURL.cycles.path), .plain(t(.cyclesTitle)))),
            .h1(.plain(title)),
            Components.errorSummary(form.errors, t),
            .form(
                .class("card"),
                .method(.post),
                .action(form.id.map { SiteURL.cycle($0).path } ?? SiteURL.cycles.path),
                Components.csrfField(context.csrfToken),
                Components.textField(
                    "fiscal_year",
                    label: t(.fiscalYearLabel),
                    value: form.values["fiscal_year"],
                    error: form.errors["fiscal_year"],
                    hint: t(.fiscalYearHint),
                    required: true
                ),
                Components.textField(
                    "name_th",
                    label: t(.nameThai),
                    value: form.values["name_th"],
                    error: form.errors["name_th"],
                    required: true
                ),
                Components.textField(
                    "name_en",
                    label: t(.nameEnglish),
                    value: form.values["name_en"],
                    error: form.errors["name_en"]
                ),
                Components.selectField(
                    "status",
                    label: t(.status),
                    choices: CycleStatus.allCases.map {
                        .init(value: $0.rawValue, label: t(ProgrammeText.cycleStatus($0)))
                    },
                    selected: form.values["status"],
                    error: form.errors["status"],
                    hint: t(.cycleStatusHint)
                ),
                Components.textField(
                    "age_bands",
                    label: t(.ageBands),
                    value: form.values["age_bands"],
                    error: form.errors["age_bands"],
                    hint: t(.ageBandsHint)
                ),
                Components.checkboxGroup(
                    "estate_ids[]",
                    legend: t(.cycleEstates),
                    choices: form.estateChoices,
                    checked: form.estateIDs,
                    error: form.errors["estate_ids"],
                    hint: t(.cycleEstatesHint)
                ),
                .div(
                    .class("actions"),
                    Components.submit(t(.save)),
                    .a(.class("button secondary"), .href(SiteURL.cycles.path), .plain(t(.cancel)))
                )
            )
        )
    }
}

/// Programme states in words.
enum ProgrammeText {
    static func cycleStatus(_ status: CycleStatus) -> Phrase {
        switch status {
        case .planning: .cyclePlanning
        case .running: .cycleRunning
        case .closed: .cycleClosedStatus
        }
    }

    static func courseStatus(_ status: CourseStatus) -> Phrase {
        switch status {
        case .planned: .coursePlanned
        case .open: .courseOpen
        case .running: .courseRunning
        case .finished: .courseFinished
        case .cancelled: .courseCancelled
        }
    }

    static func enrolmentStatus(_ status: EnrolmentStatus) -> Phrase {
        switch status {
        case .waiting: .enrolmentWaiting
        case .enrolled: .enrolmentEnrolled
        case .completed: .enrolmentCompleted
        case .dropped: .enrolmentDropped
        }
    }

    static func mark(_ mark: AttendanceMark) -> Phrase {
        switch mark {
        case .present: .markPresent
        case .late: .markLate
        case .excused: .markExcused
        case .absent: .markAbsent
        }
    }
}
