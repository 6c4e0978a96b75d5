import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Merging two records of one person into one, and undoing it exactly (issue 15).
///
/// The kept person receives every record that names the removed one: enrolments (with their
/// attendance), consents, assessment candidacies, certificates, referrals, loans, enterprise
/// memberships, mentoring, placements, income follow-ups and baseline, and partner shares. Where
/// the kept record lacks a national ID, a phone or an English name, it takes the removed one's.
/// The removed person's row, every row the merge deleted, the kept person's row as it was, and the
/// ids of every moved record are kept in `person_merges`, so an undo puts back exactly what was.
///
/// Two enrolments in one course (or two candidacies in one round, two memberships of one
/// enterprise …) cannot become one person's without losing one: such a merge is refused, naming
/// what to resolve first.
enum PersonMerge {
    /// Tables whose rows move with a person, by their `participant_id`; with, for those that allow
    /// one row per person and something, the columns of that something.
    static let movable: [(table: String, uniqueWith: [String]?)] = [
        ("enrolments", ["course_id"]),
        ("consents", nil),
        ("round_candidates", ["round_id"]),
        ("certificates", nil),
        ("referrals", nil),
        ("loans", nil),
        ("enterprise_members", ["enterprise_id"]),
        ("mentoring_attendees", ["session_id"]),
        ("placements", nil),
        ("income_followups", ["course_id", "months"]),
        ("data_requests", nil),
    ]

    /// Columns the kept person takes from the removed one where the kept one has none.
    static let filled: [[String]] = [
        ["national_id_sealed", "national_id_index"], ["phone"], ["first_name_en", "last_name_en", "latin_name_key"],
    ]

    enum Refusal: Error, Equatable, Sendable {
        /// Both people have a record in these tables for the same thing.
        case conflicts([String])
        case samePerson
        /// The merge was undone already, or a person it needs is gone (merged again meanwhile).
        case cannotUndo
        /// A record the merge moved has changed owner or gone since.
        case changedSince
    }

    /// What an undo needs.
    struct Record: Codable, Sendable {
        var kept: RowSnapshot
        var removed: RowSnapshot
        /// Columns of the kept person the merge filled in.
        var filledColumns: [String] = []
        /// Table → ids of the rows moved to the kept person.
        var moved: [String: [UUID]] = [:]
        /// Rows the merge deleted: the removed person's shares, an income baseline when both had one,
        /// the duplicate pairs naming them.
        var deleted: [RowSnapshot] = []
        /// Organisations the kept person was newly shared with.
        var sharesAdded: [UUID] = []
    }

