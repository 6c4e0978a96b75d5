import Fluent
import Foundation
import SanfanCore
import Vapor

/// Importing people from a sheet: upload, check (and check again with other columns), commit.
/// The rules are `PeopleImport`'s and, row by row, the registration form's.
enum ImportController {
    struct Upload: Content {
        var sheet: File?
        var estate_id: String?
        var encoding: String?
        var consent_confirmed: String?
    }

    static func index(req: Request) async throws -> Response {
        try await renderIndex(Index(), req)
    }

    static func upload(req: Request) async throws -> Response {
        let upload = decodeUpload(req)
        do {
            let sheet = try await store(upload, req)
            return req.redirect(to: SiteURL.sheetImport(try sheet.requireID()).path)
        } catch let errors as FieldErrors {
            let values = [
                "estate_id": upload.estate_id ?? "", "encoding": upload.encoding ?? "",
                "consent_confirmed": upload.consent_confirmed ?? "",
            ]
            return try await renderIndex(
                Index(values: values, errors: errors.localized(req.localizer)),
                req,
                status: .unprocessableEntity
            )
        }
    }

    /// The form's fields; a body that is not a readable form (an empty or broken multipart body)
    /// reads as an empty upload, which `store` refuses field by field.
    static func decodeUpload(_ req: Request) -> Upload {
        (try? req.content.decode(Upload.self)) ?? Upload()
    }

    /// Checks an upload's estate, consent confirmation and file, and keeps it for checking: the
    /// page's form and the API's `POST /api/v1/imports` alike. Throws `FieldErrors` by field.
    static func store(_ upload: Upload, _ req: Request) async throws -> SheetImport {
        let principal = try req.requirePrincipal()
        var errors = FieldErrors()
        let estate = upload.estate_id.flatMap(UUID.init(uuidString:))
        if estate == nil {
            errors["estate_id"] = .fieldRequired
        } else if let estate, !AccessPolicy.canReach(estate: estate, principal) {
            errors["estate_id"] = .estateOutOfScope
        } else if let estate, try await CatalogueQueries.find(Estate.self, estate, on: req.db) == nil {
            // An admin reaches every estate, including ids that name none.
            errors["estate_id"] = .unknownChoice
        }
        // A chosen encoding must be one the reader knows (empty: detected).
        if let typed = upload.encoding, !typed.isEmpty, TextDecoding.Encoding(rawValue: typed) == nil {
            errors["encoding"] = .unknownChoice
        }
        if !["1", "true", "on", "yes"].contains(upload.consent_confirmed?.lowercased() ?? "") {
            errors["consent_confirmed"] = .importConsentRequired
        }
        let bytes = upload.sheet.map { Array($0.data.readableBytesView) } ?? []
        if bytes.isEmpty { errors["sheet"] = .sheetMissing }
        guard errors.isEmpty, let estate else { throw errors }
        let read: (rows: [[String]], encoding: TextDecoding.Encoding?)
        do {
            read = try PeopleImport.cells(
                bytes,
                encoding: upload.encoding.flatMap(TextDecoding.Encoding.init(rawValue:))
            )
        } catch let refusal as PeopleImport.Refusal {
            errors.fields["sheet"] = message(refusal)
            throw errors
        }
        let sheet = SheetImport()
        sheet.id = UUID()
        sheet.kind = .people
        sheet.$estate.id = estate
        sheet.createdBy = principal.userID
        sheet.fileName = String((upload.sheet?.filename ?? "sheet").prefix(200))
        sheet.encoding = read.encoding?.rawValue
        sheet.content = Data(bytes)
        sheet.status = .checked
        sheet.rowsRead = read.rows.count - 1
        sheet.rowsCreated = 0
        // The columns chosen for this estate's last sheet, where this one has the same headers.
        sheet.mapping = try await rememberedMapping(estate: estate, headers: read.rows[0], on: req.db)
        let now = req.sanfan.clock.now()
        try await req.db.writing { db in
            try await sheet.create(on: db)
            try await Audit.record(
                .create,
                entity: SheetImport.schema,
                id: try sheet.requireID().uuidString.lowercased(),
                before: nil,
                after: [
                    "file_name": sheet.fileName, "estate_id": estate.uuidString.lowercased(),
                    "rows_read": String(sheet.rowsRead), "consent_confirmed": "true",
                ],
                by: Audit.Actor(principal),
                at: now,
                on: db
            )
        }
        return sheet
    }

