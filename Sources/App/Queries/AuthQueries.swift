import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Who is asking, in one indexed statement per request: the session (by its key's digest) or the
/// API token, joined to its account, the account's organisation and, for an officer, their estates.
/// Read afresh on every request, so signing out, revoking a token, disabling an account or changing
/// its estates takes effect on the next one, on every app server.
enum AuthQueries {
    /// An account that may sign in, and its access.
    struct Account: Sendable {
        let user: SignedInUser
        let principal: Principal
    }

    struct Session: Sendable {
        let data: String
        let expiresAt: Date
        let touchedAt: Date
        /// The account the session is signed in to (`user_id`), if any.
        let userID: UUID?
        /// That account when it is active; nil for visitors and disabled accounts.
        let account: Account?
    }

    static func session(digest: String, on database: any Database) async throws -> Session? {
        let row = try await database.sql.raw(
            """
            SELECT s.data, s.expires_at, s.touched_at, s.user_id AS session_user, \(account(database)) FROM sessions s \
            LEFT JOIN users u ON u.id = s.user_id LEFT JOIN organisations o ON o.id = u.organisation_id \
            WHERE s.key_digest = \(bind: digest)
            """
        ).first()
        guard let row else { return nil }
        return Session(
            data: try row.decode(column: "data", as: String.self),
            expiresAt: try row.decode(column: "expires_at", as: Date.self),
            touchedAt: try row.decode(column: "touched_at", as: Date.self),
            userID: try row.decode(column: "session_user", as: UUID?.self),
            account: try account(row)
        )
    }

    /// An active account by id, for a session written before sessions named their account.
    static func account(_ id: UUID, on database: any Database) async throws -> Account? {
        let row = try await database.sql.raw(
            """
            SELECT \(account(database)) FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id \
            WHERE u.id = \(bind: id)
            """
        ).first()
        return try row.flatMap(account)
    }

    /// A current, unrevoked token's id and its active account.
    static func token(digest: String, now: Date, on database: any Database) async throws -> (UUID, Account)? {
        let row = try await database.sql.raw(
            """
            SELECT t.id AS token_id, \(account(database)) FROM api_tokens t JOIN users u ON u.id = t.user_id \
            LEFT JOIN organisations o ON o.id = u.organisation_id \
            WHERE t.token_digest = \(bind: digest) AND t.revoked_at IS NULL AND t.expires_at > \(bind: now)
            """
        ).first()
        guard let row, let account = try account(row) else { return nil }
        return (try row.decode(column: "token_id", as: UUID.self), account)
    }

    /// The account's columns, with an officer's estates as one comma-separated list.
    private static func account(_ database: any Database) -> SQLQueryString {
        let estates: SQLQueryString =
            database.isSQLite
            ? "(SELECT group_concat(ue.estate_id, ',') FROM user_estates ue WHERE ue.user_id = u.id)"
            : "(SELECT string_agg(CAST(ue.estate_id AS TEXT), ',') FROM user_estates ue WHERE ue.user_id = u.id)"
        return """
            u.id AS user_id, u.username, u.display_name, u.role, u.language, u.is_active, u.organisation_id, \
            u.totp_enabled_at, \
            o.kind AS organisation_kind, CASE WHEN u.role = 'estate_officer' THEN \(estates) END AS estates
            """
    }

    private static func account(_ row: any SQLRow) throws -> Account? {
        guard let id = try row.decode(column: "user_id", as: UUID?.self),
            try row.decode(column: "is_active", as: Bool.self),
            let role = Role(rawValue: try row.decode(column: "role", as: String.self))
        else { return nil }
        let user = SignedInUser(
            id: id,
            username: try row.decode(column: "username", as: String.self),
            displayName: try row.decode(column: "display_name", as: String.self),
            role: role,
            language: try row.decode(column: "language", as: String.self),
            hasTwoFactor: try !row.decodeNil(column: "totp_enabled_at")
        )
        let kind = try row.decode(column: "organisation_kind", as: String?.self).flatMap(Organisation.Kind.init)
        let estates = try row.decode(column: "estates", as: String?.self).map {
            Set($0.split(separator: ",").compactMap { UUID(uuidString: String($0)) })
        }
        let principal = Principal(
            userID: id,
            username: user.username,
            role: role,
            estateIDs: role == .estateOfficer ? estates ?? [] : [],
            organisationID: role == .partner ? try row.decode(column: "organisation_id", as: UUID?.self) : nil,
            givesTraining: role == .partner && kind?.part == .trainer,
            partnerPart: role == .partner ? kind?.part : nil
        )
        return Account(user: user, principal: principal)
    }
}
