import Fluent
import Foundation
import SanfanCore
import Vapor

/// One person's livelihood page and the forms on it: baseline income, follow-ups, joining an
/// enterprise, a job, mentoring. Each form goes to its service; a refused one comes back as typed.
enum LivelihoodController {
    static func show(req: Request) async throws -> Response {
        try await render(try await req.scoped.participant(), refused: nil, req)
    }

    static func setBaseline(req: Request) async throws -> Response {
        let person = try await req.scoped.editableParticipant()
        let input = try req.input(IncomeFollowUps.BaselineInput.self)
        return try await answer(person, .baseline, input.values, req) {
            try await IncomeFollowUps.setBaseline(input, of: person, by: $0, at: $1, on: req.db)
        }
    }

    static func recordFollowUp(req: Request) async throws -> Response {
        let person = try await req.scoped.editableParticipant()
        let input = try req.input(IncomeFollowUps.Input.self)
        let fromWorkList = (try? req.content.get(String.self, at: "back")) == "work-list"
        do {
            _ = try await IncomeFollowUps.record(
                input,
                of: person,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            let state = Components.FormState(values: input.values, errors: errors.localized(req.localizer))
            guard fromWorkList, let course = UUID(uuidString: input.courseID), let months = Int(input.months) else {
                return try await render(person, refused: (.followUp, state), req, status: .unprocessableEntity)
            }
            // A refusal about something the work list's card does not show (already recorded from
            // another tab, say) is said plainly at the top of the list instead of beside a field.
            let shown: Set<String> = ["monthly_income", "main_source"]
            guard Set(state.errors.keys).isSubset(of: shown) else {
                req.flash = state.errors.sorted { $0.key < $1.key }.map(\.value).joined(separator: " ")
                return req.redirect(to: SiteURL.followUps.path)
            }
            return try await FollowUpController.render(
                refused: (try person.requireID(), course, months, state),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.followUpSaved)
        return req.redirect(
            to: fromWorkList
                ? SiteURL.followUps.path : SiteURL.participantLivelihood(try person.requireID()).path + "#income"
        )
    }

    static func joinEnterprise(req: Request) async throws -> Response {
        let person = try await req.scoped.editableParticipant()
        var input = try req.input(Enterprises.MemberInput.self)
        input.participantID = try person.requireID().uuidString
        let enterpriseID = (try? req.content.get(String.self, at: "enterprise_id")) ?? ""
        var values = input.values
        values["enterprise_id"] = enterpriseID
        return try await answer(person, .enterprise, values, req) { principal, now in
            guard let id = UUID(uuidString: enterpriseID),
                let enterprise = try await EnterpriseQueries.find(
                    id,
                    scope: AccessPolicy.livelihoodScope(.enterprise, for: principal),
                    on: req.db
                ), AccessPolicy.canReach(estate: enterprise.$estate.id, principal)
            else { throw FieldErrors(fields: ["enterprise_id": .unknownChoice]) }
            _ = try await Enterprises.addMember(input, to: enterprise, by: principal, at: now, on: req.db)
        }
    }

    static func recordPlacement(req: Request) async throws -> Response {
        let person = try await req.scoped.editableParticipant()
        var input = try req.input(Placements.Input.self)
        input.participantID = try person.requireID().uuidString
        return try await answer(person, .placement, input.values, req) {
            _ = try await Placements.create(input, by: $0, at: $1, on: req.db)
        }
    }

    static func logMentoring(req: Request) async throws -> Response {
        let person = try await req.scoped.participant()
        var input = try req.input(Mentoring.Input.self)
        input.participantIDs = [try person.requireID().uuidString]
        return try await answer(person, .mentoring, input.values, req) {
            _ = try await Mentoring.log(input, by: $0, at: $1, on: req.db)
        }
    }

    /// Runs a form's service; on success back to the page's section, on refusal the page with the
    /// form as typed and its errors.
    private static func answer(
        _ person: Participant,
        _ form: PersonLivelihood.Form,
        _ values: [String: String],
        _ req: Request,
        _ operation: (Principal, Date) async throws -> Void
    ) async throws -> Response {
        do {
            try await operation(try req.requirePrincipal(), req.sanfan.clock.now())
        } catch let errors as FieldErrors {
            let state = Components.FormState(values: values, errors: errors.localized(req.localizer))
            return try await render(person, refused: (form, state), req, status: .unprocessableEntity)
        }
        req.flash = req.localizer(.livelihoodSaved)
        let anchor: [PersonLivelihood.Form: String] = [
            .baseline: "income", .followUp: "income", .enterprise: "enterprises", .placement: "jobs",
            .mentoring: "mentoring",
        ]
        return req.redirect(to: SiteURL.participantLivelihood(try person.requireID()).path + "#" + anchor[form]!)
    }

    private static func render(
        _ person: Participant,
        refused: (form: PersonLivelihood.Form, state: Components.FormState)?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        let id = try person.requireID()
        var model = PersonLivelihood.Model(participantID: id, person: person.displayName)
        model.refused = refused
        model.canRecord =
            AccessPolicy.can(principal, .recordLivelihoods)
            && AccessPolicy.canReach(estate: person.$estate.id, principal)
        model.canMentor = AccessPolicy.can(principal, .logMentoring) && (model.canRecord || principal.role == .partner)
        model.mentorsAsSelf = principal.role == .partner
        let view = try await LivelihoodPageData.load(person, for: principal, req)
        if let baseline = view.baseline {
            model.baseline =
                baseline.monthlyIncomeSatang == 0 ? t(.noIncome) : t.money(Satang(baseline.monthlyIncomeSatang))
        } else if let typed = view.registrationBaseline {
            model.baseline = t.money(Satang(typed)) + " (" + t(.atRegistration) + ")"
        }
        let titles = Dictionary(view.completions.map { ($0.course_id, $0.title_th) }, uniquingKeysWith: { a, _ in a })
        model.followUps = view.followUps.map {
            [
                .init(t(.afterMonths, String($0.months))), .init(titles[$0.$course.id] ?? "—"), .init(t.day($0.doneOn)),
                .init($0.reached ? t.money(Satang($0.monthlyIncomeSatang ?? 0)) : t(.couldNotReach), number: true),
                .init($0.mainSource.map { t(LivelihoodText.source($0)) } ?? "—"),
            ]
        }
        model.courseChoices = view.completions.map {
            .init(value: $0.course_id.uuidString, label: "\($0.title_th) (\(t.day($0.last_day)))")
        }
        model.enterprises = view.memberships.map {
            [
                .init($0.name, link: SiteURL.enterprise($0.id).path), .init(t(LivelihoodText.kind($0.kind))),
                .init(t(LivelihoodText.role($0.role))), .init(t.day($0.joinedOn)),
            ]
        }
        model.enterpriseChoices = view.estateEnterprises.map { .init(value: $0.id!.uuidString, label: $0.name) }
        model.placements = view.placements.map {
            [
                .init($0.employer_name), .init($0.position),
                .init(t.day($0.started_on) + ($0.ended_on.map { " – " + t.day($0) } ?? "")),
                .init(t.money(Satang($0.monthly_wage_satang)), number: true),
                .init($0.inside_estate ? t(.yes) : t(.no)),
            ]
        }
        model.employerChoices = view.employers.map {
            .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn)
        }
        model.occupationChoices = view.occupations.map {
            .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn)
        }
        model.mentoring = view.mentoring.map {
            [
                .init(t.day($0.held_on)),
                .init(MentoringTopic(rawValue: $0.topic).map { t(LivelihoodText.topic($0)) } ?? $0.topic),
                .init($0.mentor_short_name), .init($0.notes ?? ""),
            ]
        }
        model.mentorChoices = view.mentors.map {
            .init(value: $0.id!.uuidString, label: "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)")
        }
        model.loans = view.loans.map {
            [
                .init($0.product, link: SiteURL.loan($0.id).path), .init($0.bank_short_name),
                .init(LoanStatus(rawValue: $0.status).map { t(LivelihoodText.status($0)) } ?? $0.status),
                .init(t.money(Satang($0.amount_requested_satang)), number: true),
                .init($0.amount_approved_satang.map { t.money(Satang($0)) } ?? "—", number: true),
            ]
        }
        return PersonLivelihood.view(model, req.pageContext()).response(status: status)
    }
}
