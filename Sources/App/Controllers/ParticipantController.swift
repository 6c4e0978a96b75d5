import Fluent
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// The registry pages. Every read goes through `ParticipantQueries` with the user's scope.
enum ParticipantController {
    /// What the form sends besides the person: which province's subdistricts to list, and whether
    /// it was sent only to list them again (without JavaScript).
    struct Hints: Content {
        var province_code: String?
        var refresh: String?
    }

    // MARK: - List

    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let scope = AccessPolicy.recordScope(for: principal)
        let q = { (name: String) in (req.query[String.self, at: name] ?? "").trimmingCharacters(in: .whitespaces) }
        var model = ParticipantList.Model()
        model.filters = .init(
            q: q("q"),
            // Ids as the choices spell them, however the link spelled them (lower case from figures).
            estate: UUID(uuidString: q("estate"))?.uuidString ?? q("estate"),
            community: UUID(uuidString: q("community"))?.uuidString ?? q("community"),
            ageGroup: q("age_group"),
            gender: q("gender"),
            cycle: q("cycle"),
            stage: q("stage")
        )
        var filter = ParticipantQueries.Filter(search: String(model.filters.q.prefix(100)))
        filter.searchable = Disclosure.fields(for: principal)
        filter.estateID = UUID(uuidString: model.filters.estate)
        filter.communityID = UUID(uuidString: model.filters.community)
        filter.ageGroup = AgeGroup(rawValue: model.filters.ageGroup)
        filter.gender = Gender(rawValue: model.filters.gender)
        filter.after = ParticipantQueries.Cursor(token: q("after"))
        if let cycleID = UUID(uuidString: model.filters.cycle),
            let cycle = try await CycleQueries.find(cycleID, on: req.db),
            try await ParticipantQueries.narrow(&filter, to: model.filters.stage, of: cycle, on: req.db)
        {
            let note: Phrase =
                switch filter.stage {
                case .registered: .stageRegisteredNote
                case .enrolled: .stageEnrolledNote
                case .assessed: .stageAssessedNote
                case .certified: .stageCertifiedNote
                case .outcome(.referred, _, _): .stageReferredNote
                case .outcome(.mentored, _, _): .stageMentoredNote
                case .outcome(.placed, _, _): .stagePlacedNote
                case .outcome(.income, _, _): .stageIncomeNote
                default: .stageCompletedNote
                }
            model.stageNote = .init(stage: note, fiscalYear: cycle.fiscalYear)
        }
        model.isFirstPage = filter.after == nil

