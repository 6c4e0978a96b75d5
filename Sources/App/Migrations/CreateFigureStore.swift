import Fluent
import SQLKit

/// The dashboard's figures, kept on write (issue 13; `FigureStore`).
///
/// - `figure_facts`: the records behind every indicator, one row per record and cycle, with the
///   person's gender, age group and home province copied in, and flags marking which row counts a
///   record once per grouping (`IndicatorQueries+Store`).
/// - `figure_cube`: the facts summed by everything the dashboard filters or breaks down by: a few
///   thousand rows where the facts are hundreds of thousands.
/// - `figure_dirty`: what changed since the store was last brought up to date. Triggers on the
///   tables the figures are counted from write it, in the writer's own transaction, so every
///   change is caught — a service's, a bulk import's or one typed into `psql` — and none is missed
///   because a service forgot to say so.
/// - `figure_state`: the default age bands the facts were grouped with.
struct CreateFigureStore: AsyncMigration {
    /// The tables the figures are counted from, what a change to a row marks dirty (a person, an
    /// enterprise or a cycle, by the column holding its id), and on which events.
    struct Watch {
        let table: String
        let kind: String
        let column: String
        /// For updates, only these columns matter; empty for every column.
        let columns: [String]
        let onInsert: Bool

        init(_ table: String, _ kind: String, _ column: String, columns: [String] = [], onInsert: Bool = true) {
            self.table = table
            self.kind = kind
            self.column = column
            self.columns = columns
            self.onInsert = onInsert
        }
    }

