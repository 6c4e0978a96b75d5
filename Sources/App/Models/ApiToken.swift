import Fluent
import Foundation

/// A bearer token for `/api/v1`. Only its SHA-256 digest is stored.
final class ApiToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    @Parent(key: "user_id") var user: User
    @Field(key: "token_digest") var tokenDigest: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(userID: UUID, tokenDigest: String, expiresAt: Date) {
        self.$user.id = userID
        self.tokenDigest = tokenDigest
        self.expiresAt = expiresAt
    }
}
