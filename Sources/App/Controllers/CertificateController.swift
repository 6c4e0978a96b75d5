import Fluent
import Foundation
import SanfanCore
import Vapor

/// Certificates: their page and printout for staff and assessors in scope; revocation and reissue
/// for admins and the issuing estate's officers.
enum CertificateController {
    static func show(req: Request) async throws -> Response {
        try await render(try await req.scoped.certificate(), values: [:], errors: [:], req)
    }

    private static func render(
        _ certificate: Certificate,
        values: [String: String],
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let today = ThaiCalendar.Day.containing(req.sanfan.clock.now())
        let person = try await certificate.$participant.get(on: req.db)
        let round = try await certificate.$round.get(on: req.db)
        var model = CertificatePage.Model(
            id: try certificate.requireID(),
            roundID: round.id!,
            code: display(certificate.code),
            holder: person.displayName,
            standing: AssessmentController.standing(certificate, today)
        )
        model.facts = [
            (.standard, certificate.standardName),
            (.levelLabel, certificate.standardLevel.isEmpty ? "—" : certificate.standardLevel),
            (.certifyingBody, t(AssessmentText.body(certificate.body))),
            (.externalNumber, certificate.externalNumber ?? "—"),
            (.heldOn, t.day(round.heldOn)),
            (.issuedOn, t.day(certificate.issuedOn)),
            (.expiresOn, certificate.expiresOn.map { t.day($0) } ?? "—"),
        ]
        if let revokedOn = certificate.revokedOn, let reason = certificate.revokedReason {
            model.revokedLine = "\(t.day(revokedOn)): \(t(AssessmentText.reason(reason)))"
        }
        if let replacement = certificate.replacedBy,
            let next = try await CertificateQueries.find(replacement, scope: .everything, on: req.db)
        {
            model.replacedBy = (replacement, display(next.code))
        }
        model.canManage =
            AccessPolicy.can(principal, .manageCertificates)
            && AccessPolicy.canReach(estate: certificate.$estate.id, principal)
        model.values = values.isEmpty ? Certificates.ReissueInput(stored: certificate).values : values
        model.errors = errors
        return CertificatePage.view(model, req.pageContext()).response(status: status)
    }

    static func revoke(req: Request) async throws -> Response {
        let certificate = try await req.scoped.managedCertificate()
        let input = try req.input(Certificates.RevokeInput.self)
        do {
            try await Certificates.revoke(
                certificate,
                input,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await render(
                certificate,
                values: input.values,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.certificateRevoked)
        return req.redirect(to: SiteURL.certificate(try certificate.requireID()).path)
    }

    static func reissue(req: Request) async throws -> Response {
        let certificate = try await req.scoped.managedCertificate()
        let input = try req.input(Certificates.ReissueInput.self)
        do {
            let fresh = try await Certificates.reissue(
                certificate,
                input,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = req.localizer(.certificateReissued)
            return req.redirect(to: SiteURL.certificate(try fresh.requireID()).path)
        } catch let errors as FieldErrors {
            return try await render(
                certificate,
                values: input.values,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
    }

    // MARK: - Printouts

    static func print(req: Request) async throws -> Response {
        let certificate = try await req.scoped.certificate()
        let round = try await certificate.$round.get(on: req.db)
        var model = CertificatePrint.Model(
            title: "\(req.localizer(.certificate)) \(display(certificate.code))",
            back: SiteURL.certificate(try certificate.requireID()).path
        )
        model.sheets = try await sheets([certificate], round, req)
        return CertificatePrint.view(model, req.pageContext()).response()
    }

    /// Every valid certificate of a round, one per page, ready for the printer.
    static func printRound(req: Request) async throws -> Response {
        let round = try await req.scoped.round()
        let certificates = try await CertificateQueries.certificates(of: round, on: req.db).filter {
            $0.revokedOn == nil
        }
        var model = CertificatePrint.Model(
            title: "\(req.localizer(.certificatesTitle)) · \(try await AssessmentController.title(round, req))",
            back: SiteURL.round(try round.requireID()).path
        )
        model.sheets = try await sheets(certificates, round, req)
        return CertificatePrint.view(model, req.pageContext()).response()
    }

    private static func sheets(
        _ certificates: [Certificate],
        _ round: AssessmentRound,
        _ req: Request
    ) async throws -> [CertificatePrint.Sheet] {
        let t = req.localizer
        let thai = req.language == .thai
        let estate = try await round.$estate.get(on: req.db)
        let assessor = try await round.$assessor.get(on: req.db)
        let occupation = try await round.$occupation.get(on: req.db)
        let people = try await ParticipantQueries.people(certificates.map(\.$participant.id), on: req.db)
        return try certificates.map { certificate in
            let person = people[certificate.$participant.id]
            let holder =
                thai || person?.firstNameEn == nil
                ? "\(person?.prefix ?? "")\(person?.firstNameTh ?? "") \(person?.lastNameTh ?? "")"
                : "\(person?.firstNameEn ?? "") \(person?.lastNameEn ?? "")"
            let url = verifyURL(certificate.code, req)
            return CertificatePrint.Sheet(
                holder: holder,
                standard: certificate.standardName,
                level: certificate.standardLevel,
                occupation: thai ? occupation.nameTh : occupation.nameEn,
                body: t(AssessmentText.body(certificate.body)),
                assessor: thai ? assessor.nameTh : assessor.nameEn,
                estate: thai ? estate.nameTh : estate.nameEn,
                externalNumber: certificate.externalNumber,
                heldOn: t.day(round.heldOn),
                issuedOn: t.day(certificate.issuedOn),
                expiresOn: certificate.expiresOn.map { t.day($0) },
                code: display(certificate.code),
                verifyURL: url,
                qr: try QRCode(url).svg(moduleSize: 4, title: t(.scanToVerify))
            )
        }
    }

    /// The link the QR code opens: the public verify page at the site's public address, or at
    /// the host this request came to when none is set (only a plain host and port; anything else
    /// in the header gives `localhost`).
    static func verifyURL(_ code: String, _ req: Request) -> String {
        if let base = req.sanfan.settings.publicURL { return base + SiteURL.verify(code).path }
        let host = req.headers.first(name: .host) ?? ""
        let plain =
            !host.isEmpty && host.count < 256
            && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
        let scheme = req.sanfan.settings.secureCookies ? "https" : "http"
        return "\(scheme)://\(plain ? host : "localhost")" + SiteURL.verify(code).path
    }

    /// `K7M2-PQX4-RA9W` from the stored twelve characters.
    static func display(_ code: String) -> String {
        VerificationCode.parse(code).map(\.description).get(or: code)
    }
}
