import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Finds likely duplicates among everyone registered (`DuplicateRules`) and keeps them in
/// `duplicate_pairs` for the review page. The registry is read in birth-date order and in phone
/// order through their indexes, one group at a time, so memory holds a day's people, never the
/// registry. Pairs an officer dismissed are left out.
enum DuplicateScan {
    struct Result: Sendable {
        let pairs: Int
        let people: Int
    }

    /// Rescans and replaces the stored pairs. Scans run one at a time (the write gate on SQLite, a
    /// lock on PostgreSQL); reading happens before the write, so pages stay served meanwhile.
    @discardableResult
    static func run(on database: any Database, now: Date) async throws -> Result {
        let sql = database.sql
        let byBirth = Grouper(rule: DuplicateRules.sameBirthDate)
        try await sql.raw(
            """
            SELECT id, estate_id, first_name_key, last_name_key, birth_date, phone FROM participants \
            ORDER BY birth_date
            """
        ).run { row in byBirth.add(row, groupColumn: "birth_date") }
        byBirth.finish()
        let byPhone = Grouper(rule: DuplicateRules.samePhone)
        try await sql.raw(
            """
            SELECT id, estate_id, first_name_key, last_name_key, birth_date, phone FROM participants \
            WHERE phone IS NOT NULL AND phone <> '' ORDER BY phone
            """
        ).run { row in byPhone.add(row, groupColumn: "phone") }
        byPhone.finish()
        // The unique index should make this empty; if it ever is not, the review says so.
        let sameID = try await sql.raw(
            """
            SELECT p.id, p.estate_id, p.national_id_index FROM participants p WHERE p.national_id_index IN \
            (SELECT national_id_index FROM participants WHERE national_id_index IS NOT NULL \
            GROUP BY national_id_index HAVING COUNT(*) > 1) ORDER BY p.national_id_index
            """
        ).all()
        var estates = byBirth.estates.merging(byPhone.estates) { a, _ in a }
        var pairs: [DuplicateRules.Pair: Void] = [:]
        var byIndex: [String: [String]] = [:]
        for row in sameID {
            let id = try row.decodeID(column: "id").uuidString.lowercased()
            estates[id] = try row.decodeID(column: "estate_id")
            byIndex[try row.decode(column: "national_id_index", as: String.self), default: []].append(id)
        }
        for ids in byIndex.values {
            for (index, a) in ids.enumerated() {
                for b in ids[(index + 1)...] {
                    pairs[DuplicateRules.Pair(a, b, reason: .sameNationalID, rule: nil)] = ()
                }
            }
        }
        // One row per pair: the strongest reason wins (same ID, then birth date, then phone).
        var chosen: [String: DuplicateRules.Pair] = [:]
        for pair in Array(pairs.keys) + byBirth.pairs + byPhone.pairs {
            let key = pair.first + "|" + pair.second
            if chosen[key] == nil { chosen[key] = pair }
        }
        let dismissed = try await dismissedKeys(on: database)
        let kept = chosen.filter { !dismissed.contains($0.key) }.values.sorted {
            ($0.first, $0.second) < ($1.first, $1.second)
        }
        let estateOf = estates
        try await database.writing { db in
            try await db.lock(key: "duplicates:scan")
            let sql = db.sql
            try await sql.delete(from: "duplicate_pairs").run()
            for chunk in stride(from: 0, to: kept.count, by: 500) {
                let rows: [[any SQLExpression]] = kept[chunk..<min(chunk + 500, kept.count)].compactMap { pair in
                    guard let a = UUID(uuidString: pair.first), let b = UUID(uuidString: pair.second),
                        let estateA = estateOf[pair.first], let estateB = estateOf[pair.second]
                    else { return nil }
                    return [
                        SQLBind(UUID()), SQLBind(a), SQLBind(b), SQLBind(estateA), SQLBind(estateB),
                        SQLBind(pair.reason.rawValue), SQLBind(pair.rule?.rawValue), SQLBind(now),
                    ]
                }
                guard !rows.isEmpty else { continue }
                try await sql.insert(into: "duplicate_pairs")
                    .columns("id", "person_a", "person_b", "estate_a", "estate_b", "reason", "rule", "found_at")
                    .rows(rows).run()
            }
        }
        return Result(pairs: kept.count, people: byBirth.people)
    }

    /// Pairs said to be two people, as `a|b` with `a` the smaller id.
    static func dismissedKeys(on database: any Database) async throws -> Set<String> {
        let rows = try await database.sql.raw("SELECT person_a, person_b FROM duplicate_dismissals").all()
        return Set(
            try rows.map {
                try $0.decodeID(column: "person_a").uuidString.lowercased() + "|"
                    + $0.decodeID(column: "person_b").uuidString.lowercased()
            }
        )
    }

    /// Collects rows arriving in group order and hands each finished group to the rule. The rows
    /// arrive on the database's thread one after another; the lock only satisfies `Sendable`.
    private final class Grouper: @unchecked Sendable {
        let rule: @Sendable ([DuplicateRules.Person]) -> [DuplicateRules.Pair]
        private let lock = NSLock()
        private var group: [DuplicateRules.Person] = []
        private var groupEstates: [String: UUID] = [:]
        private var current: String?
        private(set) var pairs: [DuplicateRules.Pair] = []
        /// The estate of each person in a pair.
        private(set) var estates: [String: UUID] = [:]
        private(set) var people = 0

        init(rule: @escaping @Sendable ([DuplicateRules.Person]) -> [DuplicateRules.Pair]) { self.rule = rule }

        func add(_ row: any SQLRow, groupColumn: String) {
            guard let id = try? row.decodeID(column: "id"), let estate = try? row.decodeID(column: "estate_id"),
                let first = try? row.decode(column: "first_name_key", as: String.self),
                let last = try? row.decode(column: "last_name_key", as: String.self),
                let birth = try? row.decode(column: "birth_date", as: String.self)
            else { return }
            let phone = try? row.decode(column: "phone", as: String?.self)
            let key = groupColumn == "phone" ? (phone ?? "") : birth
            lock.withLock {
                people += 1
                if key != current { flush() }
                current = key
                let text = id.uuidString.lowercased()
                group.append(.init(id: text, firstName: first, lastName: last, birthDate: birth, phone: phone))
                groupEstates[text] = estate
            }
        }

        func finish() { lock.withLock { flush() } }

        private func flush() {
            if group.count > 1 {
                let found = rule(group)
                for pair in found {
                    estates[pair.first] = groupEstates[pair.first]
                    estates[pair.second] = groupEstates[pair.second]
                }
                pairs += found
            }
            group.removeAll(keepingCapacity: true)
            groupEstates.removeAll(keepingCapacity: true)
        }
    }
}
