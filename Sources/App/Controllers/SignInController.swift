import Fluent
import SQLKit
import SanfanCore
import Vapor

/// Sign-in and sign-out for the web pages.
enum SignInController {
    struct Form: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    static func show(req: Request) async throws -> Response {
        if req.principal != nil { return req.redirect(to: SiteURL.home.path) }
        var model = SignIn.Model(next: safeNext(req.query["next"]))
        let t = req.localizer
        if req.query["expired"] == "1" { model.notice = t(.sessionExpired) }
        if req.query["signed_out"] == "1" { model.notice = t(.signedOut) }
        return render(model, req)
    }

    static func submit(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        var model = SignIn.Model(username: form.username ?? "", next: safeNext(form.next))
        let t = req.localizer
        guard let username = form.username, !username.isEmpty, let password = form.password, !password.isEmpty else {
            model.error = t(.wrongCredentials)
            return render(model, req, status: .unauthorized)
        }
        let outcome = try await SignInService.attempt(
            username: username,
            password: password,
            ip: req.clientIP,
            channel: .web,
            on: req.db,
            passwords: req.sanfan.passwords,
            clock: req.sanfan.clock
        )
        switch outcome {
        case .success(let user) where user.totpEnabledAt != nil:
            // The password was right: the code is asked next, in a fresh session that signs no
            // one in until it is given.
            try await rotateSession(req)
            req.session.data[pendingKey] =
                "\(try user.requireID().uuidString)|\(req.sanfan.clock.now().timeIntervalSince1970)"
            return req.redirect(
                to: SiteURL.signInCode.path + "?next="
                    + (model.next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "%2F")
            )
        case .success(let user):
            try await startSession(for: user, req)
            return req.redirect(to: model.next)
        case .wrongCredentials:
            model.error = t(.wrongCredentials)
            return render(model, req, status: .unauthorized)
        case .disabled:
            model.error = t(.accountDisabled)
            return render(model, req, status: .forbidden)
        case .locked(let until):
            model.error = t(.lockedOut, t.time(until))
            let response = render(model, req, status: .tooManyRequests)
            let seconds = Int(until.timeIntervalSince(req.sanfan.clock.now()).rounded(.up))
            response.headers.replaceOrAdd(name: "Retry-After", value: String(max(1, seconds)))
            return response
        }
    }

    static func signOut(req: Request) async throws -> Response {
        req.session.destroy()
        return req.redirect(to: SiteURL.signIn.path + "?signed_out=1")
    }

    /// Who gave the right password and still owes the code, and when (in the session's data).
    static let pendingKey = "pending_2fa"
    /// How long the code may take after the password.
    static let pendingLifetime: TimeInterval = 300

    static func codeForm(req: Request) async throws -> Response {
        guard try await pendingUser(req) != nil else { return req.redirect(to: SiteURL.signIn.path) }
        _ = req.csrfToken(create: true)
        return TwoFactorPages.codeForm(next: safeNext(req.query["next"]), error: nil, req.pageContext()).response()
    }

    /// The second step: the code (or a recovery code), throttled with the passwords for the same
    /// account and address.
    static func submitCode(req: Request) async throws -> Response {
        let t = req.localizer
        let next = safeNext(try? req.content.get(String.self, at: "next"))
        guard let user = try await pendingUser(req) else {
            req.session.data[pendingKey] = nil
            let response = req.redirect(to: SiteURL.signIn.path + "?expired=1")
            return response
        }
        let typed = (try? req.content.get(String.self, at: "code")) ?? ""
        let now = req.sanfan.clock.now()
        let claim = try await SignInService.claimCheck(
            username: user.username,
            ip: req.clientIP,
            channel: .web,
            now: now,
            on: req.db
        )
        guard case .claimed(let attempt) = claim else {
            if case .locked(let until) = claim {
                _ = req.csrfToken(create: true)
                let response = TwoFactorPages.codeForm(
                    next: next,
                    error: t(.lockedOut, t.time(until)),
                    req.pageContext()
                )
                .response(status: .tooManyRequests)
                response.headers.replaceOrAdd(
                    name: "Retry-After",
                    value: String(max(1, Int(until.timeIntervalSince(now).rounded(.up))))
                )
                return response
            }
            throw Abort(.tooManyRequests)
        }
        let accepted = try await TwoFactor.accept(typed, for: user, vault: req.sanfan.vault, at: now, on: req.db)
        try await SignInService.settle(attempt, accepted ? "success" : "failure", req.db)
        guard accepted else {
            _ = req.csrfToken(create: true)
            return TwoFactorPages.codeForm(next: next, error: t(.twoFactorWrongCode), req.pageContext())
                .response(status: .unauthorized)
        }
        try await req.db.sql.update(User.schema).set("last_sign_in_at", to: SQLBind(now))
            .where("id", .equal, SQLBind(try user.requireID())).run()
        try await startSession(for: user, req)
        return req.redirect(to: next)
    }

    /// The account that gave its password in this session a moment ago, if it is still active.
    private static func pendingUser(_ req: Request) async throws -> User? {
        guard let pending = req.session.data[pendingKey] else { return nil }
        let parts = pending.split(separator: "|")
        guard parts.count == 2, let id = UUID(uuidString: String(parts[0])), let since = Double(parts[1]),
            req.sanfan.clock.now().timeIntervalSince1970 - since < pendingLifetime,
            let user = try await UserQueries.find(id, on: req.db), user.isActive, user.totpEnabledAt != nil
        else { return nil }
        return user
    }

    /// A new session key, so a key planted before sign-in is worthless after it.
    private static func rotateSession(_ req: Request) async throws {
        if let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
        }
        req.session.id = nil
        req.session.data = SessionData()
    }

    /// A new session key at sign-in, so a key planted before sign-in is worthless after it.
    private static func startSession(for user: User, _ req: Request) async throws {
        try await rotateSession(req)
        req.session.data[CurrentUser.sessionKey] = try user.requireID().uuidString
        _ = req.csrfToken(create: true)
    }

    private static func render(_ model: SignIn.Model, _ req: Request, status: HTTPResponseStatus = .ok) -> Response {
        _ = req.csrfToken(create: true)
        return SignIn.view(model, req.pageContext()).response(status: status)
    }

    /// Only local paths, re-encoded: a crafted `next=https://evil.example`, `next=/%09/evil.example` or
    /// a CR LF that would add a header must not turn sign-in into a redirector (`LocalRedirect`).
    static func safeNext(_ next: String?) -> String {
        LocalRedirect.path(next)
    }
}
