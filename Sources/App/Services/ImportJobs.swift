import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import SanfanCore

/// Commits of uploaded sheets, run in the background by `ImportWorker` so a large sheet never
/// holds a request open: the page queues the commit and shows its progress.
///
/// A commit is one transaction (`PeopleImport.commit`), so a server that dies during one leaves
/// nothing of it: the database rolls it back. The job stays `running` with a lease; when the lease
/// lapses (PostgreSQL: another server, or this one restarted) or this server restarts (SQLite,
/// whose one server owns the file), it is started again from the beginning, and completes.
/// One estate has at most one import queued or running at a time.
enum ImportJobs {
    enum Refusal: Error, Equatable, Sendable {
        case notChecked
        /// Another sheet of the estate is queued or being committed.
        case estateBusy
    }

    /// How long a started job is a server's own before another may take it over; the running
    /// server renews it (on PostgreSQL; SQLite has one server, which reclaims at start).
    static let lease: TimeInterval = 60
    /// Attempts before a job is given up as failed.
    static let maxAttempts = 3

    /// Rows committed so far by this server's running jobs, by import.
    static let progress = NIOLockedValueBox<[UUID: Int]>([:])

    /// Queues the checked sheet's commit.
    static func enqueue(
        _ sheet: SheetImport,
        mode: SheetImport.Mode,
        updating: Bool = false,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        let id = try sheet.requireID()
        let estate = sheet.$estate.id
        try await database.writing { db in
            try await db.lock(key: "imports:estate:" + estate.uuidString)
            guard let current = try await SheetImport.find(id, on: db), current.status == .checked else {
                throw Refusal.notChecked
            }
            let busy = try await SheetImport.query(on: db).filter(\.$estate.$id == estate)
                .filter(\.$status ~~ [.queued, .running]).count()
            guard busy == 0 else { throw Refusal.estateBusy }
            current.status = .queued
            current.mode = mode
            current.updateExisting = updating
            current.queuedBy = principal.userID
            current.progressRows = 0
            current.attempts = 0
            current.message = nil
            try await current.save(on: db)
            try await Audit.record(
                .update,
                entity: SheetImport.schema,
                id: id.uuidString.lowercased(),
                before: ["status": SheetImport.Status.checked.rawValue],
                after: [
                    "status": SheetImport.Status.queued.rawValue, "mode": mode.rawValue,
                    "update_existing": String(updating),
                ],
                by: Audit.Actor(principal),
                at: now,
                on: db
            )
        }
    }

    /// Takes the next job this server may run: queued, or running with its lease lapsed (or, with
    /// `reclaimAll`, any running: SQLite's one server at start), and never a second of one estate.
    static func claim(now: Date, reclaimAll: Bool = false, on database: any Database) async throws -> SheetImport? {
        try await database.writing { db in
            try await db.lock(key: "imports:claim")
            let candidates = try await SheetImport.query(on: db).filter(\.$status ~~ [.queued, .running])
                .sort(\.$createdAt).all()
            let held = Set(
                candidates.filter { $0.status == .running && !reclaimAll && ($0.leaseUntil ?? .distantPast) >= now }
                    .map(\.$estate.id)
            )
            for job in candidates where !held.contains(job.$estate.id) {
                let lapsed = job.status == .running && (reclaimAll || (job.leaseUntil ?? .distantPast) < now)
                guard job.status == .queued || lapsed else { continue }
                job.status = .running
                job.attempts = (job.attempts ?? 0) + 1
                job.leaseUntil = now.addingTimeInterval(lease)
                job.startedAt = now
                job.progressRows = 0
                if lapsed { job.message = "interrupted" }
                try await job.save(on: db)
                return job
            }
            return nil
        }
    }

    /// Runs a claimed job to its end: committed, back to `checked` with the reason nothing was
    /// added (the officer may check again and commit again), or failed after `maxAttempts`.
    static func run(_ job: SheetImport, deps: Registry.Dependencies, on database: any Database) async throws {
        let id = try job.requireID()
        guard (job.attempts ?? 1) <= maxAttempts else {
            try await finish(id, status: .failed, message: "interrupted", on: database)
            return
        }
        defer { _ = progress.withLockedValue { $0.removeValue(forKey: id) } }
        do {
            guard let userID = job.queuedBy, let user = try await User.find(userID, on: database) else {
                throw Refusal.notChecked
            }
            let principal = try await Accounts.principal(for: user, on: database)
            let cells = try PeopleImport.cells(
                Array(job.content),
                encoding: job.encoding.flatMap(TextDecoding.Encoding.init(rawValue:))
            ).rows
            _ = try await PeopleImport.commit(
                cells,
                mapping: ImportController.mapping(job.mapping, headers: cells[0]),
                validOnly: job.mode == .valid,
                updating: job.updateExisting == true,
                by: principal,
                deps: deps,
                on: database,
                marking: job
            ) { rows in
                progress.withLockedValue { $0[id] = rows }
            }
        } catch let refusal as PeopleImport.CommitRefusal {
            let message =
                switch refusal {
                case .alreadyCommitted: "already_committed"
                case .nothingToAdd: "nothing_to_add"
                case .rowsHaveProblems: "rows_have_errors"
                }
            try await finish(id, status: .checked, message: message, on: database)
        } catch is Refusal {
            try await finish(id, status: .checked, message: "nothing_to_add", on: database)
        } catch {
            // Rolled back: nothing was added. Said on the sheet's page rather than retried for ever.
            try await finish(id, status: .failed, message: "error", on: database)
            throw error
        }
    }

    /// Renews the lease of a job this server is running (PostgreSQL, where other servers watch it),
    /// and records its progress for pages served by them.
    static func heartbeat(_ id: UUID, now: Date, on database: any Database) async throws {
        guard !database.isSQLite else { return }
        let rows = progress.withLockedValue { $0[id] } ?? 0
        try await database.sql.update(SheetImport.schema)
            .set("lease_until", to: SQLBind(now.addingTimeInterval(lease)))
            .set("progress_rows", to: SQLBind(rows))
            .where("id", .equal, SQLBind(id)).where("status", .equal, SQLBind(SheetImport.Status.running.rawValue))
            .run()
    }

    private static func finish(
        _ id: UUID,
        status: SheetImport.Status,
        message: String,
        on database: any Database
    ) async throws {
        try await database.writing { db in
            guard let job = try await SheetImport.find(id, on: db), job.status == .running else { return }
            job.status = status
            job.message = message
            job.leaseUntil = nil
            try await job.save(on: db)
        }
    }
}
