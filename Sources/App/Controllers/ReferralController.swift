import Fluent
import Foundation
import SanfanCore
import Vapor

/// Referrals to banks: a bank's work list of its own (while each person consents), an estate's,
/// and one person's, with the form to refer them.
enum ReferralController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scope = AccessPolicy.referralScope(for: principal)
        var model = ReferralList.Model(title: req.localizer(.referralsTitle))
        model.rows = try await rows(ReferralQueries.list(scope: scope, on: req.db), principal, req)
        if case .bank = scope { model.sharedOnly = true }
        return ReferralList.view(model, req.pageContext()).response()
    }

    /// One person's referrals, and the form to refer them.
    static func person(req: Request) async throws -> Response {
        try await renderPerson(try await req.scoped.editableParticipant(), values: [:], errors: [:], req)
    }

    static func create(req: Request) async throws -> Response {
        let participant = try await req.scoped.editableParticipant()
        var input = try req.input(Referrals.Input.self)
        input.participantID = try participant.requireID().uuidString
        do {
            _ = try await Referrals.refer(input, by: req.requirePrincipal(), at: req.sanfan.clock.now(), on: req.db)
        } catch let errors as FieldErrors {
            return try await renderPerson(
                participant,
                values: input.values,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.referralSaved)
        return req.redirect(to: SiteURL.participantReferrals(try participant.requireID()).path)
    }

    private static func renderPerson(
        _ participant: Participant,
        values: [String: String],
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let id = try participant.requireID()
        var model = ReferralList.Model(title: "\(req.localizer(.referralsTitle)) · \(participant.displayName)")
        var form = ReferralList.Form(participantID: id, person: participant.displayName, values: values, errors: errors)
        form.bankChoices = try await ReferralQueries.lenders(on: req.db).map {
            .init(value: $0.id!.uuidString, label: "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)")
        }
        form.enterpriseChoices = try await EnterpriseQueries.list(
            .init(participantID: id),
            scope: AccessPolicy.livelihoodScope(.enterprise, for: principal),
            on: req.db
        ).map { .init(value: $0.id.uuidString, label: $0.name) }
        model.form = form
        model.rows = try await rows(
            ReferralQueries.list(scope: AccessPolicy.referralScope(for: principal), participant: id, on: req.db),
            principal,
            req
        )
        return ReferralList.view(model, req.pageContext()).response(status: status)
    }

    private static func rows(
        _ rows: [ReferralQueries.Row],
        _ principal: Principal,
        _ req: Request
    ) -> [ReferralList.Row] {
        let t = req.localizer
        let thai = req.language == .thai
        let seesPeople = AccessPolicy.can(principal, .viewPersonalData)
        let seesLoans = AccessPolicy.can(principal, .viewLoans)
        let opensLoans = AccessPolicy.can(principal, .moveLoans)
        return rows.map {
            ReferralList.Row(
                person: $0.displayName,
                personPath: seesPeople ? SiteURL.participant($0.participant_id).path : nil,
                estate: thai ? $0.estate_name_th : $0.estate_name_en,
                bank: $0.bank_short_name,
                purpose: ReferralText.purpose(ReferralPurpose(rawValue: $0.purpose) ?? .startUp),
                amount: t.money(Satang($0.amount_sought_satang)),
                referredOn: t.day($0.referred_on),
                loanPath: seesLoans ? $0.loan_id.map { SiteURL.loan($0).path } : nil,
                openLoanPath: opensLoans && $0.loan_id == nil ? SiteURL.referralLoan($0.id).path : nil
            )
        }
    }
}
