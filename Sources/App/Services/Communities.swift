import Fluent
import Foundation
import SanfanCore

/// Communities around an estate: its officers and HQ keep them. Validated whole and saved with its
/// audit entry in one transaction.
enum Communities {
    struct Input: Sendable {
        var estateID = ""
        var nameTh = ""
        var subdistrictCode = ""
        var households = ""
    }

    static func save(
        _ community: Community,
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let estateID = UUID(uuidString: input.estateID)
        if estateID == nil || !AccessPolicy.canReach(estate: estateID!, principal) {
            errors["estate_id"] = .estateOutOfScope
        } else if try await CatalogueQueries.find(Estate.self, estateID!, on: database) == nil {
            // HQ reaches every estate, including one that does not exist: name it, not a 500.
            errors["estate_id"] = .unknownChoice
        }
        let name = input.nameTh.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            errors["name_th"] = .fieldRequired
        } else if name.count > 200 {
            errors.set("name_th", .tooLong, "200")
        }
        let code = Int(ThaiText.normalise(input.subdistrictCode))
        let subdistrict = try await code.asyncMap { try await AddressQueries.subdistrict($0, on: database) } ?? nil
        if subdistrict == nil { errors["subdistrict_code"] = .unknownSubdistrict }
        var households: Int?
        let typed = input.households.trimmingCharacters(in: .whitespaces)
        if !typed.isEmpty {
            households = Int(ThaiText.normalise(typed).replacingOccurrences(of: ",", with: ""))
            if households == nil || households! < 0 || households! > 1_000_000 { errors["households"] = .notANumber }
        }
        if errors.isEmpty, let estateID,
            try await CommunityQueries.nameTaken(name, estate: estateID, except: community.id, on: database)
        {
            errors["name_th"] = .communityExists
        }
        guard errors.isEmpty, let estateID, let code else { throw errors }
        let isNew = community.id == nil
        let before = isNew ? nil : community.auditSnapshot
        community.$estate.id = estateID
        community.nameTh = name
        community.subdistrictCode = code
        community.households = households
        if isNew { community.isActive = true }
        // The same community saved twice at once: the second gets the check's own answer.
        try await UniqueIndex.guarded(answer: .one("name_th", .communityExists)) {
            try await database.writing { db in
                try await community.save(on: db)
                try await Audit.record(
                    isNew ? .create : .update,
                    community,
                    before: before,
                    by: Audit.Actor(principal),
                    at: now,
                    on: db
                )
            }
        }
    }
}

extension Communities.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("estate_id", \.estateID), ("name_th", \.nameTh), ("subdistrict_code", \.subdistrictCode),
            ("households", \.households),
        ]
    }

    init(stored community: Community) {
        self.init(
            estateID: community.$estate.id.uuidString,
            nameTh: community.nameTh,
            subdistrictCode: String(community.subdistrictCode),
            households: community.households.map(String.init) ?? ""
        )
    }
}
