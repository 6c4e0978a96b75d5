import Foundation
import SanfanCore
import Vapor

/// `/verify`: anyone, signed in or not, checks a certificate by its code. A code that is not a
/// code (wrong length, a letter codes never use, a failed check character) is told apart from a
/// well-formed code nobody was issued. Counted per client so codes cannot be tried in bulk.
enum VerifyController {
    /// The form; with `?code=`, the answer for what was typed.
    static func form(req: Request) async throws -> Response {
        guard let typed = req.query[String.self, at: "code"], !typed.isEmpty else {
            return VerifyPage.view(.init(), req.pageContext()).response()
        }
        switch VerificationCode.parse(String(typed.prefix(64))) {
        case .success(let code): return req.redirect(to: SiteURL.verify(code.characters).path)
        case .failure(let problem):
            return VerifyPage.view(
                .init(typed: String(typed.prefix(64)), outcome: .malformed(message(problem, req.localizer))),
                req.pageContext()
            ).response(status: .badRequest)
        }
    }

    static func show(req: Request) async throws -> Response {
        let t = req.localizer
        let typed = String((req.parameters.get("code") ?? "").prefix(64))
        if let wait = req.sanfan.verifyLimiter.check(req.clientIP, now: req.sanfan.clock.now()) {
            let response = VerifyPage.view(
                .init(typed: typed, outcome: .malformed(t(.verifyTooMany))),
                req.pageContext()
            ).response(status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
            return response
        }
        let code: VerificationCode
        switch VerificationCode.parse(typed) {
        case .success(let parsed): code = parsed
        case .failure(let problem):
            return VerifyPage.view(.init(typed: typed, outcome: .malformed(message(problem, t))), req.pageContext())
                .response(status: .badRequest)
        }
        let model = try await lookup(code.characters, req)
        if case .unknown = model.outcome {
            return VerifyPage.view(model, req.pageContext()).response(status: .notFound)
        }
        let response = VerifyPage.view(model, req.pageContext()).response()
        // A verdict changes when a certificate is revoked: never from a cache.
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// What the page says about a well-formed code: its certificate's standing and public facts,
    /// or that no certificate has it.
    static func lookup(_ characters: String, _ req: Request) async throws -> VerifyPage.Model {
        let t = req.localizer
        let code = VerificationCode.parse(characters).map(\.description).get(or: characters)
        guard let found = try await CertificateQueries.publicView(code: characters, on: req.db) else {
            return .init(typed: code, outcome: .unknown(code: code))
        }
        let thai = req.language == .thai
        let today = ThaiCalendar.Day.containing(req.sanfan.clock.now())
        let standing = AssessmentRules.standing(
            expiresOn: found.expires_on.flatMap(ThaiCalendar.Day.init(iso:)),
            revokedOn: found.revoked_on.flatMap(ThaiCalendar.Day.init(iso:)),
            on: today
        )
        let verdict: String =
            switch standing {
            case .valid: t(.verifyValidBody)
            case .expired: t(.verifyExpiredBody, t.day(found.expires_on ?? ""))
            case .revoked:
                t(
                    .verifyRevokedBody,
                    t.day(found.revoked_on ?? ""),
                    found.revoked_reason.flatMap(RevocationReason.init(rawValue:)).map { t(AssessmentText.reason($0)) }
                        ?? "—"
                )
            }
        let holder =
            thai || found.first_name_en == nil
            ? AssessmentRules.maskedName(first: found.first_name_th, last: found.last_name_th)
            : AssessmentRules.maskedName(first: found.first_name_en ?? "", last: found.last_name_en ?? "")
        var result = VerifyPage.Found(
            code: code,
            standing: standing,
            verdict: verdict,
            holder: holder,
            replacedBy: found.replaced_by_code.flatMap { try? VerificationCode.parse($0).get().characters }
        )
        result.facts = [
            (.standard, found.standard_name),
            (.levelLabel, found.standard_level.isEmpty ? "—" : found.standard_level),
            (.occupation, thai ? found.occupation_name_th : found.occupation_name_en),
            (
                .certifyingBody,
                CertifyingBodyKind(rawValue: found.body).map { t(AssessmentText.body($0)) } ?? found.body
            ),
            (.assessor, thai ? found.assessor_name_th : found.assessor_name_en),
            (.externalNumber, found.external_number ?? "—"),
            (.heldOn, t.day(found.held_on)),
            (.issuedOn, t.day(found.issued_on)),
            (.expiresOn, found.expires_on.map { t.day($0) } ?? "—"),
            (.issuingEstate, thai ? found.estate_name_th : found.estate_name_en),
        ]
        return .init(typed: code, outcome: .found(result))
    }

    static func message(_ problem: VerificationCode.Problem, _ t: Localizer) -> String {
        switch problem {
        case .wrongLength(let count): t(.verifyWrongLength, String(count))
        case .notInAlphabet(let character): t(.verifyNotInAlphabet, String(character))
        case .checkFailed: t(.verifyMistyped)
        }
    }
}
