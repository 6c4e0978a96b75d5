import Fluent
import Foundation
import SQLKit
import SanfanCore

/// What the registry's checks ask the database about one submission. The checks themselves are one
/// piece of code (`Registry.validate`); a form asks one row at a time (`DatabaseLookups`), an
/// import asks a thousand rows' worth in two statements (`BatchLookups`), so a sheet is checked by
/// exactly the form's rules at the speed of a bulk path.
protocol RegistryLookups: Sendable {
    func estateExists(_ id: UUID) async throws -> Bool
    func community(_ id: UUID, isIn estate: UUID) async throws -> Bool
    func subdistrictExists(_ code: Int) async throws -> Bool
    /// The estate (its Thai name) of someone else with this ID.
    func estateHolding(nationalIDIndex: String, except id: UUID?) async throws -> String?
    /// The estates of others with this name and birth date.
    func estatesHolding(duplicateKey: String, except id: UUID?) async throws -> [String]
}

/// One statement per question: the registration form's way.
struct DatabaseLookups: RegistryLookups {
    let database: any Database

    func estateExists(_ id: UUID) async throws -> Bool {
        try await CatalogueQueries.find(Estate.self, id, on: database) != nil
    }

    func community(_ id: UUID, isIn estate: UUID) async throws -> Bool {
        try await CommunityQueries.find(id, scope: .estates([estate]), on: database) != nil
    }

    func subdistrictExists(_ code: Int) async throws -> Bool {
        try await AddressQueries.subdistrict(code, on: database) != nil
    }

    func estateHolding(nationalIDIndex: String, except id: UUID?) async throws -> String? {
        try await ParticipantQueries.estateHolding(nationalIDIndex: nationalIDIndex, except: id, on: database)
    }

    func estatesHolding(duplicateKey: String, except id: UUID?) async throws -> [String] {
        try await ParticipantQueries.estatesHolding(duplicateKey: duplicateKey, except: id, on: database)
    }
}

/// The answers for one estate's batch of new registrations, read up front: the estate, its
/// communities, every subdistrict code, and, for the batch's IDs and name-and-birth keys, who
/// already has them (two statements with `IN` lists).
struct BatchLookups: RegistryLookups {
    let estate: UUID
    let estateKnown: Bool
    let communities: Set<UUID>
    let subdistricts: Set<Int>
    /// Who has each ID: their estate's Thai name, and the person and estate, for an import that
    /// updates the people it matches.
    var holdersByIndex: [String: Holder] = [:]

    struct Holder: Sendable {
        let estateName: String
        let participant: UUID
        let estate: UUID
    }
    var holdersByKey: [String: [String]] = [:]

    /// What stays the same for every batch of one import.
    static func base(estate: UUID, on database: any Database) async throws -> BatchLookups {
        let sql = database.sql
        let known = try await CatalogueQueries.find(Estate.self, estate, on: database) != nil
        let communities = try await sql.raw("SELECT id FROM communities WHERE estate_id = \(bind: estate)").all()
            .map { try $0.decodeID(column: "id") }
        let codes = try await sql.raw("SELECT code FROM subdistricts").all().map {
            try $0.decode(column: "code", as: Int.self)
        }
        return BatchLookups(
            estate: estate,
            estateKnown: known,
            communities: Set(communities),
            subdistricts: Set(codes)
        )
    }

    /// The base with the holders of these IDs' blind indexes and these name-and-birth keys.
    func loading(indexes: [String], keys: [String], on database: any Database) async throws -> BatchLookups {
        var batch = self
        batch.holdersByIndex = [:]
        batch.holdersByKey = [:]
        let sql = database.sql
        // Inside an import's transaction PostgreSQL has no statistics for the rows it is adding, and
        // took a list of 500 name keys (8,191 rows each, it guessed) for a scan of the whole table:
        // a million-row import slowed to a crawl. These lookups are index probes; say so.
        let postgres = !database.isSQLite && database.inTransaction
        if postgres { try await sql.raw("SET LOCAL enable_seqscan = off").run() }

        for chunk in stride(from: 0, to: indexes.count, by: 500) {
            let part = Array(indexes[chunk..<min(chunk + 500, indexes.count)])
            let rows = try await sql.raw(
                """
                SELECT p.national_id_index AS k, e.name_th AS estate, p.id AS pid, p.estate_id AS eid \
                FROM participants p JOIN estates e ON e.id = p.estate_id WHERE p.national_id_index IN \(SQLBind.group(part))
                """
            ).all()
            for row in rows {
                batch.holdersByIndex[try row.decode(column: "k", as: String.self)] = Holder(
                    estateName: try row.decode(column: "estate", as: String.self),
                    participant: try row.decodeID(column: "pid"),
                    estate: try row.decodeID(column: "eid")
                )
            }
        }
        for chunk in stride(from: 0, to: keys.count, by: 500) {
            let part = Array(keys[chunk..<min(chunk + 500, keys.count)])
            let rows = try await sql.raw(
                """
                SELECT p.duplicate_key AS k, e.name_th AS estate FROM participants p \
                JOIN estates e ON e.id = p.estate_id WHERE p.duplicate_key IN \(SQLBind.group(part))
                """
            ).all()
            for row in rows {
                batch.holdersByKey[try row.decode(column: "k", as: String.self), default: []].append(
                    try row.decode(column: "estate", as: String.self)
                )
            }
        }
        // Back as it was for the rest of the transaction (an error rolls the setting back with it).
        if postgres { try await sql.raw("SET LOCAL enable_seqscan = on").run() }
        return batch
    }

    func estateExists(_ id: UUID) async throws -> Bool { id == estate && estateKnown }
    func community(_ id: UUID, isIn estate: UUID) async throws -> Bool {
        estate == self.estate && communities.contains(id)
    }
    func subdistrictExists(_ code: Int) async throws -> Bool { subdistricts.contains(code) }
    func estateHolding(nationalIDIndex: String, except id: UUID?) async throws -> String? {
        holdersByIndex[nationalIDIndex]?.estateName
    }
    func estatesHolding(duplicateKey: String, except id: UUID?) async throws -> [String] {
        Array(holdersByKey[duplicateKey]?.prefix(5) ?? [])
    }
}
