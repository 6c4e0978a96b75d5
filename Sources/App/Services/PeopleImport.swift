import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Importing people from a sheet (issue 15): read the file, map its columns to the registration
/// form's fields, check every row with the form's own rules (`Registry.validate`), and commit the
/// rows in one transaction, all of them or none.
///
/// A row's values are first read as Thai sheets write them (`SheetValues`: Buddhist-Era and
/// month-name dates, Excel serials, Thai digits, ชาย/หญิง, a whole name in one column, ต./อ./จ.
/// place names), then handed to the form as text. A person whose national ID is already on file is
/// reported and left alone, so importing the same sheet twice adds nobody twice.
enum PeopleImport {
    /// Rows an uploaded sheet may have (larger ones go through `sanfan import-people`): a larger one
    /// is refused before it is checked.
    static let maxRows = 20_000
    /// Columns a sheet may have (a people sheet has about twenty).
    static let maxColumns = 200

    enum Refusal: Error, Equatable, Sendable {
        case notASheet
        case encoding(offset: Int)
        case empty
        case tooManyRows(Int)
        /// More columns than `maxColumns`, or a workbook past `XLSX.Limits`.
        case tooLarge(rows: Int, columns: Int)
    }

    /// A problem with one row: `row` is the sheet's own line number (the header is line 1),
    /// `column` the header of the column at fault, when one is.
    struct Problem: Sendable, Equatable {
        let row: Int
        let column: String?
        let message: FieldErrors.Message
    }

    /// What checking (or committing) a sheet found.
    struct Check: Sendable {
        var headers: [String] = []
        var mapping: [String: Int] = [:]
        /// Required fields with no column.
        var missing: [String] = []
        var rows = 0
        /// Rows that pass every check: added by a commit.
        var ready = 0
        var alreadyRegistered: [Int] = []
        /// Of those, the people of this estate a commit that updates would bring up to date.
        var updatable = 0
        /// People a commit brought up to date.
        var updated = 0
        /// The first `maxProblems` problems; `rowsWithProblems` counts every row with one.
        var problems: [Problem] = []
        var rowsWithProblems = 0
    }

    /// Problems kept for the page and the error sheet; a sheet with more says how many rows have them.
    static let maxProblems = 10_000

    // MARK: - Reading

