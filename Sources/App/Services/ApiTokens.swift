import Fluent
import Foundation
import SanfanCore

/// Bearer tokens for the JSON API: random, stored as a digest, expiring, revocable.
enum ApiTokens {
    struct Issued: Sendable {
        let token: String
        let expiresAt: Date
    }

    static func issue(
        for user: User,
        lifetime: TimeInterval,
        on database: any Database,
        now: Date
    ) async throws -> Issued {
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(lifetime)
        try await ApiToken(userID: user.requireID(), tokenDigest: SecretToken.digest(token), expiresAt: expiresAt)
            .create(on: database)
        return Issued(token: token, expiresAt: expiresAt)
    }

    /// The token's id and its active account, if the token is current: one statement.
    static func find(
        _ token: String,
        on database: any Database,
        now: Date
    ) async throws -> (id: UUID, account: AuthQueries.Account)? {
        try await AuthQueries.token(digest: SecretToken.digest(token), now: now, on: database)
    }

    static func revoke(_ id: UUID, on database: any Database, now: Date) async throws {
        try await ApiToken.query(on: database).filter(\.$id == id).set(\.$revokedAt, to: now).update()
    }
}
