import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Keeps the dashboard's figures (`figure_facts`, `figure_cube`) up to date with the records.
///
/// Triggers note every change to the records the figures count (`CreateFigureStore`); before the
/// figures are read, `refresh` replaces the facts of whatever changed — a person's, a business's,
/// a whole cycle's when a course, round or the cycle itself changed — and moves the cube by the
/// difference. A day's work touches a few hundred people, so a refresh is milliseconds and the
/// dashboard reads a cube of a few thousand rows instead of counting hundreds of thousands of
/// records. Readers on every app server refresh the same shared store, one at a time.
enum FigureStore {
    /// Past this many people changed at once (a bulk import), rebuilding everything is quicker.
    static let rebuildAbove = 50_000
    /// The facts' definition: raise it whenever `IndicatorQueries+Facts` or the flags change, so the
    /// next start rebuilds the store instead of mixing old facts with new.
    static let definition = 4

    /// People or businesses per statement. Each id is bound once per indicator and cycle (about ten
    /// times a cycle), and PostgreSQL takes at most 65,535 parameters to a statement.
    static func batch(cycles: Int) -> Int {
        max(1, min(500, 30_000 / (10 * max(1, cycles))))
    }

    private struct Pending: Decodable {
        let dirty: Int
        let bands: String?
        let cycles: Int
        let generation: String?
    }

    private struct State: Decodable {
        let value: String
    }

    private struct Mark: Decodable {
        let kind: String
        let ref: UUID?
    }

    private struct CycleRow: Decodable {
        let id: UUID
        let fiscal_year: Int
        let age_bands: String?
    }

    private struct Member: Decodable {
        let enterprise_id: UUID
    }

    /// The figures, once the store is up to date (`IndicatorQueries.figures`); `bands` are the age
    /// bands of cycles that set none.
    static func figures(
        cycles: [IndicatorQueries.CycleKey],
        filter: IndicatorQueries.Filter,
        scope: FigureScope,
        breakdowns: [Breakdown],
        bands: AgeBands,
        on database: any Database
    ) async throws -> IndicatorQueries.Results {
        guard !cycles.isEmpty, scope != .nothing else { return IndicatorQueries.Results() }
        let pending = try await pending(on: database)
        let fingerprint = fingerprint(bands)
        if pending.map({ $0.dirty > 0 || $0.bands != fingerprint }) ?? true {
            // A refresh that fails (it is logged) leaves the figures as they were at the last one:
            // the page still answers, a little behind, and the next read tries again.
            do {
                try await update(fingerprint, bands, on: database)
            } catch {
                database.logger.error("figure store refresh failed: \(String(reflecting: error))")
            }
        }
        return try await IndicatorQueries.figures(
            cycles: cycles,
            everyCycle: Set(cycles.map(\.id)).count >= (pending?.cycles ?? 0),
            filter: filter,
            scope: scope,
            breakdowns: breakdowns,
            on: database
        )
    }

    /// What the store was built with: the facts' definition and the default age bands.
    static func fingerprint(_ bands: AgeBands) -> String {
        "\(definition):\(bands.minimumAge)/\(bands.nearRetirementFrom)/\(bands.elderlyFrom)"
    }

    /// Brings the store up to date; `bands` are the age bands of cycles that set none.
    ///
    /// Relies on PostgreSQL's default isolation (read committed): after the lock, the claim sees
    /// every mark committed before it, and the facts are read from what those writers committed.
    ///
    /// Returns the store's generation once it is up to date: a new one is written, in the same
    /// transaction, whenever the cube changes, so figures read from the cube may be kept in memory
    /// under it (`CycleFigureQueries`) and are never shown after the cube has moved on.
    @discardableResult
    static func refresh(bands: AgeBands, on database: any Database) async throws -> String? {
        let fingerprint = fingerprint(bands)
        if let pending = try await pending(on: database), pending.dirty == 0, pending.bands == fingerprint,
            let generation = pending.generation
        {
            return generation
        }
        try await update(fingerprint, bands, on: database)
        return try await pending(on: database)?.generation
    }

    /// `refresh` for a page: a refresh that fails is logged, and the page answers from the last
    /// figures, a little behind; the next read tries again.
    /// Returns the generation, or nil when the refresh failed (the figures may then be behind, and
    /// nothing read from them should be kept).
    @discardableResult
    static func refreshOrKeepLast(bands: AgeBands, on database: any Database) async -> String? {
        do {
            return try await refresh(bands: bands, on: database)
        } catch {
            database.logger.error("figure store refresh failed: \(String(reflecting: error))")
            return nil
        }
    }

