import Fluent
import Foundation
import SanfanCore
import Vapor

extension ParticipantController {
    /// The person's page model: every fact the viewer may see, in their language.
    static func renderDetail(
        _ participant: Participant,
        revealID: Bool,
        _ req: Request
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        let deps = dependencies(req)
        let id = try participant.requireID()
        let today = ThaiCalendar.Day.containing(deps.clock.now())
        let born = ThaiCalendar.Day(iso: participant.birthDate)
        let place = try await ParticipantQueries.place(of: participant, on: req.db)
        let address = try await AddressQueries.subdistrict(participant.subdistrictCode, on: req.db)
        let creator = try await participant.createdBy.asyncMap { try await UserQueries.find($0, on: req.db) } ?? nil

        // What this reader may see of the person (PDPA s.22): staff everything, a partner its part.
        let shown = Disclosure.fields(for: principal)
        var nationalID: String? = maskedID(participant.nationalIDSealed, deps.vault)
        if revealID, let sealed = participant.nationalIDSealed { nationalID = try deps.vault.open(sealed).formatted }
        if participant.nationalIDSealed == nil { nationalID = t(.noNationalID) }
        if !shown.contains(.nationalID) { nationalID = nil }

        var identity: [ParticipantDetail.Fact] = [
            .init(label: .gender, value: Gender(rawValue: participant.gender).map { t(RegistryText.gender($0)) } ?? "—")
        ]
        if let born {
            let age = AgeBands.age(born: born, on: today)
            let group = deps.bands.group(forAge: age).map { t(RegistryText.ageGroup($0)) } ?? "—"
            if shown.contains(.birthDate) {
                identity.append(.init(label: .birthDate, value: t.date(born.startInBangkok)))
                identity.append(.init(label: .ageGroup, value: t(.ageYears, age) + " · " + group))
            } else {
                identity.append(.init(label: .ageGroup, value: group))
            }
        }
        if shown.contains(.nationalID), let reason = participant.noIDReason {
            identity.append(.init(label: .noIDReason, value: reason))
        }

        var contact: [ParticipantDetail.Fact] = []
        if shown.contains(.phone) { contact.append(.init(label: .phone, value: participant.phone ?? "—")) }
        contact.append(
            .init(
                label: .address,
                value: addressLine(participant, address, thai: thai, street: shown.contains(.streetAddress))
            )
        )
        var programme: [ParticipantDetail.Fact] = [
            .init(label: .estate, value: thai ? place.estateTh : place.estateEn),
            .init(label: .community, value: place.community ?? "—"),
        ]
        if shown.contains(.education) {
            programme.append(
                .init(
                    label: .educationLevel,
                    value: EducationLevel(rawValue: participant.educationLevel).map { t(RegistryText.education($0)) }
                        ?? "—"
                )
            )
        }
        if shown.contains(.priorOccupation) {
            programme.append(.init(label: .priorOccupation, value: participant.priorOccupation ?? "—"))
        }
        if shown.contains(.baselineIncome) {
            programme.append(
                .init(label: .baselineIncome, value: t(.perMonth, t.money(Satang(participant.baselineIncomeSatang))))
            )
        }
        if shown.contains(.disability), let disability = participant.disability {
            programme.append(.init(label: .disability, value: disability))
        }
        if shown.contains(.notes), let notes = participant.notes {
            programme.append(.init(label: .notes, value: notes))
        }

        let current = try await ConsentCatalogue.current(for: id, on: req.db)
        // A partner sees the decision about sharing with itself, not what the person told others.
        let items = try await ConsentCatalogue.items(on: req.db).filter {
            Disclosure.showsConsent(to: $0.recipientID, for: principal)
        }
        let consents = items.map { item -> ParticipantDetail.ConsentRow in
            let decision = current[item.key]
            let detail =
                decision.map { consent in
                    [
                        Consent.Channel?.some(consent.channel).map { t(RegistryText.channel($0)) } ?? "",
                        ThaiCalendar.Day(iso: consent.givenOn).map { t.date($0.startInBangkok) } ?? consent.givenOn,
                        consent.recordedByName, consent.textVersion,
                    ].joined(separator: " · ")
                } ?? ""
            return .init(
                key: item.key,
                label: RegistryText.consentLabel(item, t),
                granted: decision?.granted,
                detail: detail
            )
        }
        let record: [ParticipantDetail.Fact] =
            shown.contains(.recordKeeping)
            ? [
                .init(label: .registeredBy, value: creator?.displayName ?? "—"),
                .init(label: .registeredOn, value: participant.createdAt.map { t.dateTime($0) } ?? "—"),
                .init(label: .updatedOn, value: participant.updatedAt.map { t.dateTime($0) } ?? "—"),
            ] : []
        var model = ParticipantDetail.Model(
            id: id,
            name: participant.displayName,
            latinName: [participant.firstNameEn, participant.lastNameEn].compactMap { $0 }.joined(separator: " ")
                .nilIfEmpty,
            nationalID: nationalID,
            canRevealID: mayRevealID(principal, participant) && participant.nationalIDSealed != nil,
            idRevealed: revealID,
            identity: identity,
            contact: contact,
            programme: programme,
            consents: consents,
            canEdit: AccessPolicy.can(principal, .editRegistry)
                && AccessPolicy.canReach(estate: participant.$estate.id, principal),
            record: record
        )
        model.courses = try await CourseQueries.courses(of: id, on: req.db).map {
            ParticipantDetail.CourseLine(
                title: $0.title_th,
                path: AccessPolicy.canReach(course: $0.estate_id, provider: $0.provider_id, principal)
                    ? SiteURL.course($0.course_id).path : nil,
                detail: "\(t.fiscalYear($0.fiscal_year)) · \(t.day($0.first_day))",
                status: ProgrammeText.enrolmentStatus(EnrolmentStatus(rawValue: $0.status) ?? .enrolled)
            )
        }
        // Certificates: everyone who may see the person sees they hold one (the public verify page
        // says as much); the certificate's own page opens to those in its round's scope.
        let certificates = try await CertificateQueries.certificates(of: id, on: req.db)
        let reachable =
            AccessPolicy.can(principal, .recordAssessments) && !certificates.isEmpty
            ? try await CertificateQueries.reachable(of: id, scope: AccessPolicy.roundScope(for: principal), on: req.db)
            : []
        for certificate in certificates {
            model.certificates.append(
                ParticipantDetail.CourseLine(
                    title: "\(certificate.standardName) · \(CertificateController.display(certificate.code))",
                    path: reachable.contains(try certificate.requireID())
                        ? SiteURL.certificate(try certificate.requireID()).path : nil,
                    detail: t.day(certificate.issuedOn),
                    status: AssessmentText.standing(AssessmentController.standing(certificate, today))
                )
            )
        }
        let response = ParticipantDetail.view(model, req.pageContext()).response()
        return response
    }

