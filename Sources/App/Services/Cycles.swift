import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Programme cycles and their targets: HQ's plan for a fiscal year. Every change is validated whole
/// and saved with its audit entry in one transaction.
enum Cycles {
    /// A cycle form or API body, as typed.
    struct Input: Sendable {
        var fiscalYear = ""
        var nameTh = ""
        var nameEn = ""
        var status = CycleStatus.planning.rawValue
        var ageBands = ""
        var estateIDs: [String] = []
    }

    static func save(
        _ cycle: Cycle,
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        try await UniqueIndex.checked(otherwise: .one("fiscal_year", .cycleExists)) {
            try await saveOnce(cycle, input, by: principal, at: now, on: database)
        }
    }

    /// One attempt; see the wrapper above.
    private static func saveOnce(
        _ cycle: Cycle,
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let typedYear = Int(ThaiText.normalise(input.fiscalYear))
        let year = typedYear.flatMap(ThaiCalendar.gregorianYear(fromTyped:)).map { $0 + ThaiCalendar.buddhistEraOffset }
        if year == nil || !(2550...2700).contains(year!) { errors["fiscal_year"] = .yearOutOfRange }
        let nameTh = input.nameTh.trimmingCharacters(in: .whitespaces)
        if nameTh.isEmpty {
            errors["name_th"] = .fieldRequired
        } else if nameTh.count > 200 {
            errors.set("name_th", .tooLong, "200")
        }
        let nameEn = input.nameEn.trimmingCharacters(in: .whitespaces)
        if nameEn.count > 200 { errors.set("name_en", .tooLong, "200") }
        let status = CycleStatus(rawValue: input.status)
        if status == nil { errors["status"] = .unknownChoice }
        let bands = input.ageBands.trimmingCharacters(in: .whitespaces)
        if !bands.isEmpty, AgeBands(parsing: bands) == nil { errors["age_bands"] = .ageBandsInvalid }
        let estateIDs = Set(input.estateIDs.compactMap { UUID(uuidString: $0) })
        let known = try await CatalogueQueries.knownEstates(estateIDs, on: database)
        if estateIDs.count != Set(input.estateIDs).count || known != estateIDs.count {
            errors["estate_ids"] = .unknownChoice
        }
        if let year, errors["fiscal_year"] == nil,
            try await CycleQueries.yearTaken(year, except: cycle.id, on: database)
        {
            errors["fiscal_year"] = .cycleExists
        }
        let existing =
            try await cycle.id.asyncMap { try await CycleQueries.estates(of: $0, on: database) } ?? []
        let leaving = existing.filter { !estateIDs.contains($0.$estate.id) }.map(\.$estate.id)
        if let id = cycle.id, !leaving.isEmpty,
            try await CourseQueries.count(cycle: id, estates: leaving, on: database) > 0
        {
            errors["estate_ids"] = .estateHasCourses
        }
        guard errors.isEmpty, let year, let status else { throw errors }

        let isNew = cycle.id == nil
        let before = isNew ? nil : cycle.auditSnapshot
        cycle.fiscalYear = year
        cycle.nameTh = nameTh
        cycle.nameEn = nameEn.isEmpty ? defaultEnglishName(year) : nameEn
        cycle.status = status
        cycle.ageBands = bands.isEmpty ? nil : bands
        let actor = Audit.Actor(principal)
        try await database.writing { db in
            try await cycle.save(on: db)
            try await Audit.record(isNew ? .create : .update, cycle, before: before, by: actor, at: now, on: db)
            for row in existing where leaving.contains(row.$estate.id) {
                try await row.delete(on: db)
                try await Audit.record(.delete, row, before: row.auditSnapshot, by: actor, at: now, on: db)
            }
            let present = Set(existing.map(\.$estate.id))
            for estate in estateIDs.subtracting(present).sorted(by: { $0.uuidString < $1.uuidString }) {
                let row = CycleEstate()
                row.$cycle.id = try cycle.requireID()
                row.$estate.id = estate
                row.target = TargetSheet.Target()
                try await row.create(on: db)
                try await Audit.record(.create, row, before: nil, by: actor, at: now, on: db)
            }
        }
    }

