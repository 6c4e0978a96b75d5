import Fluent
import Foundation

/// A community (ชุมชน) around an estate, where participants live.
final class Community: Model, @unchecked Sendable {
    static let schema = "communities"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Parent(key: "estate_id") var estate: Estate
    @Field(key: "name_th") var nameTh: String
    @Field(key: "subdistrict_code") var subdistrictCode: Int
    @OptionalField(key: "households") var households: Int?
    @Field(key: "is_active") var isActive: Bool

    init() {}
}

extension Community: Auditable {
    static let auditEntity = "community"

    var auditSnapshot: [String: String] {
        [
            "estate_id": $estate.id.uuidString.lowercased(), "name_th": nameTh,
            "subdistrict_code": String(subdistrictCode), "households": households.map(String.init) ?? "",
            "is_active": String(isActive),
        ]
    }
}
