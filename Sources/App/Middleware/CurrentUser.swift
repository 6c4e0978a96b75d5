import Fluent
import SanfanCore
import Vapor

/// Sets the signed-in user from the session on every page request. The account and its access are
/// read afresh each time, with the session itself (`DatabaseSessions`, `AuthQueries`), so disabling
/// an account or changing its estates takes effect on the next click.
struct CurrentUser: AsyncMiddleware {
    static let sessionKey = "uid"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.hasSession, let raw = request.session.data[Self.sessionKey], let id = UUID(uuidString: raw) {
            let account: AuthQueries.Account?
            if let read = request.storage[DatabaseSessions.AccountKey.self], read.userID == id {
                account = read.account
            } else {
                // A session written before sessions named their account.
                account = try await AuthQueries.account(id, on: request.db)
            }
            if let account {
                request.currentUser = account.user
                request.principal = account.principal
            } else {
                request.session.data[Self.sessionKey] = nil
            }
        }
        return try await next.respond(to: request)
    }
}

/// Sends visitors to the sign-in page, saying so when their session has ended.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.principal != nil else {
            // A session cookie without a signed-in user means the session expired or was ended.
            let hadSession = request.cookies[SessionCookie.name] != nil
            var query =
                "next=" + (request.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "%2F")
            if hadSession { query += "&expired=1" }
            return request.redirect(to: SiteURL.signIn.path + "?" + query)
        }
        return try await next.respond(to: request)
    }
}

/// Where two-factor sign-in is required (`Settings.requireTwoFactor`, `TwoFactor.required`), an
/// account without it reaches only the page that turns it on, and signing out, until it has.
struct RequireTwoFactorEnrolment: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let user = request.currentUser, TwoFactor.mustEnrol(user, request.sanfan.settings),
            ![SiteURL.accountTwoFactor.path, SiteURL.signOut.path].contains(request.url.path)
        {
            return request.redirect(to: SiteURL.accountTwoFactor.path)
        }
        return try await next.respond(to: request)
    }
}

/// The API's side of the same rule: a token of an account that must have two-step sign-in and
/// has not (issued before the requirement, or before an admin's reset) reaches nothing but its
/// own revocation.
struct RequireTwoFactorForAPI: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let user = request.currentUser, TwoFactor.mustEnrol(user, request.sanfan.settings),
            request.method != .DELETE
        {
            throw ApiError(.forbidden, code: "two_factor_enrolment_required", .apiTwoFactorEnrol)
        }
        return try await next.respond(to: request)
    }
}

/// Refuses a page or API route to users whose role lacks a capability (403).
struct RequireCapability: AsyncMiddleware {
    let capability: Capability

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let principal = request.principal, AccessPolicy.can(principal, capability) else {
            throw Abort(.forbidden)
        }
        return try await next.respond(to: request)
    }
}

enum SessionCookie {
    static let name = "sanfan-session"
}
