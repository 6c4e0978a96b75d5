import Fluent
import Foundation
import SanfanCore

final class User: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: Role
    @Field(key: "language") var language: String
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?
    /// Two-factor sign-in (issue 16): the TOTP secret, sealed (`NationalIDVault.sealSecret`); when
    /// it was turned on; and the last step a code was accepted for, so no code works twice.
    @OptionalField(key: "totp_secret_sealed") var totpSecretSealed: String?
    @OptionalField(key: "totp_enabled_at") var totpEnabledAt: Date?
    @OptionalField(key: "totp_last_step") var totpLastStep: Int64?

    @OptionalParent(key: "organisation_id") var organisation: Organisation?
    @Siblings(through: UserEstate.self, from: \.$user, to: \.$estate) var estates: [Estate]

    init() {}

    init(
        id: UUID? = nil,
        username: String,
        displayName: String,
        passwordHash: String,
        role: Role,
        organisationID: UUID? = nil,
        language: Language = .thai
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.$organisation.id = organisationID
        self.language = language.rawValue
        self.isActive = true
    }
}

extension User: Auditable {
    static let auditEntity = "user"

    /// Never the password hash: the audit log records that it changed, not what it became.
    var auditSnapshot: [String: String] {
        [
            "username": username,
            "display_name": displayName,
            "role": role.rawValue,
            "language": language,
            "is_active": String(isActive),
            "organisation_id": $organisation.id?.uuidString ?? "",
            "password": passwordHash.isEmpty ? "" : "••••••",
        ]
    }
}
