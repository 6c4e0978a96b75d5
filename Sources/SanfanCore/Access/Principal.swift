import Foundation

/// Who is asking: the signed-in user as the access policy sees them.
public struct Principal: Sendable, Equatable {
    public let userID: UUID
    public let username: String
    public let role: Role
    /// Estates an estate officer is assigned to; empty for other roles.
    public let estateIDs: Set<UUID>
    /// The partner organisation a partner user belongs to.
    public let organisationID: UUID?
    /// Whether that organisation gives courses (a training provider or a school): its users are trainers.
    public let givesTraining: Bool
    /// What a partner user's organisation does, which decides the fields they see (`Disclosure`).
    public let partnerPart: PartnerPart?

    public init(
        userID: UUID,
        username: String,
        role: Role,
        estateIDs: Set<UUID> = [],
        organisationID: UUID? = nil,
        givesTraining: Bool = false,
        partnerPart: PartnerPart? = nil
    ) {
        self.userID = userID
        self.username = username
        self.role = role
        self.estateIDs = estateIDs
        self.organisationID = organisationID
        self.givesTraining = givesTraining
        self.partnerPart = partnerPart
    }
}
