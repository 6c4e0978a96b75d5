import Fluent
import Foundation
import SQLKit
import SanfanCore

/// HQ's catalogues: estates, occupations with their standards and units, partner organisations.
/// Each form arrives as text fields; each save is validated whole and audited.
enum Catalogues {
    typealias Values = [String: String]

    /// Trimmed value, or an error when required and empty or when too long.
    private static func text(
        _ values: Values,
        _ name: String,
        required: Bool = false,
        max: Int = 200,
        into errors: inout FieldErrors
    ) -> String? {
        let value = (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty {
            if required { errors[name] = .fieldRequired }
            return nil
        }
        if value.count > max { errors.set(name, .tooLong, String(max)) }
        return value
    }

    private static func code(_ values: Values, into errors: inout FieldErrors) -> String? {
        let value = text(values, "code", required: true, max: 40, into: &errors)?.uppercased()
        if let value, !value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            errors["code"] = .codeInvalid
        }
        return value
    }

    /// Whether another row of `table` already has `code` (codes are unique per catalogue).
    private static func isTaken(
        _ code: String,
        in table: String,
        other id: UUID?,
        on database: any Database
    )
        async throws -> Bool
    {
        try await CatalogueQueries.codeTaken(code, in: table, except: id, on: database)
    }

    private static func save<M: Model & Auditable>(
        _ record: M,
        isNew: Bool,
        before: [String: String]?,
        by principal: Principal,
        at now: Date,
        on database: any Database,
        alsoInside: (@Sendable (any Database) async throws -> Void)? = nil
    ) async throws where M.IDValue == UUID {
        // Every catalogue's unique key is its code; a twin save at the same moment gets the check's answer.
        try await UniqueIndex.guarded(answer: .one("code", .codeTaken)) {
            try await database.writing { db in
                try await record.save(on: db)
                try await alsoInside?(db)
                try await Audit.record(
                    isNew ? .create : .update,
                    record,
                    before: before,
                    by: .init(principal),
                    at: now,
                    on: db
                )
            }
        }
    }

    static func saveEstate(
        _ estate: Estate,
        _ values: Values,
        by principal: Principal,
        at now: Date,
        on database: any Database
    )
        async throws
    {
        var errors = FieldErrors()
        let code = code(values, into: &errors)
        let nameTh = text(values, "name_th", required: true, into: &errors)
        let nameEn = text(values, "name_en", required: true, into: &errors)
        let district = text(values, "district_th", into: &errors) ?? ""
        let province = Int(values["province_code"] ?? "")
        let provinces = try await AddressQueries.provinces(on: database)
        if province == nil || !provinces.contains(where: { $0.code == province! }) {
            errors["province_code"] = .unknownChoice
        }
        let operatorKind = values["operator"] ?? ""
        if !["ieat", "joint", "unknown"].contains(operatorKind) { errors["operator"] = .unknownChoice }
        var year: Int?
        if let typed = text(values, "programme_year", into: &errors) {
            year = Int(ThaiText.normalise(typed)).flatMap(ThaiCalendar.gregorianYear(fromTyped:))
                .map { $0 + ThaiCalendar.buddhistEraOffset }
            if year == nil { errors["programme_year"] = .yearOutOfRange }
        }
        if let code, try await isTaken(code, in: Estate.schema, other: estate.id, on: database) {
            errors["code"] = .codeTaken
        }
        guard errors.isEmpty, let code, let nameTh, let nameEn, let province else { throw errors }
        let isNew = estate.id == nil
        let before = isNew ? nil : estate.auditSnapshot
        estate.code = code
        estate.nameTh = nameTh
        estate.nameEn = nameEn
        estate.provinceCode = province
        estate.districtTh = district
        estate.operatorKind = operatorKind
        estate.programmeYear = year
        estate.isActive = values["is_active"] == "true"
        try await save(estate, isNew: isNew, before: before, by: principal, at: now, on: database)
    }

