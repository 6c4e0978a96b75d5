import Foundation
import SanfanCore
import Vapor

/// Certificates as signed credentials: the published keys, the download, and checking a pasted
/// credential on the public verify page.
enum CredentialController {
    static func jwks(req: Request) async throws -> Response {
        guard let keys = req.sanfan.signing.keys else { throw unavailable }
        let response = Response(status: .ok)
        try response.content.encode(keys.jwks, as: .json)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }

    struct Download: Content {
        /// `vc+jwt`: the credential is the JWT itself.
        let format: String
        let credential: String
        let jwks: String
        let verify: String
    }

    /// The credential of a certificate within the reader's round scope.
    static func download(req: Request) async throws -> Response {
        try await respond(with: try await req.scoped.certificate(), req)
    }

    /// The holder's own copy, reached from the verify page their certificate's QR code opens: the
    /// code is the key, as on paper. Counted per client like the page.
    static func publicDownload(req: Request) async throws -> Response {
        if let wait = req.sanfan.verifyLimiter.check(req.clientIP, now: req.sanfan.clock.now()) {
            var error = ApiError(.tooManyRequests, code: "too_many_requests", .verifyTooMany)
            error.retryAfter = wait
            throw error
        }
        guard let typed = req.parameters.get("code"), let code = try? VerificationCode.parse(typed).get(),
            let certificate = try await CertificateQueries.find(code: code.characters, on: req.db)
        else { throw Abort(.notFound) }
        return try await respond(with: certificate, req)
    }

    private static func respond(with certificate: Certificate, _ req: Request) async throws -> Response {
        guard let keys = req.sanfan.signing.keys else { throw unavailable }
        let holder = try await certificate.$participant.get(on: req.db)
        let round = try await certificate.$round.get(on: req.db)
        let estate = try await certificate.$estate.get(on: req.db)
        let occupation = try await round.$occupation.get(on: req.db)
        let base = publicBase(req)
        let token = try await Credentials.issue(
            certificate,
            holder: holder,
            round: round,
            estate: estate,
            occupation: occupation,
            base: base,
            keys: keys
        )
        let response = Response(status: .ok)
        try response.content.encode(
            Download(
                format: "vc+jwt",
                credential: token,
                jwks: base + SiteURL.jwks.path,
                verify: base + SiteURL.verifyForm.path
            ),
            as: .json
        )
        if !req.url.path.hasPrefix("/api/") {
            response.headers.replaceOrAdd(
                name: .contentDisposition,
                value: "attachment; filename=\"sanfan-certificate-\(certificate.code).json\""
            )
        }
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// A pasted credential, checked: signature, expiry, revocation.
    static func verify(req: Request) async throws -> Response {
        let t = req.localizer
        if let wait = req.sanfan.verifyLimiter.check(req.clientIP, now: req.sanfan.clock.now()) {
            let response = VerifyPage.view(.init(outcome: .malformed(t(.verifyTooMany))), req.pageContext())
                .response(status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
            return response
        }
        let pasted = String(((try? req.content.get(String.self, at: "credential")) ?? "").prefix(20_000))
        guard let keys = req.sanfan.signing.keys else { throw unavailable }
        // A downloaded file holds the JWT in its "credential" field; a bare JWT is fine too.
        var token = pasted
        if let data = pasted.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let inner = object["credential"] as? String
        {
            token = inner
        }
        let outcome = try await Credentials.verify(token, keys: keys, now: req.sanfan.clock.now(), on: req.db)
        switch outcome {
        case .unreadable:
            return VerifyPage.view(
                .init(outcome: .malformed(t(.credentialUnreadable)), credential: pasted),
                req.pageContext()
            ).response(status: .badRequest)
        case .badSignature:
            return VerifyPage.view(
                .init(outcome: .malformed(t(.credentialBadSignature)), credential: pasted),
                req.pageContext()
            ).response(status: .unprocessableEntity)
        case .unknownCertificate:
            return VerifyPage.view(
                .init(outcome: .malformed(t(.credentialUnknown)), credential: pasted),
                req.pageContext()
            ).response(status: .unprocessableEntity)
        case .valid(_, let code), .expired(_, let code), .revoked(_, let code):
            // The signature holds: the rest is what the certificate's own page says today.
            var page = try await VerifyController.lookup(code, req)
            page.signatureChecked = true
            return VerifyPage.view(page, req.pageContext()).response()
        }
    }

    static func publicBase(_ req: Request) -> String {
        String(CertificateController.verifyURL("", req).dropLast(SiteURL.verify("").path.count))
    }

    static var unavailable: ApiError {
        ApiError(.serviceUnavailable, code: "credentials_unavailable", .credentialsUnavailable)
    }
}