    static let watches: [Watch] = [
        Watch(
            "participants",
            "person",
            "id",
            columns: [
                "estate_id", "created_at", "gender", "birth_date", "subdistrict_code", "community_id",
                "baseline_income_satang",
            ]
        ),
        Watch("enrolments", "person", "participant_id"),
        Watch("round_candidates", "person", "participant_id"),
        Watch("certificates", "person", "participant_id"),
        Watch("referrals", "person", "participant_id"),
        Watch("loans", "person", "participant_id"),
        Watch("placements", "person", "participant_id"),
        Watch("income_baselines", "person", "participant_id"),
        Watch("income_followups", "person", "participant_id"),
        Watch("enterprises", "enterprise", "id"),
        Watch("enterprise_members", "enterprise", "enterprise_id"),
        // A new course or round has no records yet; a changed one moves all of its records.
        Watch("courses", "cycle", "cycle_id", onInsert: false),
        Watch("assessment_rounds", "cycle", "cycle_id", onInsert: false),
        Watch("cycles", "cycle", "id", onInsert: false),
        Watch("cycle_estates", "cycle", "cycle_id"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema("figure_facts")
            .field("cycle_id", .uuid, .required)
            .field("k", .string, .required)
            .field("rid", .uuid, .required)
            .field("pid", .uuid, .required)
            .field("eid", .uuid, .required)
            .field("oid", .uuid, .required)
            .field("mon", .string, .required)
            .field("amt", .int64)
            .field("bank", .uuid)
            .field("gender", .string, .required)
            .field("age", .string, .required)
            .field("prov", .int, .required)
            .field("cid", .uuid, .required)
            .field("fl", .int, .required)
            .create()
        let sql = database.sql
        try await sql.create(index: "figure_facts_pid").on("figure_facts").column("pid").run()
        try await sql.create(index: "figure_facts_rid").on("figure_facts").column("rid").run()
        try await sql.create(index: "figure_facts_cycle").on("figure_facts").column("cycle_id").column("k").run()
        var cube = database.schema("figure_cube")
            .field("cycle_id", .uuid, .required)
            .field("k", .string, .required)
            .field("eid", .uuid, .required)
            .field("oid", .uuid, .required)
            .field("mon", .string, .required)
            .field("gender", .string, .required)
            .field("age", .string, .required)
            .field("prov", .int, .required)
            .field("cid", .uuid, .required)
            .field("n", .int64, .required)
        for subset in 0..<8 {
            cube = cube.field(.string("c\(subset)"), .int64, .required).field(.string("a\(subset)"), .int64, .required)
        }
        try await cube.unique(on: "cycle_id", "k", "eid", "oid", "mon", "gender", "age", "prov", "cid").create()
        try await database.schema("figure_dirty")
            .field("kind", .string, .required)
            .field("ref", .uuid)
            .create()
        try await database.schema("figure_state")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
        try await createTriggers(database)
        // Everything recorded before the store existed: the first refresh builds it all.
        try await sql.raw("INSERT INTO figure_dirty (kind) VALUES ('all')").run()
    }

    func createTriggers(_ database: any Database) async throws {
        let sql = database.sql
        if database.isSQLite {
            for watch in Self.watches {
                let mark = { (row: String) -> String in
                    "INSERT INTO figure_dirty (kind, ref) VALUES ('\(watch.kind)', \(row).\(watch.column));"
                }
                let name = "figure_dirty_\(watch.table)"
                if watch.onInsert {
                    try await sql.raw(
                        "CREATE TRIGGER \(unsafeRaw: name)_i AFTER INSERT ON \(unsafeRaw: watch.table) BEGIN \(unsafeRaw: mark("NEW")) END"
                    ).run()
                }
                let of = watch.columns.isEmpty ? "" : " OF " + watch.columns.joined(separator: ", ")
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: name)_u AFTER UPDATE\(unsafeRaw: of) ON \(unsafeRaw: watch.table) \
                    BEGIN \(unsafeRaw: mark("OLD")) \(unsafeRaw: mark("NEW")) END
                    """
                ).run()
                try await sql.raw(
                    "CREATE TRIGGER \(unsafeRaw: name)_d AFTER DELETE ON \(unsafeRaw: watch.table) BEGIN \(unsafeRaw: mark("OLD")) END"
                ).run()
            }
        } else {
            // One function for every table: the kind and the id's column are the trigger's arguments.
            try await sql.raw(
                """
                CREATE FUNCTION figure_dirty_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                IF TG_OP <> 'INSERT' THEN INSERT INTO figure_dirty (kind, ref) \
                VALUES (TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::uuid); END IF; \
                IF TG_OP <> 'DELETE' THEN INSERT INTO figure_dirty (kind, ref) \
                VALUES (TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::uuid); END IF; \
                RETURN NULL; END $$
                """
            ).run()
            for watch in Self.watches {
                var events = [
                    "DELETE", "UPDATE" + (watch.columns.isEmpty ? "" : " OF " + watch.columns.joined(separator: ", ")),
                ]
                if watch.onInsert { events.insert("INSERT", at: 0) }
                try await sql.raw(
                    """
                    CREATE TRIGGER figure_dirty AFTER \(unsafeRaw: events.joined(separator: " OR ")) \
                    ON \(unsafeRaw: watch.table) FOR EACH ROW \
                    EXECUTE FUNCTION figure_dirty_mark('\(unsafeRaw: watch.kind)', '\(unsafeRaw: watch.column)')
                    """
                ).run()
            }
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for watch in Self.watches {
            if database.isSQLite {
                for suffix in ["_i", "_u", "_d"] {
                    try await sql.raw(
                        "DROP TRIGGER IF EXISTS figure_dirty_\(unsafeRaw: watch.table)\(unsafeRaw: suffix)"
                    ).run()
                }
            } else {
                try await sql.raw("DROP TRIGGER IF EXISTS figure_dirty ON \(unsafeRaw: watch.table)").run()
            }
        }
        if !database.isSQLite { try await sql.raw("DROP FUNCTION IF EXISTS figure_dirty_mark()").run() }
        for table in ["figure_state", "figure_dirty", "figure_cube", "figure_facts"] {
            try await database.schema(table).delete()
        }
    }
}