    private static func update(_ fingerprint: String, _ bands: AgeBands, on database: any Database) async throws {
        try await database.writing { db in
            try await db.lock(key: "figure_store")
            let sql = db.sql
            let marks = try await sql.raw("DELETE FROM figure_dirty RETURNING kind, ref").all(decoding: Mark.self)
            let stored = try await sql.raw("SELECT value FROM figure_state WHERE key = 'bands'")
                .first(decoding: State.self)?.value
            // A store built before generations were kept gets its first one here.
            try await stamp(on: sql)
            guard !marks.isEmpty || stored != fingerprint else { return }
            let cycles = try await sql.raw("SELECT id, fiscal_year, age_bands FROM cycles").all(decoding: CycleRow.self)
                .map {
                    IndicatorQueries.CycleKey(
                        id: $0.id,
                        fiscalYear: $0.fiscal_year,
                        bands: $0.age_bands.flatMap(AgeBands.init(parsing:)) ?? bands
                    )
                }
            let people = Set(marks.filter { $0.kind == "person" }.compactMap(\.ref))
            if stored != fingerprint || marks.contains(where: { $0.kind == "all" }) || people.count > rebuildAbove {
                try await rebuildAll(cycles, on: sql)
                try await sql.raw(
                    """
                    INSERT INTO figure_state (key, value) VALUES ('bands', \(bind: fingerprint)) \
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """
                ).run()
                return
            }
            let batch = batch(cycles: cycles.count)
            var enterprises = Set(marks.filter { $0.kind == "enterprise" }.compactMap(\.ref))
            for chunk in people.sorted(by: { $0.uuidString < $1.uuidString }).chunked(batch).map(Array.init) {
                try await replace(.only(.people(chunk)), cycles, only: .people(chunk), on: sql)
                // A business counts once a founder or member has completed a course: a person's
                // new completion can bring their business in.
                let members = try await sql.raw(
                    "SELECT DISTINCT enterprise_id FROM enterprise_members WHERE participant_id IN \(SQLBind.group(chunk))"
                ).all(decoding: Member.self)
                enterprises.formUnion(members.map(\.enterprise_id))
            }
            for chunk in enterprises.sorted(by: { $0.uuidString < $1.uuidString }).chunked(batch).map(Array.init) {
                try await replace(.only(.enterprises(chunk)), cycles, only: .enterprises(chunk), on: sql)
            }
            try await sql.raw("DELETE FROM figure_cube WHERE n = 0").run()
        }
    }

    /// One short read: whether anything changed, what the store was built with, and how many
    /// cycles there are (whether a choice is every cycle).
    static let pendingStatement: SQLQueryString = """
        SELECT (SELECT COUNT(*) FROM (SELECT 1 AS x FROM figure_dirty LIMIT 1) AS d) AS dirty, \
        (SELECT value FROM figure_state WHERE key = 'bands') AS bands, (SELECT COUNT(*) FROM cycles) AS cycles, \
        (SELECT value FROM figure_state WHERE key = 'generation') AS generation
        """

    /// A new generation, in the transaction that moves the cube. Random rather than counted, so no
    /// two stores (or two test databases in one process) can share one.
    private static func stamp(on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO figure_state (key, value) VALUES ('generation', \(bind: UUID().uuidString)) \
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """
        ).run()
    }

    private static func pending(on database: any Database) async throws -> Pending? {
        try await database.sql.raw(pendingStatement).first(decoding: Pending.self)
    }

    /// Takes the unit's facts out of the cube, writes them anew, and adds them back.
    private static func replace(
        _ unit: IndicatorQueries.StoreUnit,
        _ cycles: [IndicatorQueries.CycleKey],
        only: IndicatorQueries.Only?,
        on sql: any SQLDatabase
    ) async throws {
        try await sql.raw(IndicatorQueries.cubeDelta(unit, sign: -1)).run()
        try await sql.raw(IndicatorQueries.deleteFacts(unit)).run()
        for insert in IndicatorQueries.insertFacts(cycles, only: only) { try await sql.raw(insert).run() }
        try await sql.raw(IndicatorQueries.cubeDelta(unit, sign: 1)).run()
    }

    private static func rebuildAll(_ cycles: [IndicatorQueries.CycleKey], on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM figure_cube").run()
        try await sql.raw(IndicatorQueries.deleteFacts(.all)).run()
        // Every cycle at once: a record's flags are worked out over all of its facts.
        for insert in IndicatorQueries.insertFacts(cycles, only: nil) { try await sql.raw(insert).run() }
        try await sql.raw(IndicatorQueries.cubeDelta(.all, sign: 1)).run()
        // Fresh statistics, so the planner looks a partner's facts up by person rather than reading
        // every fact of the chosen cycles.
        try await sql.raw("ANALYZE figure_facts").run()
        try await sql.raw("ANALYZE figure_cube").run()
    }
}

extension Array {
    /// The array in consecutive pieces of at most `size` elements.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