    /// The cells of an uploaded sheet: the first worksheet of an `.xlsx`, or a CSV in UTF-8 (with or
    /// without its byte-order mark) or Windows-874, detected unless `encoding` says which. Empty
    /// trailing rows are dropped.
    static func cells(
        _ bytes: [UInt8],
        encoding: TextDecoding.Encoding? = nil
    ) throws -> (rows: [[String]], encoding: TextDecoding.Encoding?) {
        guard !bytes.isEmpty else { throw Refusal.empty }
        var rows: [[String]]
        var found: TextDecoding.Encoding?
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Blank formatted rows below the data are allowed for, up to ten thousand in all.
            let limits = XLSX.Limits(rows: maxRows + 10_000, columns: maxColumns, cells: (maxRows + 10_000) * 30)
            do {
                rows = try XLSX.firstSheetRows(bytes, limits: limits)
            } catch is XLSX.TooLarge {
                throw Refusal.tooLarge(rows: maxRows, columns: maxColumns)
            } catch {
                throw Refusal.notASheet
            }
        } else {
            // Bytes no text file has (NUL) mean a binary file, whatever its name says.
            guard !bytes.contains(0) else { throw Refusal.notASheet }
            switch encoding {
            case .windows874:
                switch TextDecoding.windows874(bytes) {
                case .success(let text): (rows, found) = (CSV.parse(text), .windows874)
                case .failure(.unknownEncoding(let offset)): throw Refusal.encoding(offset: offset)
                }
            default:
                switch TextDecoding.decode(bytes) {
                case .success(let decoded):
                    // UTF-8 chosen: a file that only reads as Windows-874 is refused, not read anyway.
                    if encoding == .utf8 || encoding == .utf8BOM, decoded.encoding == .windows874 {
                        throw Refusal.encoding(offset: 0)
                    }
                    (rows, found) = (CSV.parse(decoded.text), decoded.encoding)
                case .failure(.unknownEncoding(let offset)): throw Refusal.encoding(offset: offset)
                }
            }
        }
        while let last = rows.last, last.allSatisfy({ SheetValues.trimmed($0).isEmpty }) {
            rows.removeLast()
        }
        guard rows.allSatisfy({ $0.count <= maxColumns }) else {
            throw Refusal.tooLarge(rows: maxRows, columns: maxColumns)
        }
        guard rows.count > 1 else { throw Refusal.empty }
        guard rows.count - 1 <= maxRows else { throw Refusal.tooManyRows(maxRows) }
        return (rows, found)
    }

    // MARK: - Checking and committing

    /// Checks every row of `cells` (its first row the header) as a registration at `estate`.
    /// `mapping` is the officer's choice of columns, or nil for the suggestion from the headers.
    static func check(
        _ cells: [[String]],
        mapping chosen: [String: Int]?,
        estate: UUID,
        importID: UUID,
        by principal: Principal,
        deps: Registry.Dependencies,
        on database: any Database
    ) async throws -> Check {
        var run = try await Run(
            headers: cells.first ?? [],
            mapping: chosen,
            estate: estate,
            importID: importID,
            principal: principal,
            deps: deps,
            committing: false,
            on: database
        )
        try await run.feed(rows(of: cells), on: database)
        return run.check
    }

    /// The data rows of a sheet with their line numbers (the header is line 1).
    static func rows(of cells: [[String]]) -> [(line: Int, cells: [String])] {
        cells.dropFirst().enumerated().map { ($0.offset + 2, $0.element) }
    }

    /// Why a commit added nothing.
    enum CommitRefusal: Error, Equatable, Sendable {
        case alreadyCommitted
        /// No columns for required fields, or no row to add.
        case nothingToAdd
        /// Every row was asked for, and some have problems.
        case rowsHaveProblems
    }

    /// Checks the rows again inside one transaction and adds those that pass through the bulk path
    /// (`BulkPeople`): every row of the sheet (refused, and nothing added, when any has a problem)
    /// or, with `validOnly`, only those that pass. A row that fails now (someone registered the same
    /// ID meanwhile) is a problem like any other. Returns how many were added.
    static func commit(
        _ cells: [[String]],
        mapping chosen: [String: Int]?,
        validOnly: Bool,
        updating: Bool = false,
        by principal: Principal,
        deps: Registry.Dependencies,
        on database: any Database,
        marking sheet: SheetImport,
        progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> Int {
        // Checked (committed at once) or running (by the import worker, which queued it).
        let committable: Set<SheetImport.Status> = [.checked, .running]
        guard committable.contains(sheet.status) else { throw CommitRefusal.alreadyCommitted }
        let sheetID = try sheet.requireID()
        let estate = sheet.$estate.id
        return try await database.writing { db in
            // Taken again inside the write: two officers committing the same upload at once
            // cannot both add its rows.
            try await db.lock(key: "imports:" + sheetID.uuidString)
            guard let current = try await SheetImport.find(sheetID, on: db), committable.contains(current.status) else {
                throw CommitRefusal.alreadyCommitted
            }
            var run = try await Run(
                headers: cells.first ?? [],
                mapping: chosen,
                estate: estate,
                importID: sheetID,
                principal: principal,
                deps: deps,
                committing: true,
                updating: updating,
                on: db
            )
            guard run.check.missing.isEmpty else { throw CommitRefusal.nothingToAdd }
            try await run.feed(rows(of: cells), on: db, progress: progress)
            try await run.finish(validOnly: validOnly, on: db)
            current.status = .committed
            current.progressRows = run.check.rows
            current.leaseUntil = nil
            current.message = nil
            current.rowsCreated = run.check.ready
            current.rowsUpdated = run.check.updated
            current.committedAt = deps.clock.now()
            try await current.save(on: db)
            try await Audit.record(
                .update,
                entity: SheetImport.schema,
                id: sheetID.uuidString.lowercased(),
                before: ["status": sheet.status.rawValue],
                after: [
                    "status": SheetImport.Status.committed.rawValue, "rows_created": String(run.check.ready),
                    "rows_updated": String(run.check.updated), "estate_id": estate.uuidString.lowercased(),
                ],
                by: Audit.Actor(principal),
                at: deps.clock.now(),
                on: db
            )
            return run.check.ready
        }
    }

    // MARK: - Places and communities

    /// Subdistricts by their names with district and province, Thai and English, prefixes and
    /// spaces ignored; `อ.เมือง` also finds the province's เมือง district.
    struct Places: Sendable {
        private var byNames: [String: [Int]] = [:]
        /// Answers by the names as written: a sheet names the same few places on every row.
        private let memo = Memo()

        private final class Memo: @unchecked Sendable {
            let lock = NSLock()
            var answers: [String: (code: Int?, ambiguous: Bool)] = [:]
        }

        static func key(_ subdistrict: String, _ district: String, _ province: String) -> String {
            [subdistrict, district, province].map { ThaiText.normalise(SheetValues.placeName($0)) }
                .joined(separator: "|")
        }

        static func load(on database: any Database) async throws -> Places {
            let rows = try await database.sql.raw(
                """
                SELECT s.code AS code, s.name_th AS s_th, s.name_en AS s_en, d.name_th AS d_th, d.name_en AS d_en, \
                p.name_th AS p_th, p.name_en AS p_en FROM subdistricts s JOIN districts d ON d.code = s.district_code \
                JOIN provinces p ON p.code = s.province_code
                """
            ).all()
            var places = Places()
            for row in rows {
                let code = try row.decode(column: "code", as: Int.self)
                let th = (
                    try row.decode(column: "s_th", as: String.self), try row.decode(column: "d_th", as: String.self),
                    try row.decode(column: "p_th", as: String.self)
                )
                let en = (
                    try row.decode(column: "s_en", as: String.self), try row.decode(column: "d_en", as: String.self),
                    try row.decode(column: "p_en", as: String.self)
                )
                places.byNames[key(th.0, th.1, th.2), default: []].append(code)
                places.byNames[key(en.0, en.1, en.2), default: []].append(code)
                // `อ.เมือง จ.ระยอง` for อำเภอเมืองระยอง, as sheets often write it.
                if th.1 == "เมือง" + th.2 { places.byNames[key(th.0, "เมือง", th.2), default: []].append(code) }
            }
            return places
        }

        /// The subdistrict's code; nil when there is none, or more than one, of those names.
        func code(_ subdistrict: String, _ district: String, _ province: String) -> (code: Int?, ambiguous: Bool) {
            let written = subdistrict + "\u{1}" + district + "\u{1}" + province
            if let known = memo.lock.withLock({ memo.answers[written] }) { return known }
            let codes = Set(byNames[Self.key(subdistrict, district, province)] ?? [])
            let answer = codes.count == 1 ? (codes.first, false) : (nil, codes.count > 1)
            memo.lock.withLock { if memo.answers.count < 100_000 { memo.answers[written] = answer } }
            return answer
        }
    }

    /// The estate's communities by normalised Thai name.
    static func communityIndex(_ estate: UUID, on database: any Database) async throws -> [String: UUID] {
        let rows = try await database.sql.raw("SELECT id, name_th FROM communities WHERE estate_id = \(bind: estate)")
            .all()
        var index: [String: UUID] = [:]
        for row in rows {
            index[ThaiText.normalise(try row.decode(column: "name_th", as: String.self))] = try row.decodeID(
                column: "id"
            )
        }
        return index
    }
}
