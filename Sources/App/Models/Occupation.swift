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

    init() {}
}
