import Fluent
import Foundation
import SanfanCore

extension PeopleImport {
    enum Mode: Sendable, Equatable {
        case dryRun
        /// Every row or nothing.
        case all
        case validOnly
    }

    struct Outcome: Sendable {
        var check = Check()
        var added = 0
        /// Why nothing was added, when nothing was.
        var refusal: CommitRefusal?
    }

    /// Bytes read from the file at a time: memory holds this and one batch of rows, whatever the
    /// file's length.
    static let chunk = 1 << 20

    /// Imports a CSV file of any length: streamed (`CSVStream`), checked and added a batch at a time
    /// (`Run`) inside one transaction, so a refusal, a failure or a killed process adds nobody.
    /// Imported people's consents name the import, recorded in `imports` (without the file).
    static func stream(
        file: URL,
        encoding chosen: CSVStream.Encoding?,
        estate: UUID,
        by principal: Principal,
        deps: Registry.Dependencies,
        mode: Mode,
        on database: any Database,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) async throws -> Outcome {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        let first = try handle.read(upToCount: chunk) ?? Data()
        guard !first.isEmpty else { throw Refusal.empty }
        let encoding = chosen ?? CSVStream.detect(first.prefix(64 * 1024))
        let importID = UUID()
        let result = OutcomeBox()
        let body: @Sendable (any Database) async throws -> Void = { db in
            var reader = CSVStream(encoding: encoding)
            var pending: [[String]] = try Self.read(first, with: &reader)
            var header: [String]?
            var line = 1
            var run: Run?
            var done = false
            while true {
                if header == nil, !pending.isEmpty {
                    header = pending.removeFirst()
                    if mode != .dryRun {
                        let sheet = SheetImport()
                        sheet.id = importID
                        sheet.kind = .people
                        sheet.$estate.id = estate
                        sheet.createdBy = principal.userID
                        sheet.fileName = String(file.lastPathComponent.prefix(200))
                        sheet.encoding = encoding == .utf8 ? "utf8" : "windows-874"
                        sheet.content = Data()
                        sheet.status = .checked
                        sheet.rowsRead = 0
                        sheet.rowsCreated = 0
                        try await sheet.create(on: db)
                    }
                    run = try await Run(
                        headers: header ?? [],
                        mapping: nil,
                        estate: estate,
                        importID: importID,
                        principal: principal,
                        deps: deps,
                        committing: mode != .dryRun,
                        on: db
                    )
                }
                if var current = run, pending.count >= Run.feedRows || (done && !pending.isEmpty) {
                    let rows = pending.map { cells in
                        line += 1
                        return (line, cells)
                    }
                    pending.removeAll(keepingCapacity: true)
                    try await current.feed(rows, on: db)
                    run = current
                    result.check = current.check
                    progress(current.check.rows)
                }
                if done { break }
                if let data = try handle.read(upToCount: chunk), !data.isEmpty {
                    pending += try Self.read(data, with: &reader)
                } else {
                    pending += try reader.finish()
                    done = true
                }
            }
            guard let run, header != nil else { throw Refusal.empty }
            result.check = run.check
            guard mode != .dryRun else { return }
            try await run.finish(validOnly: mode == .validOnly, on: db)
            guard let sheet = try await SheetImport.find(importID, on: db) else { return }
            sheet.status = .committed
            sheet.rowsRead = run.check.rows
            sheet.rowsCreated = run.check.ready
            sheet.committedAt = deps.clock.now()
            try await sheet.save(on: db)
            try await Audit.record(
                .create,
                entity: SheetImport.schema,
                id: importID.uuidString.lowercased(),
                before: nil,
                after: [
                    "file_name": sheet.fileName, "estate_id": estate.uuidString.lowercased(),
                    "rows_read": String(run.check.rows), "rows_created": String(run.check.ready),
                    "status": SheetImport.Status.committed.rawValue,
                ],
                by: Audit.Actor(principal),
                at: deps.clock.now(),
                on: db
            )
            result.added = run.check.ready
        }
        do {
            if mode == .dryRun { try await body(database) } else { try await database.writing(body) }
        } catch let refusal as CommitRefusal {
            result.added = 0
            result.refusal = refusal
        }
        return Outcome(check: result.check, added: result.added, refusal: result.refusal)
    }

    /// Rows completed by `data`; a NUL byte means a binary file, whatever its name says.
    private static func read(_ data: Data, with reader: inout CSVStream) throws -> [[String]] {
        guard !data.contains(0) else { throw Refusal.notASheet }
        do {
            return try reader.feed(data)
        } catch .unknownEncoding(let offset) {
            throw Refusal.encoding(offset: offset)
        }
    }

    /// What the transaction's body found, kept when it throws and rolls back.
    private final class OutcomeBox: @unchecked Sendable {
        var check = Check()
        var added = 0
        var refusal: CommitRefusal?
    }
}
