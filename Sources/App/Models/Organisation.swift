import Fluent
import Foundation
import SanfanCore

/// A partner organisation: bank, guarantor, training provider, certifying body, school and so on.
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    enum Kind: String, CaseIterable, Codable, Sendable {
        case authority
        case trainingProvider = "training_provider"
        case certifyingBody = "certifying_body"
        case bank
        case guarantor
        case school
        case industryAssociation = "industry_association"
        case ngo
        case employer

        /// The kinds that may give a course.
        static let teaching: Set<Kind> = [.trainingProvider, .school, .certifyingBody, .ngo, .industryAssociation]

        /// What its users do for the programme, which decides what they see of a person.
        var part: PartnerPart {
            switch self {
            case .bank, .guarantor: .lender
            case .trainingProvider, .school: .trainer
            case .certifyingBody: .assessor
            case .employer: .employer
            case .authority, .industryAssociation, .ngo: .other
            }
        }
    }

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "code") var code: String
    @Field(key: "name_th") var nameTh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "short_name") var shortName: String
    @Field(key: "kind") var kind: Kind
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "contact_name") var contactName: String?
    @OptionalField(key: "contact_phone") var contactPhone: String?
    @OptionalField(key: "contact_email") var contactEmail: String?

    init() {}

    /// Whether it assesses people against a standard: a certifying body (TPQI and its accredited
    /// centres), or DSD, which trains and also tests against its own skill standards.
    var assesses: Bool { kind.part == .assessor || code == "DSD" }
}

extension Organisation: Auditable {
    static let auditEntity = "organisation"

    var auditSnapshot: [String: String] {
        [
            "code": code, "short_name": shortName, "name_th": nameTh, "name_en": nameEn, "kind": kind.rawValue,
            "is_active": String(isActive), "contact_name": contactName ?? "", "contact_phone": contactPhone ?? "",
            "contact_email": contactEmail ?? "",
        ]
    }
}
