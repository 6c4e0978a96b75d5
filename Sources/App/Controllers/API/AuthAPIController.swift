import Fluent
import SanfanCore
import Vapor

/// `POST /api/v1/auth/token` and `DELETE /api/v1/auth/token`.
enum AuthAPIController {
    struct TokenRequest: Content {
        var username: String?
        var password: String?
        /// The second step's code, for an account with two-step sign-in on.
        var code: String?
    }

    struct TokenResponse: Content {
        let token: String
        let token_type: String
        let expires_at: Date
    }

    static func issue(req: Request) async throws -> Response {
        let body = try req.content.decode(TokenRequest.self)
        var missing: [String: Phrase] = [:]
        if (body.username ?? "").isEmpty { missing["username"] = .fieldRequired }
        if (body.password ?? "").isEmpty { missing["password"] = .fieldRequired }
        guard missing.isEmpty, let username = body.username, let password = body.password else {
            throw FieldErrors(fields: missing)
        }
        let outcome = try await SignInService.attempt(
            username: username,
            password: password,
            ip: req.clientIP,
            channel: .api,
            on: req.db,
            passwords: req.sanfan.passwords,
            clock: req.sanfan.clock
        )
        switch outcome {
        case .success(let user):
            try await secondStep(user, code: body.code, req)
            let issued = try await ApiTokens.issue(
                for: user,
                lifetime: req.sanfan.settings.apiTokenLifetime,
                on: req.db,
                now: req.sanfan.clock.now()
            )
            let response = Response(status: .ok)
            try response.content.encode(
                TokenResponse(token: issued.token, token_type: "Bearer", expires_at: issued.expiresAt),
                as: .json
            )
            return response
        case .wrongCredentials, .disabled:
            throw ApiError(.unauthorized, code: "invalid_credentials", .apiWrongCredentials)
        case .locked(let until):
            var error = ApiError(
                .tooManyRequests,
                code: "locked",
                .apiLocked,
                arguments: [ISO8601DateFormatter().string(from: until)]
            )
            error.retryAfter = Int(until.timeIntervalSince(req.sanfan.clock.now()).rounded(.up))
            throw error
        }
    }

    /// Revokes the token the request was made with.
    static func revoke(req: Request) async throws -> HTTPStatus {
        guard let token = req.apiToken else { throw ApiError(.unauthorized, code: "invalid_token", .apiInvalidToken) }
        try await ApiTokens.revoke(token, on: req.db, now: req.sanfan.clock.now())
        return .noContent
    }

    /// An account with two-step sign-in gives its code too (throttled with the passwords); one
    /// that must have it and has not turned it on gets no token until it has, on the web.
    private static func secondStep(_ user: User, code: String?, _ req: Request) async throws {
        guard user.totpEnabledAt != nil else {
            if req.sanfan.settings.requireTwoFactor, TwoFactor.required(for: user.role) {
                throw ApiError(.forbidden, code: "two_factor_enrolment_required", .apiTwoFactorEnrol)
            }
            return
        }
        guard let code, !code.isEmpty else {
            throw ApiError(.unauthorized, code: "two_factor_required", .apiTwoFactorRequired)
        }
        let now = req.sanfan.clock.now()
        let claim = try await SignInService.claimCheck(
            username: user.username,
            ip: req.clientIP,
            channel: .api,
            now: now,
            on: req.db
        )
        guard case .claimed(let attempt) = claim else {
            var error = ApiError(.tooManyRequests, code: "locked", .apiLocked, arguments: [""])
            if case .locked(let until) = claim {
                error = ApiError(
                    .tooManyRequests,
                    code: "locked",
                    .apiLocked,
                    arguments: [ISO8601DateFormatter().string(from: until)]
                )
                error.retryAfter = Int(until.timeIntervalSince(now).rounded(.up))
            }
            throw error
        }
        let accepted = try await TwoFactor.accept(code, for: user, vault: req.sanfan.vault, at: now, on: req.db)
        try await SignInService.settle(attempt, accepted ? "success" : "failure", req.db)
        guard accepted else { throw ApiError(.unauthorized, code: "invalid_code", .twoFactorWrongCode) }
    }
}
