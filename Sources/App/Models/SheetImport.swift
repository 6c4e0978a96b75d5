import Fluent
import Foundation

/// One uploaded sheet and what became of it: checked (and checked again after a change of
/// mapping), then committed once, all its rows or none.
final class SheetImport: Model, @unchecked Sendable {
    static let schema = "imports"

    enum Kind: String, Codable, Sendable {
        case people
    }

    enum Status: String, Codable, Sendable {
        /// Uploaded and checked; nothing written to the registry yet.
        case checked
        /// A commit was asked for and waits for the import worker.
        case queued
        /// A worker is committing it, in one transaction, until `leaseUntil`.
        case running
        /// Its rows are in the registry.
        case committed
        /// Given up after being interrupted too often; nothing was added.
        case failed
    }

    /// Which rows a commit adds.
    enum Mode: String, Codable, Sendable {
        case all
        case valid
    }

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Field(key: "kind") var kind: Kind
    @Parent(key: "estate_id") var estate: Estate
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "file_name") var fileName: String
    @OptionalField(key: "encoding") var encoding: String?
    @Field(key: "content") var content: Data
    /// The field → column mapping in force, as JSON (`{"first_name_th": 2, …}`).
    @OptionalField(key: "mapping") var mapping: String?
    @Field(key: "status") var status: Status
    @Field(key: "rows_read") var rowsRead: Int
    @Field(key: "rows_created") var rowsCreated: Int
    @OptionalField(key: "committed_at") var committedAt: Date?
    @OptionalField(key: "mode") var mode: Mode?
    /// Who asked for the commit: the worker runs it with their access.
    @OptionalField(key: "queued_by") var queuedBy: UUID?
    @OptionalField(key: "progress_rows") var progressRows: Int?
    @OptionalField(key: "lease_until") var leaseUntil: Date?
    @OptionalField(key: "attempts") var attempts: Int?
    @OptionalField(key: "started_at") var startedAt: Date?
    /// Why the last attempt added nothing, in the officer's words (Thai), when it did.
    @OptionalField(key: "message") var message: String?
    /// The commit also brings people already registered at the estate up to date.
    @OptionalField(key: "update_existing") var updateExisting: Bool?
    /// People already registered whom the commit brought up to date.
    @OptionalField(key: "rows_updated") var rowsUpdated: Int?

    init() {}
}
