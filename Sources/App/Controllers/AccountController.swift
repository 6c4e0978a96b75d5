import Fluent
import Foundation
import SanfanCore
import Vapor

/// A person's own sessions (issue 16), and an admin's "sign out everywhere" for an account.
enum AccountController {
    static func sessions(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let current = req.session.id.map { SecretToken.digest($0.string) }
        let rows = try await SignedInSessions.list(of: principal.userID, now: req.sanfan.clock.now(), on: req.db)
        let model = AccountSessions.Model(
            rows: rows.map { row in
                AccountSessions.Row(
                    digest: row.digest,
                    browser: AccountSessions.browserName(row.userAgent),
                    address: row.ip ?? "—",
                    signedIn: row.createdAt.map { t.dateTime($0) } ?? "—",
                    lastUsed: t.dateTime(row.touchedAt),
                    isCurrent: row.digest == current
                )
            }
        )
        return AccountSessions.view(model, req.pageContext()).response()
    }

    /// Ends one session (`session`, its digest) or every other one (`others`).
    static func endSessions(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let current = req.session.id.map { SecretToken.digest($0.string) }
        let named = try? req.content.get(String.self, at: "session")
        let others = (try? req.content.get(String.self, at: "others")) == "1"
        let ended: Int
        if let named, !named.isEmpty, !others {
            ended = try await SignedInSessions.end(
                [named],
                keeping: nil,
                of: principal,
                at: req.sanfan.clock.now(),
                on: req.db
            )
            // Ending this very session is signing out.
            if named == current {
                req.session.destroy()
                return req.redirect(to: SiteURL.signIn.path)
            }
        } else {
            // All the others only when asked for in so many words: a malformed `session` ends nothing.
            guard others else { throw Abort(.badRequest) }
            ended = try await SignedInSessions.end(
                nil,
                keeping: current,
                of: principal,
                at: req.sanfan.clock.now(),
                on: req.db
            )
        }
        req.flash = req.localizer(.sessionsEnded, String(ended))
        return req.redirect(to: SiteURL.accountSessions.path)
    }

    static func signOutEverywhere(req: Request) async throws -> Response {
        let user = try await req.scoped.account()
        let ended = try await SignedInSessions.signOutEverywhere(
            user,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        req.flash = req.localizer(.signedOutEverywhere, String(ended.sessions), String(ended.tokens))
        return req.redirect(to: SiteURL.user(try user.requireID()).path)
    }

    /// The session's pending secret (sealed), while two-step sign-in is being turned on.
    static let enrolKey = "totp_enrol"

    static func twoFactor(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        guard let user = try await UserQueries.find(principal.userID, on: req.db) else { throw Abort(.notFound) }
        if let since = user.totpEnabledAt {
            let left = try await TwoFactor.recoveryCodesLeft(user, on: req.db)
            return TwoFactorPages.status(enabledOn: req.localizer.dateTime(since), codesLeft: left, req.pageContext())
                .response()
        }
        return try renderEnrolment(user, error: nil, req)
    }

    static func enrolTwoFactor(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        guard let user = try await UserQueries.find(principal.userID, on: req.db) else { throw Abort(.notFound) }
        guard user.totpEnabledAt == nil, let sealed = req.session.data[enrolKey] else {
            return req.redirect(to: SiteURL.accountTwoFactor.path)
        }
        let typed = (try? req.content.get(String.self, at: "code")) ?? ""
        let password = (try? req.content.get(String.self, at: "password")) ?? ""
        let t = req.localizer
        let now = req.sanfan.clock.now()
        // The password again, throttled like sign-in: a session left open is not enough to tie
        // the account to someone else's phone.
        let claim = try await SignInService.claimCheck(
            username: user.username,
            ip: req.clientIP,
            channel: .web,
            now: now,
            on: req.db
        )
        guard case .claimed(let attempt) = claim else {
            let until = if case .locked(let until) = claim { until } else { now }
            return try renderEnrolment(user, error: t(.lockedOut, t.time(until)), req, status: .tooManyRequests)
        }
        guard !password.isEmpty, try await req.sanfan.passwords.verify(password, against: user.passwordHash) else {
            try await SignInService.settle(attempt, "failure", req.db)
            return try renderEnrolment(user, error: t(.wrongCredentials), req, status: .unprocessableEntity)
        }
        try await SignInService.settle(attempt, "password_ok", req.db)
        do {
            let codes = try await TwoFactor.enrol(
                user,
                sealed: sealed,
                typed: typed,
                keeping: req.session.id.map { SecretToken.digest($0.string) },
                vault: req.sanfan.vault,
                at: now,
                on: req.db
            )
            req.session.data[enrolKey] = nil
            return TwoFactorPages.recoveryCodes(codes, req.pageContext()).response()
        } catch is FieldErrors {
            return try renderEnrolment(user, error: t(.twoFactorWrongCode), req, status: .unprocessableEntity)
        }
    }

    /// The QR code and key for a secret kept in the session until a code confirms it.
    private static func renderEnrolment(
        _ user: User,
        error: String?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> Response {
        let vault = req.sanfan.vault
        let secret: [UInt8]
        if let sealed = req.session.data[enrolKey], let opened = vault.openSecret(sealed) {
            secret = opened
        } else {
            secret = TOTP.generateSecret()
            req.session.data[enrolKey] = try vault.sealSecret(secret)
        }
        let uri = TOTP.uri(secret: secret, account: user.username, issuer: TwoFactor.issuer)
        let key = Base32.encode(secret)
        let grouped = stride(from: 0, to: key.count, by: 4).map {
            String(key.dropFirst($0).prefix(4))
        }.joined(separator: " ")
        let model = TwoFactorPages.Enrolment(
            qr: try QRCode(uri).svg(moduleSize: 5, title: req.localizer(.twoFactorStepScan)),
            secret: grouped,
            error: error
        )
        let required = req.sanfan.settings.requireTwoFactor && TwoFactor.required(for: user.role)
        return TwoFactorPages.enrol(model, required: required, req.pageContext()).response(status: status)
    }

    static func resetTwoFactor(req: Request) async throws -> Response {
        let user = try await req.scoped.account()
        try await TwoFactor.reset(user, by: req.requirePrincipal(), at: req.sanfan.clock.now(), on: req.db)
        req.flash = req.localizer(.twoFactorWasReset)
        return req.redirect(to: SiteURL.user(try user.requireID()).path)
    }
}
