import Fluent
import Foundation
import SanfanCore

/// A person registered in the programme. Personal data: read only through the access policy.
final class Participant: Model, @unchecked Sendable {
    static let schema = "participants"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @OptionalField(key: "created_by") var createdBy: UUID?

    @Parent(key: "estate_id") var estate: Estate
    @OptionalParent(key: "community_id") var community: Community?
    @Field(key: "prefix") var prefix: String
    @Field(key: "first_name_th") var firstNameTh: String
    @Field(key: "last_name_th") var lastNameTh: String
    @OptionalField(key: "first_name_en") var firstNameEn: String?
    @OptionalField(key: "last_name_en") var lastNameEn: String?
    @Field(key: "gender") var gender: String
    /// ISO `YYYY-MM-DD`, Gregorian.
    @Field(key: "birth_date") var birthDate: String
    /// AES-GCM ciphertext of the 13 digits; never the digits themselves.
    @OptionalField(key: "national_id_sealed") var nationalIDSealed: String?
    /// Keyed HMAC of the digits, for lookup and uniqueness.
    @OptionalField(key: "national_id_index") var nationalIDIndex: String?
    @OptionalField(key: "no_id_reason") var noIDReason: String?
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "house_no") var houseNo: String?
    @OptionalField(key: "moo") var moo: Int?
    @OptionalField(key: "soi") var soi: String?
    @OptionalField(key: "road") var road: String?
    @Field(key: "subdistrict_code") var subdistrictCode: Int
    @Field(key: "education_level") var educationLevel: String
    @OptionalField(key: "prior_occupation") var priorOccupation: String?
    @Field(key: "baseline_income_satang") var baselineIncomeSatang: Int64
    /// Sensitive (PDPA s.26): kept only while explicit consent stands.
    @OptionalField(key: "disability") var disability: String?
    @OptionalField(key: "notes") var notes: String?

    @Field(key: "sort_key") var sortKey: String
    @Field(key: "first_name_key") var firstNameKey: String
    @Field(key: "last_name_key") var lastNameKey: String
    @OptionalField(key: "latin_name_key") var latinNameKey: String?
    @Field(key: "duplicate_key") var duplicateKey: String

    init() {}
}

extension Participant {
    /// Copies checked fields in, with everything derived from them.
    func apply(_ fields: ParticipantFields, vault: NationalIDVault) throws {
        prefix = fields.prefix
        firstNameTh = fields.firstNameTh
        lastNameTh = fields.lastNameTh
        firstNameEn = fields.firstNameEn
        lastNameEn = fields.lastNameEn
        gender = fields.gender.rawValue
        birthDate = fields.birthDate.iso
        nationalIDSealed = try fields.nationalID.map(vault.seal)
        nationalIDIndex = fields.nationalID.map(vault.blindIndex)
        noIDReason = fields.noIDReason
        phone = fields.phone
        houseNo = fields.houseNo
        moo = fields.moo
        soi = fields.soi
        road = fields.road
        subdistrictCode = fields.subdistrictCode
        educationLevel = fields.educationLevel.rawValue
        priorOccupation = fields.priorOccupation
        baselineIncomeSatang = fields.baselineIncome.value
        disability = fields.disability
        notes = fields.notes
        let keys = Self.keys(first: fields.firstNameTh, last: fields.lastNameTh, latinFirst: fields.firstNameEn)
        sortKey = keys.sort
        firstNameKey = keys.first
        lastNameKey = keys.last
        latinNameKey = keys.latin
        duplicateKey = keys.first + " " + keys.last + "|" + fields.birthDate.iso
    }

    /// Dictionary-order and search keys. One function, so bulk inserts and forms agree.
    static func keys(
        first: String,
        last: String,
        latinFirst: String?
    ) -> (
        sort: String, first: String, last: String, latin: String?
    ) {
        (
            ThaiText.sortKey(first) + "\u{2}" + ThaiText.sortKey(last),
            ThaiText.normalise(first), ThaiText.normalise(last),
            latinFirst.map(ThaiText.normalise)
        )
    }

    var displayName: String { "\(prefix)\(firstNameTh) \(lastNameTh)" }
}

extension Participant: Auditable {
    static let auditEntity = "participant"

    /// The national ID is recorded only as changed or not: the audit log is no copy of the registry.
    var auditSnapshot: [String: String] {
        [
            "estate_id": $estate.id.uuidString.lowercased(),
            "community_id": $community.id?.uuidString.lowercased() ?? "",
            "prefix": prefix, "first_name_th": firstNameTh, "last_name_th": lastNameTh,
            "first_name_en": firstNameEn ?? "", "last_name_en": lastNameEn ?? "", "gender": gender,
            "birth_date": birthDate, "national_id": nationalIDIndex.map { "•••• " + $0.prefix(8) } ?? "",
            "no_id_reason": noIDReason ?? "", "phone": phone ?? "", "house_no": houseNo ?? "",
            "moo": moo.map(String.init) ?? "", "soi": soi ?? "", "road": road ?? "",
            "subdistrict_code": String(subdistrictCode), "education_level": educationLevel,
            "prior_occupation": priorOccupation ?? "", "baseline_income_satang": String(baselineIncomeSatang),
            "disability": disability == nil ? "" : "••••", "notes": notes ?? "",
        ]
    }
}