        let deps = dependencies(req)
        let today = ThaiCalendar.Day.containing(deps.clock.now())
        let rows = try await ParticipantQueries.page(
            filter,
            scope: scope,
            today: today,
            bands: deps.bands,
            vault: deps.vault,
            on: req.db
        )
        let thai = req.language == .thai
        model.shown = Disclosure.fields(for: principal)
        model.sharedOnly = AccessPolicy.seesSharedOnly(principal)
        let shown = model.shown
        model.rows = rows.prefix(ParticipantQueries.pageSize).map { row in
            let born = ThaiCalendar.Day(iso: row.birth_date)
            return ParticipantList.Row(
                id: row.id,
                name: row.displayName,
                latinName: [row.first_name_en, row.last_name_en].compactMap { $0 }.joined(separator: " ").nilIfEmpty,
                nationalID: shown.contains(.nationalID) ? maskedID(row.national_id_sealed, deps.vault) : "",
                ageGroup: born.flatMap { deps.bands.group(born: $0, on: today) }.map(RegistryText.ageGroup),
                estate: thai ? row.estate_name_th : row.estate_name_en,
                community: row.community_name,
                phone: shown.contains(.phone) ? row.phone : nil
            )
        }
        if rows.count > ParticipantQueries.pageSize, let last = rows.prefix(ParticipantQueries.pageSize).last {
            var components = URLComponents()
            components.queryItems =
                [
                    ("q", model.filters.q), ("estate", model.filters.estate), ("community", model.filters.community),
                    ("age_group", model.filters.ageGroup), ("gender", model.filters.gender),
                    ("cycle", model.filters.cycle), ("stage", model.filters.stage),
                ]
                .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) }
                + [
                    URLQueryItem(
                        name: "after",
                        value: ParticipantQueries.Cursor(sortKey: last.sort_key, id: last.id).token
                    )
                ]
            model.nextPageQuery = components.percentEncodedQuery
        }
        let estates = try await visibleEstates(principal, req)
        model.estateChoices = req.localizer.sortedByName(
            estates.map { .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en) },
            \.label
        )
        model.communityChoices = try await CommunityQueries.choices(scope: scope, on: req.db)
            .filter { filter.estateID == nil || $0.estate_id == filter.estateID }
            .map { .init(value: $0.id.uuidString, label: $0.name_th) }
        model.canRegister = AccessPolicy.can(principal, .editRegistry)
        return ParticipantList.view(model, req.pageContext()).response()
    }

    // MARK: - Register and edit

    static func new(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        var form = Registry.Submission()
        let estates = try await visibleEstates(principal, req)
        let chosen = estates.first { $0.id.uuidString == req.query[String.self, at: "estate"] } ?? estates.first
        form.estateID = chosen?.id.uuidString ?? ""
        form.consents = [Consent.Purpose.programme.rawValue]
        return try await renderForm(form, province: chosen?.province_code, id: nil, errors: [:], req)
    }

    /// "Saved", and for an ID of category 0 (no registration status) the warning DOMAIN.md asks
    /// for: accepted, but worth checking against the card.
    private static func savedMessage(_ phrase: Phrase, _ participant: Participant, _ req: Request) -> String {
        let t = req.localizer
        guard let sealed = participant.nationalIDSealed, let id = try? req.sanfan.vault.open(sealed),
            id.hasNoRegistrationStatus
        else { return t(phrase) }
        return t(phrase) + " " + t(.nationalIDCategoryZero)
    }

    static func create(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.input(Registry.Submission.self)
        let hints = try req.content.decode(Hints.self)
        let province = Int(hints.province_code ?? "")
        if hints.refresh != nil { return try await renderForm(form, province: province, id: nil, errors: [:], req) }
        do {
            let participant = try await Registry.register(form, by: principal, deps: dependencies(req), on: req.db)
            req.flash = savedMessage(.personRegistered, participant, req)
            return req.redirect(to: SiteURL.participant(try participant.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderForm(
                form,
                province: province,
                id: nil,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        } catch let duplicate as Registry.PossibleDuplicate {
            return try await renderForm(
                form,
                province: province,
                id: nil,
                errors: [:],
                duplicate: duplicateMessage(duplicate, req),
                req,
                status: .conflict
            )
        }
    }

    static func edit(req: Request) async throws -> Response {
        let participant = try await req.scoped.editableParticipant()
        var form = try Registry.Submission(stored: participant, vault: req.sanfan.vault)
        // The whole ID is never put into the page (see `keepingNationalID`).
        form.input.nationalID = ""
        if let day = ThaiCalendar.Day(iso: participant.birthDate) {
            form.input.birthDate =
                "\(day.day)/\(day.month)/\(day.year + (req.language == .thai ? ThaiCalendar.buddhistEraOffset : 0))"
        }
        let province = try await AddressQueries.subdistrict(participant.subdistrictCode, on: req.db)?.province_code
        return try await renderForm(form, province: province, id: participant.id, errors: [:], req)
    }

    static func update(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let participant = try await req.scoped.editableParticipant()
        let form = try req.input(Registry.Submission.self)
        let hints = try req.content.decode(Hints.self)
        let province = Int(hints.province_code ?? "")
        if hints.refresh != nil {
            return try await renderForm(form, province: province, id: participant.id, errors: [:], req)
        }
        do {
            try await Registry.update(participant, with: form, by: principal, deps: dependencies(req), on: req.db)
            req.flash = savedMessage(.personSaved, participant, req)
            return req.redirect(to: SiteURL.participant(try participant.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderForm(
                form,
                province: province,
                id: participant.id,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        } catch let duplicate as Registry.PossibleDuplicate {
            return try await renderForm(
                form,
                province: province,
                id: participant.id,
                errors: [:],
                duplicate: duplicateMessage(duplicate, req),
                req,
                status: .conflict
            )
        }
    }

    // MARK: - The person's page

    static func show(req: Request) async throws -> Response {
        try await renderDetail(try await req.scoped.participant(), revealID: false, req)
    }

    /// Shows the whole national ID once, to those allowed, and records that it was seen.
    static func revealID(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let participant = try await req.scoped.participant()
        guard mayRevealID(principal, participant) else { throw Abort(.forbidden) }
        try await Audit.record(
            .reveal,
            entity: Participant.auditEntity,
            id: try participant.requireID().uuidString.lowercased(),
            before: nil,
            after: ["national_id": "revealed"],
            by: Audit.Actor(principal),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await renderDetail(participant, revealID: true, req)
    }

    /// Gives or withdraws one consent item: one click, effective at once.
    static func changeConsent(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let participant = try await req.scoped.editableParticipant()
        let change = try req.input(Registry.ConsentChange.self)
        try await Registry.changeConsent(
            change,
            for: participant,
            channel: .inPerson,
            by: principal,
            deps: dependencies(req),
            on: req.db
        )
        req.flash = req.localizer(change.grants ? .consentRecorded : .consentWithdrawn)
        return req.redirect(to: SiteURL.participant(try participant.requireID()).path)
    }

    static func consentForm(req: Request) async throws -> Response {
        let participant = try await req.scoped.participant()
        let estate = try await participant.$estate.get(on: req.db)
        return try await renderConsentForm(
            name: participant.displayName,
            nationalID: maskedID(participant.nationalIDSealed, req.sanfan.vault),
            estate: estate.nameTh,
            back: SiteURL.participant(try participant.requireID()).path,
            req
        )
    }

    static func blankConsentForm(req: Request) async throws -> Response {
        try await renderConsentForm(name: "", nationalID: "", estate: "", back: SiteURL.newParticipant.path, req)
    }

    // MARK: - Helpers

    static func dependencies(_ req: Request) -> Registry.Dependencies {
        .init(vault: req.sanfan.vault, clock: req.sanfan.clock, bands: req.sanfan.settings.ageBands)
    }

    /// Admins and the person's own estate officers; never partners.
    static func mayRevealID(_ principal: Principal, _ participant: Participant) -> Bool {
        AccessPolicy.canReach(estate: participant.$estate.id, principal)
    }

    static func maskedID(_ sealed: String?, _ vault: NationalIDVault) -> String {
        guard let sealed else { return "—" }
        return (try? vault.open(sealed).masked) ?? "—"
    }

    /// The estates whose people this user may record: the policy decides, per estate.
    static func visibleEstates(_ principal: Principal, _ req: Request) async throws -> [EstateQueries.Row] {
        try await EstateQueries.all(on: req.db).filter { AccessPolicy.canReach(estate: $0.id, principal) }
    }

    private static func duplicateMessage(_ duplicate: Registry.PossibleDuplicate, _ req: Request) -> String {
        req.localizer(.possibleDuplicate, duplicate.estateNames.joined(separator: ", "))
    }

}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
