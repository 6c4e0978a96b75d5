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
/// - `figure_state`: what the store was built with (`FigureStore.fingerprint`).
struct CreateFigureStore: AsyncMigration {
    /// A table the figures are counted from, and what a change to one of its rows marks dirty: given
    /// the row (`OLD` or `NEW`), the statement writing the marks.
    struct Watch: Sendable {
        let table: String
        /// For updates, only these columns matter (the ones the figures read).
        let columns: [String]
        let onInsert: Bool
        let mark: @Sendable (_ row: String) -> String
        /// For a row belonging to one person or business: the statement marking every row a statement
        /// inserted (PostgreSQL's transition table `new_rows`), so a `COPY` of a million people marks
        /// them in one statement, not through a million trigger calls.
        let markInserted: String?

        /// A row belonging to one person (or business: `kind` enterprise), by the column holding its id.
        init(_ table: String, _ kind: String = "person", _ column: String = "participant_id", columns: [String]) {
            self.table = table
            self.columns = columns
            self.onInsert = true
            self.mark = { row in "INSERT INTO figure_dirty (kind, ref) VALUES ('\(kind)', \(row).\(column));" }
            self.markInserted = "INSERT INTO figure_dirty (kind, ref) SELECT '\(kind)', \(column) FROM new_rows;"
        }

        /// A row whose change moves other rows' records: `mark` writes whose.
        init(_ table: String, columns: [String], onInsert: Bool, mark: @escaping @Sendable (_ row: String) -> String) {
            self.table = table
            self.columns = columns
            self.onInsert = onInsert
            self.mark = mark
            self.markInserted = nil
        }
    }

    static let everything = "INSERT INTO figure_dirty (kind) VALUES ('all');"

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
        Watch("enrolments", columns: ["course_id", "participant_id", "status"]),
        Watch("round_candidates", columns: ["round_id", "participant_id", "overall"]),
        Watch("certificates", columns: ["round_id", "participant_id", "issued_on", "revoked_on"]),
        Watch("referrals", columns: ["participant_id", "referred_on"]),
        Watch("loans", columns: ["participant_id", "status", "amount_approved_satang", "approved_on", "bank_id"]),
        Watch("placements", columns: ["participant_id", "started_on"]),
        Watch("income_baselines", columns: ["participant_id", "monthly_income_satang"]),
        Watch(
            "income_followups",
            columns: ["participant_id", "reached", "done_on", "months", "monthly_income_satang"]
        ),
        Watch("enterprises", "enterprise", "id", columns: ["estate_id", "occupation_id", "started_on"]),
        Watch(
            "enterprise_members",
            "enterprise",
            "enterprise_id",
            columns: ["enterprise_id", "participant_id", "role", "joined_on"]
        ),
        // A course or round moved (another cycle, estate, occupation or day) moves its people's
        // records; a new one has none yet.
        Watch("courses", columns: ["cycle_id", "estate_id", "occupation_id", "last_day"], onInsert: false) { row in
            "INSERT INTO figure_dirty (kind, ref) SELECT 'person', participant_id FROM enrolments WHERE course_id = \(row).id;"
        },
        Watch("assessment_rounds", columns: ["cycle_id", "estate_id", "occupation_id", "held_on"], onInsert: false) {
            row in
            """
            INSERT INTO figure_dirty (kind, ref) SELECT 'person', participant_id FROM round_candidates \
            WHERE round_id = \(row).id UNION SELECT 'person', participant_id FROM certificates WHERE round_id = \(row).id;
            """
        },
        // Which estates and fiscal year a cycle covers, or its age bands, reach every registration
        // and business of those estates: rare, set up before a cycle starts, and rebuilt whole.
        Watch("cycles", columns: ["fiscal_year", "age_bands"], onInsert: false) { _ in everything },
        Watch("cycle_estates", columns: ["cycle_id", "estate_id"], onInsert: true) { _ in everything },
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
            .field("fl", .int64, .required)
            .create()
        let sql = database.sql
        try await sql.create(index: "figure_facts_pid").on("figure_facts").column("pid").run()
        try await sql.create(index: "figure_facts_rid").on("figure_facts").column("rid").run()
        try await sql.create(index: "figure_facts_cycle").on("figure_facts").column("cycle_id").column("k").run()
        try await sql.create(index: "figure_facts_estate").on("figure_facts").column("eid").column("cycle_id").run()
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
        for subset in 0..<IndicatorQueries.flagCount {
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
        try await Self.createTriggers(Self.watches, on: database)
        // Everything recorded before the store existed: the first refresh builds it all.
        try await sql.raw("INSERT INTO figure_dirty (kind) VALUES ('all')").run()
    }