    /// Merges `removed` into `kept`; returns the merge's id.
    static func merge(
        keep kept: UUID,
        remove removed: UUID,
        by actor: Audit.Actor,
        at now: Date,
        on database: any Database
    ) async throws -> UUID {
        guard kept != removed else { throw Refusal.samePerson }
        return try await database.writing { db in
            try await db.lock(key: "registry:merge")
            let sql = db.sql
            guard let keptRow = try await RowSnapshot.take("participants", where: "id", equals: kept, on: db).first,
                let removedRow = try await RowSnapshot.take("participants", where: "id", equals: removed, on: db).first,
                let keptPerson = try await Participant.find(kept, on: db),
                let removedPerson = try await Participant.find(removed, on: db)
            else { throw Refusal.cannotUndo }
            var conflicts: [String] = []
            for (table, unique) in movable {
                guard let unique else { continue }
                let on = SQLList(
                    unique.map { SQLQueryString("a.\(ident: $0) = b.\(ident: $0)") },
                    separator: SQLRaw(" AND ")
                )
                let clash = try await sql.raw(
                    """
                    SELECT 1 AS x FROM \(ident: table) b JOIN \(ident: table) a ON \(on) AND a.participant_id = \(bind: kept) \
                    WHERE b.participant_id = \(bind: removed) LIMIT 1
                    """
                ).first()
                if clash != nil { conflicts.append(table) }
            }
            guard conflicts.isEmpty else { throw Refusal.conflicts(conflicts) }

            var record = Record(kept: keptRow, removed: removedRow)
            for (table, _) in movable {
                let ids = try await sql.raw("SELECT id FROM \(ident: table) WHERE participant_id = \(bind: removed)")
                    .all()
                    .map { try $0.decodeID(column: "id") }
                guard !ids.isEmpty else { continue }
                record.moved[table] = ids
                try await sql.raw(
                    "UPDATE \(ident: table) SET participant_id = \(bind: kept) WHERE participant_id = \(bind: removed)"
                ).run()
            }
            // One income baseline per person: the kept one's stays; the removed one's moves only if
            // the kept person has none.
            let baselines = try await RowSnapshot.take(
                "income_baselines",
                where: "participant_id",
                equals: removed,
                on: db
            )
            if !baselines.isEmpty {
                let keptHas =
                    try await sql.raw(
                        "SELECT 1 AS x FROM income_baselines WHERE participant_id = \(bind: kept)"
                    ).first() != nil
                let ids = try await sql.raw("SELECT id FROM income_baselines WHERE participant_id = \(bind: removed)")
                    .all().map { try $0.decodeID(column: "id") }
                if keptHas {
                    record.deleted += baselines
                    try await sql.raw("DELETE FROM income_baselines WHERE participant_id = \(bind: removed)").run()
                } else {
                    record.moved["income_baselines"] = ids
                    try await sql.raw(
                        "UPDATE income_baselines SET participant_id = \(bind: kept) WHERE participant_id = \(bind: removed)"
                    ).run()
                }
            }
            // Shares follow consent, which moved: the kept person is shared wherever either was.
            record.deleted += try await RowSnapshot.take(
                "participant_shares",
                where: "participant_id",
                equals: removed,
                on: db
            )
            let added = try await sql.raw(
                """
                SELECT organisation_id FROM participant_shares WHERE participant_id = \(bind: removed) \
                AND organisation_id NOT IN (SELECT organisation_id FROM participant_shares WHERE participant_id = \(bind: kept))
                """
            ).all().map { try $0.decodeID(column: "organisation_id") }
            record.sharesAdded = added
            try await sql.raw("DELETE FROM participant_shares WHERE participant_id = \(bind: removed)").run()
            for organisation in added {
                try await sql.insert(into: "participant_shares").columns("participant_id", "organisation_id")
                    .values(SQLBind(kept), SQLBind(organisation)).run()
            }
            for column in ["person_a", "person_b"] {
                record.deleted += try await RowSnapshot.take("duplicate_pairs", where: column, equals: removed, on: db)
                try await sql.raw("DELETE FROM duplicate_pairs WHERE \(ident: column) = \(bind: removed)").run()
            }
            try await sql.raw("DELETE FROM participants WHERE id = \(bind: removed)").run()

            // What the kept record lacks, it takes (after the removed row is gone: the ID index is unique).
            let before = keptPerson.auditSnapshot
            var fills: [String] = []
            for group in filled where isEmpty(keptRow, group[0]) && !isEmpty(removedRow, group[0]) {
                fills += group
            }
            if !fills.isEmpty {
                var update = sql.update("participants").where("id", .equal, SQLBind(kept))
                for column in fills {
                    update = update.set(SQLIdentifier(column), to: SQLQueryString("\(bind: removedRow.text(column))"))
                }
                try await update.run()
                record.filledColumns = fills
            }
            let mergeID = UUID()
            let snapshot = String(decoding: try JSONEncoder().encode(record), as: UTF8.self)
            try await sql.insert(into: "person_merges")
                .columns(
                    "id",
                    "kept_id",
                    "removed_id",
                    "removed_estate_id",
                    "removed_name",
                    "snapshot",
                    "merged_by",
                    "merged_at"
                )
                .values(
                    SQLBind(mergeID),
                    SQLBind(kept),
                    SQLBind(removed),
                    SQLBind(removedPerson.$estate.id),
                    SQLBind(removedPerson.displayName),
                    SQLBind(snapshot),
                    SQLBind(actor.id),
                    SQLBind(now)
                ).run()
            try await Audit.record(
                .delete,
                entity: Participant.auditEntity,
                id: removed.uuidString.lowercased(),
                before: removedPerson.auditSnapshot,
                after: ["merged_into": kept.uuidString.lowercased(), "merge_id": mergeID.uuidString.lowercased()],
                by: actor,
                at: now,
                on: db
            )
            guard let after = try await Participant.find(kept, on: db) else { throw Refusal.cannotUndo }
            var changes = after.auditSnapshot
            changes["merged_from"] = removed.uuidString.lowercased()
            changes["records_moved"] = String(record.moved.values.map(\.count).reduce(0, +))
            try await Audit.record(
                .update,
                entity: Participant.auditEntity,
                id: kept.uuidString.lowercased(),
                before: before,
                after: changes,
                by: actor,
                at: now,
                on: db
            )
            return mergeID
        }
    }

