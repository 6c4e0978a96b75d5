import Fluent
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

    /// A new session key at sign-in, so a key planted before sign-in is worthless after it.
    private static func startSession(for user: User, _ req: Request) async throws {
        if let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
        }
        req.session.id = nil
        req.session.data = SessionData()
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