    /// - Parameter insertsPerStatement: on PostgreSQL, mark inserted rows once per statement where
    ///   the watch can (`markInserted`; migration `MarkInsertsPerStatement`). Off for the migrations
    ///   that landed before it, so they still do what they did.
    static func createTriggers(
        _ watches: [Watch],
        insertsPerStatement: Bool = false,
        on database: any Database
    ) async throws {
        let sql = database.sql
        for watch in watches {
            let name = "figure_dirty_\(watch.table)"
            let of = " OF " + watch.columns.joined(separator: ", ")
            if database.isSQLite {
                if watch.onInsert {
                    try await sql.raw(
                        "CREATE TRIGGER \(unsafeRaw: name)_i AFTER INSERT ON \(unsafeRaw: watch.table) BEGIN \(unsafeRaw: watch.mark("NEW")) END"
                    ).run()
                }
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: name)_u AFTER UPDATE\(unsafeRaw: of) ON \(unsafeRaw: watch.table) \
                    BEGIN \(unsafeRaw: watch.mark("OLD")) \(unsafeRaw: watch.mark("NEW")) END
                    """
                ).run()
                try await sql.raw(
                    "CREATE TRIGGER \(unsafeRaw: name)_d AFTER DELETE ON \(unsafeRaw: watch.table) BEGIN \(unsafeRaw: watch.mark("OLD")) END"
                ).run()
            } else {
                // One function per table, for its rows; emptying a table (`TRUNCATE`, which fires no
                // row triggers) rebuilds everything.
                let markInserted = insertsPerStatement ? watch.markInserted : nil
                let rowInserts = watch.onInsert && markInserted == nil
                try await sql.raw(
                    """
                    CREATE FUNCTION \(unsafeRaw: name)() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                    IF TG_OP = 'TRUNCATE' THEN \(unsafeRaw: Self.everything) RETURN NULL; END IF; \
                    IF TG_OP <> 'INSERT' THEN \(unsafeRaw: watch.mark("OLD")) END IF; \
                    IF TG_OP <> 'DELETE' THEN \(unsafeRaw: watch.mark("NEW")) END IF; \
                    RETURN NULL; END $$
                    """
                ).run()
                let events = (rowInserts ? ["INSERT"] : []) + ["DELETE", "UPDATE" + of]
                try await sql.raw(
                    """
                    CREATE TRIGGER figure_dirty AFTER \(unsafeRaw: events.joined(separator: " OR ")) \
                    ON \(unsafeRaw: watch.table) FOR EACH ROW EXECUTE FUNCTION \(unsafeRaw: name)()
                    """
                ).run()
                try await sql.raw(
                    """
                    CREATE TRIGGER figure_dirty_truncate AFTER TRUNCATE ON \(unsafeRaw: watch.table) \
                    FOR EACH STATEMENT EXECUTE FUNCTION \(unsafeRaw: name)()
                    """
                ).run()
                if let markInserted {
                    try await sql.raw(
                        """
                        CREATE FUNCTION \(unsafeRaw: name)_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                        \(unsafeRaw: markInserted) RETURN NULL; END $$
                        """
                    ).run()
                    try await sql.raw(
                        """
                        CREATE TRIGGER figure_dirty_inserted AFTER INSERT ON \(unsafeRaw: watch.table) \
                        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION \(unsafeRaw: name)_inserted()
                        """
                    ).run()
                }
            }
        }
    }

    func revert(on database: any Database) async throws {
        try await Self.dropTriggers(Self.watches, on: database)
        for table in ["figure_state", "figure_dirty", "figure_cube", "figure_facts"] {
            try await database.schema(table).delete()
        }
    }

    static func dropTriggers(_ watches: [Watch], on database: any Database) async throws {
        let sql = database.sql
        for watch in watches {
            if database.isSQLite {
                for suffix in ["_i", "_u", "_d"] {
                    try await sql.raw(
                        "DROP TRIGGER IF EXISTS figure_dirty_\(unsafeRaw: watch.table)\(unsafeRaw: suffix)"
                    ).run()
                }
            } else {
                try await sql.raw("DROP TRIGGER IF EXISTS figure_dirty ON \(unsafeRaw: watch.table)").run()
                try await sql.raw("DROP TRIGGER IF EXISTS figure_dirty_truncate ON \(unsafeRaw: watch.table)").run()
                try await sql.raw("DROP TRIGGER IF EXISTS figure_dirty_inserted ON \(unsafeRaw: watch.table)").run()
                try await sql.raw("DROP FUNCTION IF EXISTS figure_dirty_\(unsafeRaw: watch.table)()").run()
                try await sql.raw("DROP FUNCTION IF EXISTS figure_dirty_\(unsafeRaw: watch.table)_inserted()").run()
            }
        }
    }
}
