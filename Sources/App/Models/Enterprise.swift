import Fluent
import Foundation
import SanfanCore

/// A business or community enterprise that programme people run or work in.
final class Enterprise: Model, @unchecked Sendable {
    static let schema = "enterprises"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Field(key: "kind") var kind: EnterpriseKind
    @Field(key: "name") var name: String
    /// A community enterprise's registration code, as printed on its certificate.
    @OptionalField(key: "registration_code") var registrationCode: String?
    /// A juristic person's 13-digit ID.
    @OptionalField(key: "juristic_id") var juristicID: String?
    @OptionalParent(key: "occupation_id") var occupation: Occupation?
    @Field(key: "products") var products: String
    @OptionalParent(key: "community_id") var community: Community?
    @Parent(key: "estate_id") var estate: Estate
    /// ISO day.
    @Field(key: "started_on") var startedOn: String
    @OptionalField(key: "recorded_by") var recordedBy: UUID?

    init() {}
}

/// A person's part in an enterprise. A person may belong to several, each once.
final class EnterpriseMember: Model, @unchecked Sendable {
    static let schema = "enterprise_members"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "enterprise_id") var enterprise: Enterprise
    @Parent(key: "participant_id") var participant: Participant
    @Field(key: "role") var role: MemberRole
    @Field(key: "joined_on") var joinedOn: String

    init() {}
}

/// An enterprise's revenue for one month, followed up by the estate.
final class EnterpriseRevenue: Model, @unchecked Sendable {
    static let schema = "enterprise_revenues"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "enterprise_id") var enterprise: Enterprise
    /// `2020-03`.
    @Field(key: "month") var month: String
    @Field(key: "revenue_satang") var revenueSatang: Int64

    init() {}
}

extension Enterprise: Auditable {
    static let auditEntity = "enterprise"

    var auditSnapshot: [String: String] {
        [
            "kind": kind.rawValue, "name": name, "registration_code": registrationCode ?? "",
            "juristic_id": juristicID ?? "", "occupation_id": $occupation.id?.uuidString.lowercased() ?? "",
            "products": products, "community_id": $community.id?.uuidString.lowercased() ?? "",
            "estate_id": $estate.id.uuidString.lowercased(), "started_on": startedOn,
        ]
    }
}

extension EnterpriseMember: Auditable {
    static let auditEntity = "enterprise_member"

    var auditSnapshot: [String: String] {
        [
            "enterprise_id": $enterprise.id.uuidString.lowercased(),
            "participant_id": $participant.id.uuidString.lowercased(), "role": role.rawValue, "joined_on": joinedOn,
        ]
    }
}

extension EnterpriseRevenue: Auditable {
    static let auditEntity = "enterprise_revenue"

    var auditSnapshot: [String: String] {
        [
            "enterprise_id": $enterprise.id.uuidString.lowercased(), "month": month,
            "revenue_satang": String(revenueSatang),
        ]
    }
}
