import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The duplicate review's reading: pairs, one pair side by side, and merges that can be undone.
/// A reader sees a pair only when both people are within their estates (HQ: every pair), since
/// merging changes both.
enum DuplicateQueries {
    struct Person: Sendable {
        let id: UUID
        let name: String
        let birthDate: String
        let phone: String?
        let hasNationalID: Bool
        let estateTh: String
        let estateEn: String
        let registeredAt: Date?
    }

    struct Pair: Sendable {
        let id: UUID
        let reason: DuplicateRules.Reason
        let rule: NameSimilarity.Rule?
        let a: Person
        let b: Person
    }

    /// Pairs within `scope`, the most certain reasons first.
    static func pairs(
        scope: RecordScope,
        limit: Int = 100,
        only id: UUID? = nil,
        on database: any Database
    ) async throws -> [Pair] {
        var query = database.sql.select()
            .column(SQLColumn("id", table: "d")).column(SQLColumn("reason", table: "d"))
            .column(SQLColumn("rule", table: "d"))
            .from("duplicate_pairs", as: "d")
        for side in ["a", "b"] {
            let p = "p" + side
            let e = "e" + side
            query =
                query
                .column(SQLColumn("id", table: p), as: side + "_id")
                .column(SQLColumn("prefix", table: p), as: side + "_prefix")
                .column(SQLColumn("first_name_th", table: p), as: side + "_first")
                .column(SQLColumn("last_name_th", table: p), as: side + "_last")
                .column(SQLColumn("birth_date", table: p), as: side + "_birth")
                .column(SQLColumn("phone", table: p), as: side + "_phone")
                .column(SQLColumn("national_id_index", table: p), as: side + "_nid")
                .column(SQLColumn("created_at", table: p), as: side + "_created")
                .column(SQLColumn("name_th", table: e), as: side + "_estate_th")
                .column(SQLColumn("name_en", table: e), as: side + "_estate_en")
                .join(
                    Participant.schema,
                    as: p,
                    on: SQLColumn("person_" + side, table: "d"),
                    equals: SQLColumn("id", table: p)
                )
                .join(Estate.schema, as: e, on: SQLColumn("estate_id", table: p), equals: SQLColumn("id", table: e))
                .whereEstates(in: scope, column: SQLColumn("estate_id", table: p))
        }
        if let id { query = query.where(SQLColumn("id", table: "d"), .equal, SQLBind(id)) }
        let rows = try await query.orderBy(SQLColumn("reason", table: "d"), SQLDirection.descending)
            .orderBy(SQLColumn("birth_date", table: "pa")).orderBy(SQLColumn("id", table: "d"))
            .limit(limit).all()
        return try rows.map { row in
            func person(_ side: String) throws -> Person {
                Person(
                    id: try row.decodeID(column: side + "_id"),
                    name: try row.decode(column: side + "_prefix", as: String.self)
                        + row.decode(column: side + "_first", as: String.self) + " "
                        + row.decode(column: side + "_last", as: String.self),
                    birthDate: try row.decode(column: side + "_birth", as: String.self),
                    phone: try row.decode(column: side + "_phone", as: String?.self),
                    hasNationalID: try row.decode(column: side + "_nid", as: String?.self) != nil,
                    estateTh: try row.decode(column: side + "_estate_th", as: String.self),
                    estateEn: try row.decode(column: side + "_estate_en", as: String.self),
                    registeredAt: try row.decode(column: side + "_created", as: Date?.self)
                )
            }
            return Pair(
                id: try row.decodeID(column: "id"),
                reason: DuplicateRules.Reason(rawValue: try row.decode(column: "reason", as: String.self))
                    ?? .birthDateAndName,
                rule: try row.decode(column: "rule", as: String?.self).flatMap(NameSimilarity.Rule.init(rawValue:)),
                a: try person("a"),
                b: try person("b")
            )
        }
    }

    /// When the pairs were last found; nil before the first scan or when none were found.
    static func lastScan(on database: any Database) async throws -> Date? {
        try await database.sql.raw("SELECT MAX(found_at) AS at FROM duplicate_pairs").first()?
            .decode(column: "at", as: Date?.self)
    }

