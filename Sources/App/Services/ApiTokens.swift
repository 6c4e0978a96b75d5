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

    /// The token's record and active user, if the token is current.
    static func find(_ token: String, on database: any Database, now: Date) async throws -> (ApiToken, User)? {
        guard
            let record = try await UserQueries.token(digest: SecretToken.digest(token), now: now, on: database),
            record.user.isActive
        else { return nil }
        return (record, record.user)
    }

    static func revoke(_ record: ApiToken, on database: any Database, now: Date) async throws {
        record.revokedAt = now
        try await record.save(on: database)
    }
}