    static func saveOccupation(
        _ occupation: Occupation,
        _ values: Values,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let code = code(values, into: &errors)
        let nameTh = text(values, "name_th", required: true, into: &errors)
        let nameEn = text(values, "name_en", required: true, into: &errors)
        let sector = text(values, "sector_th", into: &errors) ?? ""
        let body = Occupation.CertifyingBody(rawValue: values["certifying_body"] ?? "")
        if body == nil { errors["certifying_body"] = .unknownChoice }
        let standardName = text(values, "standard_name", max: 300, into: &errors)
        let standardCode = text(values, "standard_code", max: 60, into: &errors)
        let standardLevel = text(values, "standard_level", max: 40, into: &errors)
        var units: [UnitsOfCompetency.Unit] = []
        switch UnitsOfCompetency.parse(values["units"] ?? "") {
        case .success(let parsed): units = parsed
        case .failure(.missingName(let line)), .failure(.tooLong(let line)):
            errors.set("units", .unitLineInvalid, String(line))
        case .failure(.duplicateCode(let code)): errors.set("units", .unitCodeRepeated, code)
        }
        if let code, try await isTaken(code, in: Occupation.schema, other: occupation.id, on: database) {
            errors["code"] = .codeTaken
        }
        guard errors.isEmpty, let code, let nameTh, let nameEn, let body else { throw errors }
        let isNew = occupation.id == nil
        var before = isNew ? nil : occupation.auditSnapshot
        if !isNew, let id = occupation.id {
            let old = try await CatalogueQueries.units(of: id, on: database)
            before?["units"] = UnitsOfCompetency.write(old.map { .init(code: $0.code, name: $0.nameTh) })
        }
        occupation.code = code
        occupation.nameTh = nameTh
        occupation.nameEn = nameEn
        occupation.sectorTh = sector
        occupation.certifyingBody = body
        occupation.standardName = standardName
        occupation.standardCode = standardCode
        occupation.standardLevel = standardLevel
        occupation.isActive = values["is_active"] == "true"
        let written = UnitsOfCompetency.write(units)
        let (newUnits, snapshotBefore) = (units, before)
        // A twin save at the same moment passes the code check too; the index refuses one of them.
        try await UniqueIndex.guarded(answer: .one("code", .codeTaken)) {
            try await database.writing { db in
                try await occupation.save(on: db)
                let id = try occupation.requireID()
                try await OccupationUnit.query(on: db).filter(\.$occupation.$id == id).delete()
                for (position, unit) in newUnits.enumerated() {
                    let row = OccupationUnit()
                    row.$occupation.id = id
                    row.position = position
                    row.code = unit.code
                    row.nameTh = unit.name
                    try await row.create(on: db)
                }
                var after = occupation.auditSnapshot
                after["units"] = written
                try await Audit.record(
                    isNew ? .create : .update,
                    entity: Occupation.auditEntity,
                    id: id.uuidString.lowercased(),
                    before: snapshotBefore,
                    after: after,
                    by: .init(principal),
                    at: now,
                    on: db
                )
            }
        }
    }

    static func saveOrganisation(
        _ organisation: Organisation,
        _ values: Values,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let code = code(values, into: &errors)
        let shortName = text(values, "short_name", required: true, max: 60, into: &errors)
        let nameTh = text(values, "name_th", required: true, into: &errors)
        let nameEn = text(values, "name_en", required: true, into: &errors)
        let kind = Organisation.Kind(rawValue: values["kind"] ?? "")
        if kind == nil { errors["kind"] = .unknownChoice }
        let contactName = text(values, "contact_name", into: &errors)
        var phone: String?
        if let typed = text(values, "contact_phone", max: 40, into: &errors) {
            switch PhoneNumber.normalise(typed) {
            case .success(let normal): phone = normal
            case .failure: errors["contact_phone"] = .phoneDigits
            }
        }
        let email = text(values, "contact_email", max: 200, into: &errors)
        if let email, !email.contains("@") || email.contains(" ") { errors["contact_email"] = .emailInvalid }
        if let code, try await isTaken(code, in: Organisation.schema, other: organisation.id, on: database) {
            errors["code"] = .codeTaken
        }
        guard errors.isEmpty, let code, let shortName, let nameTh, let nameEn, let kind else { throw errors }
        let isNew = organisation.id == nil
        let before = isNew ? nil : organisation.auditSnapshot
        organisation.code = code
        organisation.shortName = shortName
        organisation.nameTh = nameTh
        organisation.nameEn = nameEn
        organisation.kind = kind
        organisation.contactName = contactName
        organisation.contactPhone = phone
        organisation.contactEmail = email
        organisation.isActive = values["is_active"] == "true"
        try await save(organisation, isNew: isNew, before: before, by: principal, at: now, on: database)
    }
}