    static func show(req: Request) async throws -> Response {
        let sheet = try await req.scoped.sheetImport()
        // A commit's flash is shown by the layout.
        return try await renderShow(sheet, notice: nil, req)
    }

    /// Saves the officer's choice of columns (by header, so a later sheet with the same headers gets
    /// it too) and shows the check again.
    static func remap(req: Request) async throws -> Response {
        let sheet = try await req.scoped.sheetImport()
        guard sheet.status == .checked else { return req.redirect(to: SiteURL.sheetImport(try sheet.requireID()).path) }
        var chosen: [String: Int] = [:]
        for column in PeopleSheet.columns {
            if let typed: String = req.content["map_" + column.field], let index = Int(typed) {
                chosen[column.field] = index
            }
        }
        try await saveMapping(chosen, of: sheet, req)
        return req.redirect(to: SiteURL.sheetImport(try sheet.requireID()).path)
    }

    /// Keeps a choice of columns (field → column index) by their headers, so a later sheet with
    /// the same headers gets it too. Unknown fields and columns out of range are left out.
    static func saveMapping(_ chosen: [String: Int], of sheet: SheetImport, _ req: Request) async throws {
        let headers = try PeopleImport.cells(Array(sheet.content), encoding: encoding(of: sheet)).rows[0]
        let fields = Set(PeopleSheet.columns.map(\.field))
        var byHeader: [String: String] = [:]
        for (field, index) in chosen where fields.contains(field) && headers.indices.contains(index) {
            byHeader[field] = headers[index]
        }
        sheet.mapping = String(decoding: try JSONEncoder().encode(byHeader), as: UTF8.self)
        try await req.db.writing { db in try await sheet.save(on: db) }
    }

    /// Queues the commit for the import worker and shows its progress (`ImportJobs`).
    static func commit(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let sheet = try await req.scoped.sheetImport()
        let t = req.localizer
        let mode: SheetImport.Mode = (req.content["mode"] as String?) == "valid" ? .valid : .all
        // Queued or running already: its page shows how far it got.
        if sheet.status == .queued || sheet.status == .running {
            return req.redirect(to: SiteURL.sheetImport(try sheet.requireID()).path)
        }
        do {
            guard sheet.status == .checked else { throw PeopleImport.CommitRefusal.alreadyCommitted }
            let check = try await check(sheet, principal, req)
            let updating = ["1", "true", "on"].contains((req.content["update_existing"] as String?) ?? "")
            guard check.missing.isEmpty, check.ready > 0 || (updating && check.updatable > 0) else {
                throw PeopleImport.CommitRefusal.nothingToAdd
            }
            guard mode == .valid || check.rowsWithProblems == 0 else {
                throw PeopleImport.CommitRefusal.rowsHaveProblems
            }
            try await ImportJobs.enqueue(
                sheet,
                mode: mode,
                updating: updating,
                by: principal,
                at: req.sanfan.clock.now(),
                on: req.db
            )
            return req.redirect(to: SiteURL.sheetImport(try sheet.requireID()).path)
        } catch let refusal as PeopleImport.CommitRefusal {
            return switch refusal {
            case .alreadyCommitted:
                try await renderShow(sheet, notice: t(.importAlreadyCommitted), req, status: .conflict)
            case .nothingToAdd:
                try await renderShow(sheet, notice: t(.importNothingToAdd), req, status: .unprocessableEntity)
            case .rowsHaveProblems:
                try await renderShow(sheet, notice: t(.importHasErrors), req, status: .unprocessableEntity)
            }
        } catch let refusal as ImportJobs.Refusal {
            let current = try await req.scoped.sheetImport()
            let notice = t(refusal == .estateBusy ? .importEstateBusy : .importAlreadyCommitted)
            return try await renderShow(current, notice: notice, req, status: .conflict)
        }
    }