    /// `12/3 หมู่ 4 ซอยสุขใจ ถนนสุขุมวิท ต.ปากน้ำ อ.เมืองสมุทรปราการ จ.สมุทรปราการ 10270`
    /// With `street` false, only the subdistrict, district, province and postcode.
    static func addressLine(
        _ p: Participant,
        _ s: AddressQueries.Subdistrict?,
        thai: Bool,
        street: Bool = true
    ) -> String {
        var parts: [String] = []
        if street {
            if let house = p.houseNo { parts.append(house) }
            if let moo = p.moo { parts.append((thai ? "หมู่ " : "Moo ") + String(moo)) }
            if let soi = p.soi { parts.append((thai ? "ซอย" : "Soi ") + soi) }
            if let road = p.road { parts.append((thai ? "ถนน" : "") + road + (thai ? "" : " Road")) }
        }
        if let s {
            if thai {
                parts.append((s.isBangkok ? "แขวง" : "ต.") + s.name_th)
                parts.append((s.isBangkok ? "เขต" : "อ.") + s.district_th)
                parts.append((s.isBangkok ? "" : "จ.") + s.province_th)
            } else {
                parts.append(contentsOf: [s.name_en, s.district_en, s.province_en])
            }
            parts.append(s.postcode)
        }
        return parts.joined(separator: " ")
    }

    static func renderConsentForm(
        name: String,
        nationalID: String,
        estate: String,
        back: String,
        _ req: Request
    )
        async throws -> Response
    {
        let thai = Localizer(language: .thai)
        let items = try await ConsentCatalogue.items(on: req.db).map { RegistryText.consentLabel($0, thai) }
        let model = ConsentPrintout.Model(
            name: name,
            nationalID: nationalID == "—" ? "" : nationalID,
            estate: estate,
            items: items,
            version: ConsentCatalogue.textVersion,
            backPath: back
        )
        return ConsentPrintout.view(model, req.pageContext()).response()
    }
}
