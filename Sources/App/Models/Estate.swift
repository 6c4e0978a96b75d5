import Fluent
import Foundation

/// An IEAT industrial estate. Its `code` is stable: imports, URLs and commands refer to it.
final class Estate: Model, @unchecked Sendable {
    static let schema = "estates"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "code") var code: String
    @Field(key: "name_th") var nameTh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "province_code") var provinceCode: Int
    @Field(key: "district_th") var districtTh: String
    /// `ieat` (run by IEAT itself), `joint` (with a private developer) or `unknown`.
    @Field(key: "operator") var operatorKind: String
    /// The fiscal year (BE) the estate joined the programme, if it has.
    @OptionalField(key: "programme_year") var programmeYear: Int?
    @Field(key: "is_active") var isActive: Bool

    init() {}
}

extension Estate: Auditable {
    static let auditEntity = "estate"

    var auditSnapshot: [String: String] {
        [
            "code": code, "name_th": nameTh, "name_en": nameEn, "province_code": String(provinceCode),
            "district_th": districtTh, "operator": operatorKind, "programme_year": programmeYear.map(String.init) ?? "",
            "is_active": String(isActive),
        ]
    }
}