    /// The sheet as uploaded with a column of each row's problems added (and a note on rows
    /// already registered), as CSV for Excel: the officer fixes it and uploads it again. Every
    /// cell is neutralised, so a formula typed into the sheet comes back as text.
    static func errorSheet(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let sheet = try await req.scoped.sheetImport()
        let t = req.localizer
        let cells = try PeopleImport.cells(Array(sheet.content), encoding: encoding(of: sheet)).rows
        var notes: [Int: [String]] = [:]
        if sheet.status == .checked {
            let check = try await check(sheet, principal, req, cells: cells)
            for problem in check.problems {
                let column = problem.column.map { $0 + ": " } ?? ""
                notes[problem.row, default: []].append(
                    column + t(problem.message.phrase, arguments: problem.message.arguments)
                )
            }
            for row in check.alreadyRegistered { notes[row, default: []].append(t(.importAlreadyRegistered)) }
        }
        let width = cells.map(\.count).max() ?? 0
        var rows = [cells[0] + Array(repeating: "", count: width - cells[0].count) + [t(.importErrorColumn)]]
        for (offset, row) in cells.dropFirst().enumerated() {
            let padded = row + Array(repeating: "", count: width - row.count)
            rows.append(padded + [(notes[offset + 2] ?? []).joined(separator: "; ")])
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        // A fixed name: the uploaded file's own name never reaches a header.
        headers.contentDisposition = .init(.attachment, filename: "import-errors.csv")
        let text = CSV.write(rows.map { $0.map(SpreadsheetCell.neutralised) })
        return Response(status: .ok, headers: headers, body: .init(string: CSV.byteOrderMark + text))
    }

    // MARK: - Helpers

    private typealias Index = ImportPages.Index

    private static func renderIndex(
        _ model: ImportPages.Index,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let t = req.localizer
        var model = model
        let estates = try await ParticipantController.visibleEstates(principal, req)
        model.estateChoices = req.localizer.sortedByName(
            estates.map { .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en) },
            \.label
        )
        if model.values["estate_id"] == nil, estates.count == 1 { model.values["estate_id"] = estates[0].id.uuidString }
        model.recent = try await ImportQueries.recent(scope: AccessPolicy.recordScope(for: principal), on: req.db).map {
            ImportPages.Recent(
                id: $0.id,
                fileName: $0.fileName,
                estate: thai ? $0.estateTh : $0.estateEn,
                status: t(statusPhrase($0.status)),
                rows: $0.status == .committed
                    ? "\($0.rowsCreated.grouped) / \($0.rowsRead.grouped)" : $0.rowsRead.grouped,
                when: $0.createdAt.map { t.dateTime($0) } ?? "—"
            )
        }
        return ImportPages.index(model, req.pageContext()).response(status: status)
    }

    private static func renderShow(
        _ sheet: SheetImport,
        notice: String?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let t = req.localizer
        let place = try await ParticipantQueries.place(estate: sheet.$estate.id, on: req.db)
        var model = ImportPages.Show(
            id: try sheet.requireID(),
            fileName: sheet.fileName,
            estate: req.language == .thai ? place.estateTh : place.estateEn
        )
        model.notice = notice
        switch sheet.status {
        case .checked: break
        case .committed:
            model.committed = true
            model.rowsCreated = sheet.rowsCreated
            if let updated = sheet.rowsUpdated, updated > 0 { model.notice = t(.importUpdated, updated.grouped) }
            return ImportPages.show(model, req.pageContext()).response(status: status)
        case .queued, .running:
            model.progress = progressText(sheet, t, now: req.sanfan.clock.now())
            var context = req.pageContext()
            context.refreshSeconds = 2
            return ImportPages.show(model, context).response(status: status)
        case .failed:
            model.failed = t(.importFailed)
            return ImportPages.show(model, req.pageContext()).response(status: status)
        }
        // The last queued commit added nothing: say why, above the check that shows the rows.
        if model.notice == nil, let reason = sheet.message {
            model.notice = t(.importLastAttempt, t(reasonPhrase(reason)))
        }
        let check = try await check(sheet, try req.requirePrincipal(), req)
        model.headers = check.headers
        model.fields = PeopleSheet.columns.map {
            ImportPages.FieldChoice(
                field: $0.field,
                label: t(ImportPages.label($0.field)),
                required: $0.required,
                column: check.mapping[$0.field]
            )
        }
        if !check.missing.isEmpty {
            model.missing = t(
                .importMissingColumns,
                check.missing.map { t(ImportPages.label($0)) }.joined(separator: ", ")
            )
        }
        model.summary = t(
            .importSummary,
            check.rows.grouped,
            check.ready.grouped,
            check.alreadyRegistered.count.grouped,
            check.rowsWithProblems.grouped
        )
        if check.updatable > 0 { model.summary += " " + t(.importUpdatableNote, check.updatable.grouped) }
        model.readyCount = check.ready
        model.updatable = check.updatable
        model.problems = check.problems.map {
            ImportPages.Problem(
                row: $0.row,
                column: $0.column ?? "—",
                message: t($0.message.phrase, arguments: $0.message.arguments)
            )
        }
        return ImportPages.show(model, req.pageContext()).response(status: status)
    }

