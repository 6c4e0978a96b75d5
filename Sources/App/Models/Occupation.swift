import Fluent
import Foundation

/// An occupation the programme trains for, with the body that certifies it where one exists.
final class Occupation: Model, @unchecked Sendable {
    static let schema = "occupations"

    /// Mobile-phone and small-boat engine repair have no public standard: `none` must be allowed.
    enum CertifyingBody: String, CaseIterable, Codable, Sendable {
        case tpqi, dsd, none
    }

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "code") var code: String
    @Field(key: "name_th") var nameTh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "sector_th") var sectorTh: String
    @Field(key: "certifying_body") var certifyingBody: CertifyingBody
    @Field(key: "is_active") var isActive: Bool
    /// The professional standard a course leads to, e.g. TPQI's "นวดไทยเพื่อสุขภาพ ชั้น 1".
    @OptionalField(key: "standard_name") var standardName: String?
    @OptionalField(key: "standard_code") var standardCode: String?
    @OptionalField(key: "standard_level") var standardLevel: String?

    init() {}
}

extension Occupation: Auditable {
    static let auditEntity = "occupation"

    var auditSnapshot: [String: String] {
        [
            "code": code, "name_th": nameTh, "name_en": nameEn, "sector_th": sectorTh,
            "certifying_body": certifyingBody.rawValue, "is_active": String(isActive),
            "standard_name": standardName ?? "", "standard_code": standardCode ?? "",
            "standard_level": standardLevel ?? "",
        ]
    }
}

/// A unit of competency (หน่วยสมรรถนะ) of an occupation's standard, in the standard's order.
final class OccupationUnit: Model, @unchecked Sendable {
    static let schema = "occupation_units"

    @ID(key: .id) var id: UUID?
    @Parent(key: "occupation_id") var occupation: Occupation
    @Field(key: "position") var position: Int
    @Field(key: "code") var code: String
    @Field(key: "name_th") var nameTh: String

    init() {}
}