    /// Puts back exactly what `merge` changed: the removed person and their rows, the moved records,
    /// the shares, and the kept person's filled columns.
    static func undo(_ mergeID: UUID, by actor: Audit.Actor, at now: Date, on database: any Database) async throws {
        try await database.writing { db in
            try await db.lock(key: "registry:merge")
            let sql = db.sql
            guard
                let row = try await sql.raw(
                    "SELECT kept_id, removed_id, snapshot, undone_at FROM person_merges WHERE id = \(bind: mergeID)"
                ).first(),
                try row.decodeNil(column: "undone_at")
            else { throw Refusal.cannotUndo }
            let kept = try row.decodeID(column: "kept_id")
            let removed = try row.decodeID(column: "removed_id")
            let record = try JSONDecoder().decode(
                Record.self,
                from: Data(try row.decode(column: "snapshot", as: String.self).utf8)
            )
            guard try await Participant.find(kept, on: db) != nil, try await Participant.find(removed, on: db) == nil
            else { throw Refusal.cannotUndo }
            for (table, ids) in record.moved {
                let owned = try await sql.raw(
                    """
                    SELECT COUNT(*) AS n FROM \(ident: table) WHERE participant_id = \(bind: kept) \
                    AND id IN \(SQLBind.group(ids))
                    """
                ).first()?.decode(column: "n", as: Int.self)
                guard owned == ids.count else { throw Refusal.changedSince }
            }
            try await record.kept.restore(columns: record.filledColumns, id: kept, on: sql)
            try await record.removed.insert(on: sql)
            for (table, ids) in record.moved {
                try await sql.raw(
                    "UPDATE \(ident: table) SET participant_id = \(bind: removed) WHERE id IN \(SQLBind.group(ids))"
                ).run()
            }
            if !record.sharesAdded.isEmpty {
                try await sql.raw(
                    """
                    DELETE FROM participant_shares WHERE participant_id = \(bind: kept) \
                    AND organisation_id IN \(SQLBind.group(record.sharesAdded))
                    """
                ).run()
            }
            for deleted in record.deleted {
                // A pair with someone merged away since is not put back: the next scan judges anew.
                if deleted.table == "duplicate_pairs" {
                    let people = ["person_a", "person_b"].compactMap {
                        deleted.text($0).flatMap(UUID.init(uuidString:))
                    }
                    var present = true
                    for person in people where try await Participant.find(person, on: db) == nil { present = false }
                    guard present, people.count == 2 else { continue }
                }
                try await deleted.insert(on: sql)
            }
            try await sql.update("person_merges").set("undone_at", to: SQLBind(now)).set(
                "undone_by",
                to: SQLBind(actor.id)
            )
            .where("id", .equal, SQLBind(mergeID)).run()
            guard let restored = try await Participant.find(removed, on: db) else { throw Refusal.cannotUndo }
            try await Audit.record(.create, restored, before: nil, by: actor, at: now, on: db)
            try await Audit.record(
                .update,
                entity: "person_merge",
                id: mergeID.uuidString.lowercased(),
                before: ["kept_id": kept.uuidString.lowercased(), "removed_id": removed.uuidString.lowercased()],
                after: ["undone": "true"],
                by: actor,
                at: now,
                on: db
            )
        }
    }

    private static func isEmpty(_ row: RowSnapshot, _ column: String) -> Bool {
        row.text(column)?.isEmpty ?? true
    }
}

extension RowSnapshot {
    /// A text column's value; nil when null.
    func text(_ column: String) -> String? {
        if let cells {
            if case .text(let value) = cells[column] { return value }
            return nil
        }
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return nil
        }
        return object[column] as? String
    }
}