    /// "Committing: 1,000 of 5,000 rows, about 12 seconds left", or that it waits its turn.
    static func progressText(_ sheet: SheetImport, _ t: Localizer, now: Date) -> String {
        guard sheet.status == .running, let started = sheet.startedAt else { return t(.importQueued) }
        let id = sheet.id ?? UUID()
        let done = ImportJobs.progress.withLockedValue { $0[id] } ?? sheet.progressRows ?? 0
        let elapsed = max(now.timeIntervalSince(started), 0.1)
        let left = done > 0 ? Int((Double(sheet.rowsRead - done) / (Double(done) / elapsed)).rounded(.up)) : nil
        var text = t(.importRunning, done.grouped, sheet.rowsRead.grouped)
        if let left { text += " · " + t(.importTimeLeft, max(left, 1).grouped) }
        if (sheet.attempts ?? 1) > 1 { text += " " + t(.importRestarted, String(sheet.attempts ?? 1)) }
        return text
    }

    static func statusPhrase(_ status: SheetImport.Status) -> Phrase {
        switch status {
        case .checked: .importStatusChecked
        case .queued: .importStatusQueued
        case .running: .importStatusRunning
        case .committed: .importStatusCommitted
        case .failed: .importStatusFailed
        }
    }

    static func reasonPhrase(_ reason: String) -> Phrase {
        switch reason {
        case "already_committed": .importAlreadyCommitted
        case "rows_have_errors": .importHasErrors
        default: .importNothingToAdd
        }
    }

    static func check(
        _ sheet: SheetImport,
        _ principal: Principal,
        _ req: Request,
        cells read: [[String]]? = nil
    ) async throws -> PeopleImport.Check {
        let cells = try read ?? PeopleImport.cells(Array(sheet.content), encoding: encoding(of: sheet)).rows
        return try await PeopleImport.check(
            cells,
            mapping: mapping(sheet.mapping, headers: cells[0]),
            estate: sheet.$estate.id,
            importID: try sheet.requireID(),
            by: principal,
            deps: ParticipantController.dependencies(req),
            on: req.db
        )
    }

    static func encoding(of sheet: SheetImport) -> TextDecoding.Encoding? {
        sheet.encoding.flatMap(TextDecoding.Encoding.init(rawValue:))
    }

    /// A stored mapping (field → header text) as column indexes of `headers`; nil for none stored.
    static func mapping(_ stored: String?, headers: [String]) -> [String: Int]? {
        guard let stored, let byHeader = try? JSONDecoder().decode([String: String].self, from: Data(stored.utf8))
        else { return nil }
        var mapping: [String: Int] = [:]
        for (field, header) in byHeader {
            if let index = headers.firstIndex(of: header) { mapping[field] = index }
        }
        return mapping
    }

    /// The mapping of the estate's latest sheet whose columns this sheet has too.
    private static func rememberedMapping(
        estate: UUID,
        headers: [String],
        on database: any Database
    ) async throws
        -> String?
    {
        let last = try await SheetImport.query(on: database).filter(\.$estate.$id == estate).filter(\.$mapping != nil)
            .sort(\.$createdAt, .descending).field(\.$id).field(\.$mapping).first()
        // Only a choice that covers every required field, on headers this sheet has too: an empty
        // or partial choice must not stand in for the suggestion on every later sheet.
        guard let stored = last?.mapping,
            let byHeader = try? JSONDecoder().decode([String: String].self, from: Data(stored.utf8)),
            byHeader.values.allSatisfy(headers.contains),
            let mapped = mapping(stored, headers: headers), PeopleSheet.missing(in: mapped).isEmpty
        else { return nil }
        return stored
    }

    static func message(_ refusal: PeopleImport.Refusal) -> FieldErrors.Message {
        switch refusal {
        case .notASheet: .init(phrase: .importNotASheet)
        case .encoding(let offset): .init(phrase: .sheetEncodingUnknown, arguments: [String(offset + 1)])
        case .empty: .init(phrase: .importEmpty)
        case .tooManyRows(let limit): .init(phrase: .importTooManyRows, arguments: [limit.grouped])
        case .tooLarge(let rows, let columns):
            .init(phrase: .importTooLarge, arguments: [rows.grouped, columns.grouped])
        }
    }
}
