import Fluent
import Foundation
import SQLKit

/// The home page's headline for every cycle in two statements, whatever the number of cycles or
/// people: people enrolled and completed, summed from the figure store's cube (`FigureStore`,
/// kept up to date by the caller), against the trained target.
enum HomeQueries {
    struct Headline: Sendable, Equatable {
        var target = 0
        var enrolled = 0
        var completed = 0
    }

    private struct Count: Decodable {
        let cycle_id: UUID
        let k: String
        let n: Int
    }

    private struct Target: Decodable {
        let cycle_id: UUID
        let t: Int
    }

    /// Whether the headlines come from the store: for the whole programme or one estate.
    static func readsStore(estates: Set<UUID>?) -> Bool { (estates?.count ?? 0) <= 1 }

    /// Every cycle's headline, for the whole programme (`estates` nil) or one estate. Several estates
    /// (one person can be at two) are counted per cycle by `ProgressQueries.headline`: nil here.
    static func headlines(estates: Set<UUID>?, on database: any Database) async throws -> [UUID: Headline]? {
        guard readsStore(estates: estates) else { return nil }
        // An officer with no estates: nothing to count (and never the whole programme).
        if let estates, estates.isEmpty { return [:] }
        let sql = database.sql
        // Subset 8 counts each person once per cycle; 9, once per cycle and estate.
        let estate: SQLQueryString = estates?.first.map { " AND eid = \(bind: $0)" } ?? ""
        let column = estates == nil ? "c8" : "c9"
        let counts = try await sql.raw(
            """
            SELECT cycle_id, k, CAST(SUM(\(unsafeRaw: column)) AS BIGINT) AS n FROM figure_cube \
            WHERE k IN ('enrolled', 'completed')\(estate) GROUP BY cycle_id, k
            """
        ).all(decoding: Count.self)
        let within: SQLQueryString = estates.map { " WHERE estate_id IN \(SQLBind.group(Array($0)))" } ?? ""
        let targets = try await sql.raw(
            "SELECT cycle_id, CAST(SUM(target_trained) AS BIGINT) AS t FROM cycle_estates\(within) GROUP BY cycle_id"
        ).all(decoding: Target.self)
        var headlines: [UUID: Headline] = [:]
        for target in targets { headlines[target.cycle_id, default: Headline()].target = target.t }
        for count in counts {
            if count.k == "enrolled" { headlines[count.cycle_id, default: Headline()].enrolled = count.n }
            if count.k == "completed" { headlines[count.cycle_id, default: Headline()].completed = count.n }
        }
        return headlines
    }
}