    /// How many records of each kind name this person, for the side-by-side comparison.
    static func linkedCounts(_ id: UUID, on database: any Database) async throws -> [String: Int] {
        let tables = PersonMerge.movable.map(\.table) + ["income_baselines", "participant_shares"]
        let union = SQLList(
            tables.map {
                SQLQueryString(
                    "SELECT \(literal: $0) AS t, COUNT(*) AS n FROM \(ident: $0) WHERE participant_id = \(bind: id)"
                )
            },
            separator: SQLRaw(" UNION ALL ")
        )
        var counts: [String: Int] = [:]
        for row in try await database.sql.raw("\(union)").all() {
            counts[try row.decode(column: "t", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }

    struct Merge: Sendable {
        let id: UUID
        let keptID: UUID
        let keptName: String
        let removedName: String
        let mergedAt: Date
        let undoneAt: Date?
    }

    /// Merges within `scope` (both people's estates), newest first.
    static func merges(
        scope: RecordScope,
        limit: Int = 20,
        only id: UUID? = nil,
        on database: any Database
    ) async throws -> [Merge] {
        var query = database.sql.select()
            .column(SQLColumn("id", table: "m")).column(SQLColumn("kept_id", table: "m"))
            .column(SQLColumn("removed_name", table: "m")).column(SQLColumn("merged_at", table: "m"))
            .column(SQLColumn("undone_at", table: "m"))
            .column(SQLColumn("prefix", table: "p")).column(SQLColumn("first_name_th", table: "p"))
            .column(SQLColumn("last_name_th", table: "p"))
            .from("person_merges", as: "m")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("kept_id", table: "m"),
                equals: SQLColumn("id", table: "p")
            )
            .whereEstates(in: scope, column: SQLColumn("estate_id", table: "p"))
            .whereEstates(in: scope, column: SQLColumn("removed_estate_id", table: "m"))
        if let id { query = query.where(SQLColumn("id", table: "m"), .equal, SQLBind(id)) }
        return try await query.orderBy(SQLColumn("merged_at", table: "m"), SQLDirection.descending).limit(limit).all()
            .map { row in
                Merge(
                    id: try row.decodeID(column: "id"),
                    keptID: try row.decodeID(column: "kept_id"),
                    keptName: try row.decode(column: "prefix", as: String.self)
                        + row.decode(column: "first_name_th", as: String.self) + " "
                        + row.decode(column: "last_name_th", as: String.self),
                    removedName: try row.decode(column: "removed_name", as: String.self),
                    mergedAt: try row.decode(column: "merged_at", as: Date.self),
                    undoneAt: try row.decode(column: "undone_at", as: Date?.self)
                )
            }
    }

    /// Says the two people are different, so no scan shows them again.
    static func dismiss(_ pair: Pair, by actor: Audit.Actor, at now: Date, on database: any Database) async throws {
        let (a, b) =
            pair.a.id.uuidString.lowercased() < pair.b.id.uuidString.lowercased()
            ? (pair.a.id, pair.b.id) : (pair.b.id, pair.a.id)
        try await database.writing { db in
            let sql = db.sql
            let known = try await sql.raw(
                "SELECT 1 AS x FROM duplicate_dismissals WHERE person_a = \(bind: a) AND person_b = \(bind: b)"
            ).first()
            if known == nil {
                try await sql.insert(into: "duplicate_dismissals")
                    .columns("id", "person_a", "person_b", "dismissed_by", "dismissed_at")
                    .values(SQLBind(UUID()), SQLBind(a), SQLBind(b), SQLBind(actor.id), SQLBind(now)).run()
            }
            try await Audit.record(
                .create,
                entity: "duplicate_dismissal",
                id: a.uuidString.lowercased() + "|" + b.uuidString.lowercased(),
                before: nil,
                after: ["reason": pair.reason.rawValue],
                by: actor,
                at: now,
                on: db
            )
            try await sql.delete(from: "duplicate_pairs").where("id", .equal, SQLBind(pair.id)).run()
        }
    }
}
