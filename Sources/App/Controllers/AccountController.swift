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
        let ended: Int
        if let named, !named.isEmpty {
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
}
