import Foundation
import SanfanCore
import Vapor

/// The people import over the API, the twin of the import pages: send a sheet (multipart, as the
/// page's form sends it), read its check, change the columns, commit.
enum ImportsAPIController {
    struct RowError: Content {
        let row: Int
        let column: String?
        let message: String
    }

    struct Result: Content {
        let id: UUID
        let file_name: String
        let estate_id: UUID
        let status: String
        let rows_read: Int
        let rows_created: Int
        /// The column (0-based) chosen for each field.
        var mapping: [String: Int] = [:]
        var missing_columns: [String] = []
        var ready: Int = 0
        var already_registered: [Int] = []
        /// Of those, people of this estate a commit with `update_existing` brings up to date.
        var updatable: Int = 0
        var rows_updated: Int?
        var errors: [RowError] = []
        /// While queued or running: rows committed so far.
        var progress_rows: Int?
        /// Why the last commit added nothing, when it did (`rows_have_errors`, `nothing_to_add` …).
        var message: String?
    }

    struct Summary: Content {
        let id: UUID
        let file_name: String
        let status: String
        let rows_read: Int
        let rows_created: Int
    }

    static func list(req: Request) async throws -> [Summary] {
        let principal = try req.requirePrincipal()
        return try await ImportQueries.recent(scope: AccessPolicy.recordScope(for: principal), on: req.db).map {
            Summary(
                id: $0.id,
                file_name: $0.fileName,
                status: $0.status.rawValue,
                rows_read: $0.rowsRead,
                rows_created: $0.rowsCreated
            )
        }
    }

    static func create(req: Request) async throws -> Response {
        // The page's fields, plus `dry_run=false` to commit at once (every row, or only the valid
        // ones with `mode=valid`); the default is a dry run.
        var sheet = try await ImportController.store(ImportController.decodeUpload(req), req)
        let dryRun: String? = try? req.content.get(at: "dry_run")
        if ["false", "0", "no"].contains(dryRun?.lowercased() ?? "") {
            let mode: String? = try? req.content.get(at: "mode")
            let update: String? = try? req.content.get(at: "update_existing")
            try await commit(sheet, validOnly: mode == "valid", updating: ["1", "true"].contains(update ?? ""), req)
            // The commit marked its own copy of the record: answer with the record as it is now.
            sheet = try await SheetImport.find(sheet.requireID(), on: req.db) ?? sheet
        }
        let response = Response(status: .created)
        try response.content.encode(try await result(sheet, req), as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/imports/\(try sheet.requireID())")
        return response
    }

    static func get(req: Request) async throws -> Result {
        try await result(try await req.scoped.sheetImport(), req)
    }

    /// `{"first_name_th": 2, …}`: the column for each field; fields left out have none.
    static func setMapping(req: Request) async throws -> Result {
        let sheet = try await req.scoped.sheetImport()
        guard sheet.status == .checked else {
            throw ApiError(.conflict, code: "already_committed", .importAlreadyCommitted)
        }
        let chosen = try req.content.decode([String: Int].self)
        try await ImportController.saveMapping(chosen, of: sheet, req)
        return try await result(sheet, req)
    }

    struct CommitInput: Content {
        var mode: String?
        var update_existing: Bool?
    }

    /// Queues the commit: 202, and `GET /api/v1/imports/{id}` follows its progress to `committed`.
    static func commit(req: Request) async throws -> Response {
        let sheet = try await req.scoped.sheetImport()
        let input = (try? req.content.decode(CommitInput.self)) ?? CommitInput()
        try await commit(sheet, validOnly: input.mode == "valid", updating: input.update_existing == true, req)
        let response = Response(status: .accepted)
        try response.content.encode(try await result(try await req.scoped.sheetImport(), req), as: .json)
        return response
    }

    /// Queues the commit as the page does (after the same refusals); refusals are JSON errors.
    private static func commit(_ sheet: SheetImport, validOnly: Bool, updating: Bool, _ req: Request) async throws {
        let principal = try req.requirePrincipal()
        guard sheet.status == .checked else {
            throw ApiError(.conflict, code: "already_committed", .importAlreadyCommitted)
        }
        let check = try await ImportController.check(sheet, principal, req)
        guard check.missing.isEmpty, check.ready > 0 || (updating && check.updatable > 0) else {
            throw ApiError(.unprocessableEntity, code: "nothing_to_add", .importNothingToAdd)
        }
        guard validOnly || check.rowsWithProblems == 0 else {
            throw ApiError(.unprocessableEntity, code: "rows_have_errors", .importHasErrors)
        }
        do {
            try await ImportJobs.enqueue(
                sheet,
                mode: validOnly ? .valid : .all,
                updating: updating,
                by: principal,
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch ImportJobs.Refusal.estateBusy {
            throw ApiError(.conflict, code: "estate_busy", .importEstateBusy)
        } catch is ImportJobs.Refusal {
            throw ApiError(.conflict, code: "already_committed", .importAlreadyCommitted)
        }
    }

    private static func result(_ sheet: SheetImport, _ req: Request) async throws -> Result {
        var result = Result(
            id: try sheet.requireID(),
            file_name: sheet.fileName,
            estate_id: sheet.$estate.id,
            status: sheet.status.rawValue,
            rows_read: sheet.rowsRead,
            rows_created: sheet.rowsCreated
        )
        result.message = sheet.message
        result.rows_updated = sheet.rowsUpdated
        if sheet.status == .queued || sheet.status == .running {
            result.progress_rows = ImportJobs.progress.withLockedValue { $0[result.id] } ?? sheet.progressRows ?? 0
        }
        guard sheet.status == .checked else { return result }
        let check = try await ImportController.check(sheet, try req.requirePrincipal(), req)
        let t = req.localizer
        result.mapping = check.mapping
        result.missing_columns = check.missing
        result.ready = check.ready
        result.already_registered = check.alreadyRegistered
        result.updatable = check.updatable
        result.errors = check.problems.map {
            RowError(row: $0.row, column: $0.column, message: t($0.message.phrase, arguments: $0.message.arguments))
        }
        return result
    }
}