    /// Sets targets for estates already in the cycle (the grid) or, from a sheet, adds estates too.
    /// All rows or none.
    static func setTargets(
        _ targets: [UUID: TargetSheet.Target],
        in cycle: Cycle,
        addingEstates: Bool,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        let cycleID = try cycle.requireID()
        let actor = Audit.Actor(principal)
        try await database.writing { db in
            let rows = try await CycleQueries.estates(of: cycleID, on: db)
            for (estate, target) in targets.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
                if let row = rows.first(where: { $0.$estate.id == estate }) {
                    guard row.target != target else { continue }
                    let before = row.auditSnapshot
                    row.target = target
                    try await row.save(on: db)
                    try await Audit.record(.update, row, before: before, by: actor, at: now, on: db)
                } else if addingEstates {
                    let row = CycleEstate()
                    row.$cycle.id = cycleID
                    row.$estate.id = estate
                    row.target = target
                    try await row.create(on: db)
                    try await Audit.record(.create, row, before: nil, by: actor, at: now, on: db)
                }
            }
        }
    }

    /// Why a target sheet was refused: the file as a whole, or its rows.
    struct SheetRefused: Error, Sendable {
        var encodingOffset: Int?
        var unreadableWorkbook = false
        var rows: [TargetSheet.RowError] = []
    }

    /// Reads an uploaded sheet (CSV in UTF-8, UTF-8 with BOM or Windows-874) and saves its targets.
    /// Returns how many rows were read.
    static func importTargets(
        _ bytes: [UInt8],
        into cycle: Cycle,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Int {
        let cells: [[String]]
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // An .xlsx workbook is a ZIP archive; its first worksheet is the sheet.
            do { cells = try XLSX.firstSheetRows(bytes) } catch { throw SheetRefused(unreadableWorkbook: true) }
        } else {
            switch TextDecoding.decode(bytes) {
            case .success(let decoded): cells = CSV.parse(decoded.text)
            case .failure(.unknownEncoding(let offset)): throw SheetRefused(encodingOffset: offset)
            }
        }
        let estates = try await CatalogueQueries.allEstates(on: database)
        var byKey: [String: (id: UUID, code: String)] = [:]
        for estate in estates {
            let entry = (try estate.requireID(), estate.code)
            byKey[ThaiText.normalise(estate.code)] = entry
            byKey[ThaiText.normalise(estate.nameTh)] = entry
            byKey[ThaiText.normalise(estate.nameEn)] = entry
        }
        switch TargetSheet.read(rows: cells, estateCode: { byKey[ThaiText.normalise($0)]?.code }) {
        case .failure(let refusal):
            throw SheetRefused(rows: refusal.errors)
        case .success(let rows):
            var targets: [UUID: TargetSheet.Target] = [:]
            for row in rows { targets[byKey[ThaiText.normalise(row.estateCode)]!.id] = row.target }
            try await setTargets(targets, in: cycle, addingEstates: true, by: principal, at: now, on: database)
            return rows.count
        }
    }

    /// The sheet for a cycle: its estates and targets, ready to fill in and import back.
    static func exportTargets(_ cycle: Cycle, on database: any Database) async throws -> String {
        let rows = try await CycleQueries.estates(of: cycle.requireID(), withEstate: true, on: database)
            .sorted { $0.estate.code < $1.estate.code }
        return TargetSheet.write(rows.map { ($0.estate.code, $0.estate.nameTh, $0.target) })
    }

    /// `FY 2020 (BE 2563)`: the English rule for naming a fiscal year (see `Localizer.fiscalYear`).
    static func defaultEnglishName(_ buddhistYear: Int) -> String {
        "FY \(buddhistYear - ThaiCalendar.buddhistEraOffset) (BE \(buddhistYear))"
    }
}

extension Cycles.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("fiscal_year", \.fiscalYear), ("name_th", \.nameTh), ("name_en", \.nameEn), ("status", \.status),
            ("age_bands", \.ageBands),
        ]
    }

    static var listFields: [(name: String, path: WritableKeyPath<Self, [String]>)] { [("estate_ids", \.estateIDs)] }

    /// A cycle as stored, with its estates: what a PATCH starts from and the edit form shows.
    init(stored cycle: Cycle, estates: [CycleEstate]) {
        self.init(
            fiscalYear: String(cycle.fiscalYear),
            nameTh: cycle.nameTh,
            nameEn: cycle.nameEn,
            status: cycle.status.rawValue,
            ageBands: cycle.ageBands ?? "",
            estateIDs: estates.map { $0.$estate.id.uuidString }
        )
    }
}
