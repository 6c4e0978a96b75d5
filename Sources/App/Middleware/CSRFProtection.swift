import SanfanCore
import Vapor

/// Synchronizer-token CSRF protection for every page form that changes data.
///
/// Each session holds a random token; every form carries it in `_csrf`; a POST without the matching
/// token is refused before its handler runs. SameSite=Lax cookies already stop most cross-site posts:
/// this closes the rest.
struct CSRFProtection: AsyncMiddleware {
    static let sessionKey = "csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .POST || request.method == .PUT || request.method == .PATCH || request.method == .DELETE
        else { return try await next.respond(to: request) }
        // Switching language as a visitor only sets a cookie; it needs no token.
        if request.url.path == SiteURL.language.path, request.principal == nil {
            return try await next.respond(to: request)
        }
        // The route collects the body only after its middleware has run; a body that arrives in more
        // than one piece (any form over a few KB) would not be there yet, and its token would look
        // missing. Collect it here, under the same limit the route would apply.
        if request.body.data == nil {
            let limit = request.route?.maxBody ?? request.application.routes.defaultMaxBodySize.value
            _ = try await request.body.collect(max: limit).get()
        }
        let expected = request.hasSession ? request.session.data[Self.sessionKey] : nil
        let submitted = try? request.content.get(String.self, at: Self.fieldName)
        guard let expected, let submitted, SecretToken.constantTimeEquals(expected, submitted) else {
            throw CSRFRejected()
        }
        return try await next.respond(to: request)
    }
}

/// Thrown when a form arrives without its token; the error responder turns it into a 403 page
/// that says the form expired.
struct CSRFRejected: Error {}

extension Request {
    /// The session's CSRF token, created (with the session) when a page shows a form to a visitor.
    func csrfToken(create: Bool = false) -> String? {
        if hasSession, let token = session.data[CSRFProtection.sessionKey] { return token }
        guard create else { return nil }
        let token = SecretToken.generate()
        session.data[CSRFProtection.sessionKey] = token
        return token
    }

    /// A one-time message shown on the next page.
    var flash: String? {
        get { hasSession ? session.data["flash"] : nil }
        set { session.data["flash"] = newValue }
    }
}
