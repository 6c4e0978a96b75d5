import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Registry reads. Lists are keyset-paginated in Thai dictionary order on indexed columns, so the
/// thousandth page costs what the first does, at a million people.
enum ParticipantQueries {
    struct Filter: Sendable {
        var search: String = ""
        /// What the search may match on: a reader not shown IDs or phones cannot find people by them
        /// either, or a search would confirm whose number it is (`Disclosure`).
        var searchable: Set<PersonalField> = Set(PersonalField.allCases)
        var estateID: UUID?
        var communityID: UUID?
        var ageGroup: AgeGroup?
        var gender: Gender?
        /// The last row of the previous page.
        var after: Cursor?
        /// People at one stage of one cycle, as the target-versus-actual page counts them.
        var stage: Stage?
        /// Set by `page`: the registration window holds thousands of people.
        var broadRegistration = false
        /// The day an age group is worked out at, when not today: the start of a cycle's fiscal
        /// year for its stages, as the cycle page and the dashboard count them.
        var ageOn: ThaiCalendar.Day?
    }

    enum Stage: Sendable {
        /// Registered at one of the cycle's estates within its fiscal year.
        case registered(from: Date, to: Date, estates: [UUID])
        /// Holding a seat (or completed) in a course of the cycle, held at `estate` when given. A seat
        /// belongs to the course's estate, as the target-versus-actual page counts it, whatever estate
        /// the person has moved to since.
        case enrolled(cycle: UUID, estate: UUID?)
        case completed(cycle: UUID, estate: UUID?)
        /// Assessed (passed or not yet competent) in a round of the cycle, held for `estate` when given.
        case assessed(cycle: UUID, estate: UUID?)
        /// Holding a certificate, not revoked, from a round of the cycle.
        case certified(cycle: UUID, estate: UUID?)
        /// Completed a course of the cycle (at `estate`) and went on to this outcome.
        case outcome(Outcome, cycle: UUID, estate: UUID?)
    }

    struct Cursor: Sendable, Equatable {
        let sortKey: String
        let id: UUID

        /// `sortKey` and id in one URL-safe token.
        var token: String {
            Data((sortKey + "\u{0}" + id.uuidString).utf8).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        }

        init(sortKey: String, id: UUID) {
            self.sortKey = sortKey
            self.id = id
        }

        init?(token: String) {
            let base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
                return nil
            }
            let parts = text.split(separator: "\u{0}", omittingEmptySubsequences: false)
            guard parts.count == 2, let id = UUID(uuidString: String(parts[1])) else { return nil }
            self.init(sortKey: String(parts[0]), id: id)
        }
    }

    struct Row: Sendable {
        let id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let first_name_en: String?
        let last_name_en: String?
        let gender: String
        let birth_date: String
        let national_id_sealed: String?
        let phone: String?
        let estate_id: UUID
        let community_id: UUID?
        let estate_name_th: String
        let estate_name_en: String
        let community_name: String?
        let sort_key: String

        var displayName: String { "\(prefix)\(first_name_th) \(last_name_th)" }

        /// Column by column rather than through `Decodable`, whose keyed containers were a sixth of
        /// the API list's time (issue 14).
        init(row: any SQLRow) throws {
            id = try row.decodeID(column: "id")
            prefix = try row.decode(column: "prefix", as: String.self)
            first_name_th = try row.decode(column: "first_name_th", as: String.self)
            last_name_th = try row.decode(column: "last_name_th", as: String.self)
            first_name_en = try row.decode(column: "first_name_en", as: String?.self)
            last_name_en = try row.decode(column: "last_name_en", as: String?.self)
            gender = try row.decode(column: "gender", as: String.self)
            birth_date = try row.decode(column: "birth_date", as: String.self)
            national_id_sealed = try row.decode(column: "national_id_sealed", as: String?.self)
            phone = try row.decode(column: "phone", as: String?.self)
            estate_id = try row.decodeID(column: "estate_id")
            community_id = try row.decodeOptionalID(column: "community_id")
            estate_name_th = try row.decode(column: "estate_name_th", as: String.self)
            estate_name_en = try row.decode(column: "estate_name_en", as: String.self)
            community_name = try row.decode(column: "community_name", as: String?.self)
            sort_key = try row.decode(column: "sort_key", as: String.self)
        }
    }

    static let pageSize = 50

    /// One page of people within `scope`. Returns one row more than the page when there is a next page.
    static func page(
        _ filter: Filter,
        scope: RecordScope,
        today: ThaiCalendar.Day,
        bands: AgeBands,
        vault: NationalIDVault,
        limit: Int = pageSize,
        on database: any Database
    ) async throws -> [Row] {
        let sql = database.sql
        let query = try await pageQuery(
            filter,
            scope: scope,
            today: today,
            bands: bands,
            vault: vault,
            limit: limit,
            on: sql
        )
        return try await sql.raw(query).all().map(Row.init(row:))
    }

    /// The SQL behind `page`, unexecuted (the benchmark runs the same SQL through SQLite directly).
    ///
    /// A word may match a first name, a last name or a Latin name. One `OR` over the three would
    /// make the database gather every match and sort them all: at a million people a common first
    /// name is twenty thousand rows. Instead each way of matching is its own query that walks an
    /// index in list order and stops at one page; the union of those short lists is sorted once.
    static func pageQuery(
        _ filter: Filter,
        scope: RecordScope,
        today: ThaiCalendar.Day,
        bands: AgeBands,
        vault: NationalIDVault,
        limit: Int = pageSize,
        on sql: any SQLDatabase
    ) async throws -> SQLQueryString {
        var filter = filter
        if case .registered(let from, let to, let estates) = filter.stage {
            filter.broadRegistration = try await isBroadWindow(from, to, estates, on: sql)
        }
        let term = ThaiText.normalise(filter.search)
        let broad = try await isBroadLastNamePrefix(term, on: sql)
        let arms = searchArms(term, vault: vault, broadLastName: broad, searchable: filter.searchable)
        let queries = arms.map { arm in
            arm(baseQuery(filter, scope: scope, today: today, bands: bands, on: sql)).limit(limit + 1).query
        }
        guard queries.count > 1 else { return "\(queries[0])" }
        var union = SQLQueryString("SELECT * FROM (\(queries[0])) AS arm0")
        for (index, query) in queries.enumerated().dropFirst() {
            union.appendLiteral(" UNION SELECT * FROM (")
            union.appendInterpolation(query)
            union.appendLiteral(") AS arm\(index)")
        }
        union.appendLiteral(" ORDER BY sort_key, id LIMIT \(limit + 1)")
        return union
    }

    /// Everything but the search: columns, joins, scope, filters, the keyset and the order.
    private static func baseQuery(
        _ filter: Filter,
        scope: RecordScope,
        today: ThaiCalendar.Day,
        bands: AgeBands,
        on sql: any SQLDatabase
    ) -> SQLSelectBuilder {
        var query = sql.select()
            .column(SQLColumn("id", table: "p")).column(SQLColumn("prefix", table: "p"))
            .column(SQLColumn("first_name_th", table: "p")).column(SQLColumn("last_name_th", table: "p"))
            .column(SQLColumn("first_name_en", table: "p")).column(SQLColumn("last_name_en", table: "p"))
            .column(SQLColumn("gender", table: "p")).column(SQLColumn("birth_date", table: "p"))
            .column(SQLColumn("national_id_sealed", table: "p")).column(SQLColumn("phone", table: "p"))
            .column(SQLColumn("estate_id", table: "p")).column(SQLColumn("community_id", table: "p"))
            .column(SQLColumn("sort_key", table: "p"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_name_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_name_en")
            .column(SQLColumn("name_th", table: "c"), as: "community_name")
            .from(Participant.schema, as: "p")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "p"), equals: SQLColumn("id", table: "e"))
            .join(
                Community.schema,
                as: "c",
                method: .left,
                on: SQLColumn("community_id", table: "p"),
                equals: SQLColumn("id", table: "c")
            )
            .whereParticipants(in: scope)
        if let estate = filter.estateID {
            query = query.where(SQLColumn("estate_id", table: "p"), .equal, SQLBind(estate))
        }
        if let community = filter.communityID {
            query = query.where(SQLColumn("community_id", table: "p"), .equal, SQLBind(community))
        }
        if let gender = filter.gender {
            query = query.where(SQLColumn("gender", table: "p"), .equal, SQLBind(gender.rawValue))
        }
        if let group = filter.ageGroup {
            let range = bands.birthDateRange(of: group, on: filter.ageOn ?? today)
            if let from = range.from {
                query = query.where(SQLColumn("birth_date", table: "p"), .greaterThanOrEqual, SQLBind(from))
            }
            query = query.where(SQLColumn("birth_date", table: "p"), .lessThanOrEqual, SQLBind(range.to))
        }
        switch filter.stage {
        case .registered(let from, let to, let estates):
            // Few registrations in the year: read them through (estate_id, created_at) and sort them.
            // Thousands: walk the list order and test each row, as for a broad surname; COALESCE
            // keeps the database from reaching for the date index instead.
            let broad = filter.broadRegistration
            func column(_ name: String) -> any SQLExpression {
                broad
                    ? SQLFunction("COALESCE", args: SQLColumn(name, table: "p"), SQLColumn(name, table: "p"))
                    : SQLColumn(name, table: "p")
            }
            query = query.where(column("created_at"), .greaterThanOrEqual, SQLBind(from))
                .where(column("created_at"), .lessThan, SQLBind(to))
                .where(column("estate_id"), .in, SQLBind.group(estates))
        case .enrolled(let cycle, let estate), .completed(let cycle, let estate):
            let statuses: [EnrolmentStatus] =
                if case .completed = filter.stage { [.completed] } else { EnrolmentStatus.seatHolders }
            // `SQLBind.group` brings its own brackets: `IN ((?, ?))` is a row value SQLite refuses.
            var seat = SQLQueryString(
                "SELECT 1 FROM enrolments en JOIN courses co ON co.id = en.course_id WHERE en.participant_id = p.id AND co.cycle_id = \(bind: cycle) AND en.status IN \(SQLBind.group(statuses.map(\.rawValue)))"
            )
            if let estate { seat = seat + " AND co.estate_id = \(bind: estate)" }
            query = query.where(SQLQueryString("EXISTS (\(seat))"))
        case .assessed(let cycle, let estate):
            var assessed = SQLQueryString(
                "SELECT 1 FROM round_candidates c JOIN assessment_rounds r ON r.id = c.round_id WHERE c.participant_id = p.id AND r.cycle_id = \(bind: cycle) AND c.overall IN ('passed', 'not_yet_competent')"
            )
            if let estate { assessed = assessed + " AND r.estate_id = \(bind: estate)" }
            query = query.where(SQLQueryString("EXISTS (\(assessed))"))
        case .certified(let cycle, let estate):
            var certified = SQLQueryString(
                "SELECT 1 FROM certificates x JOIN assessment_rounds r ON r.id = x.round_id WHERE x.participant_id = p.id AND r.cycle_id = \(bind: cycle) AND x.revoked_on IS NULL"
            )
            if let estate { certified = certified + " AND r.estate_id = \(bind: estate)" }
            query = query.where(SQLQueryString("EXISTS (\(certified))"))
        case .outcome(let outcome, let cycle, let estate):
            query = query.where(LivelihoodConditions.cohort("p.id", cycle: cycle, estate: estate)).where(
                outcome.condition
            )
        case nil: break
        }
        if let after = filter.after {
            // A row-value comparison, which both databases turn into one range scan on the
            // (sort_key, id) index; the equivalent OR of two conditions is not.
            query = query.where(SQLQueryString("(p.sort_key, p.id) > (\(bind: after.sortKey), \(bind: after.id))"))
        }
        return query.orderBy(SQLColumn("sort_key", table: "p")).orderBy(SQLColumn("id", table: "p"))
    }

    typealias Arm = (SQLSelectBuilder) -> SQLSelectBuilder

    /// The ways a search term can match, each a condition for one query. A search is, in turn: a
    /// whole national ID (by its blind index), a phone number or its start, "first last", or one
    /// word matching the start of a first, last or Latin name.
    static func searchArms(
        _ term: String,
        vault: NationalIDVault,
        broadLastName: Bool = false,
        searchable: Set<PersonalField> = Set(PersonalField.allCases)
    ) -> [Arm] {
        guard !term.isEmpty else { return [{ $0 }] }
        let nothing: Arm = { $0.where(SQLLiteral.numeric("1"), .equal, SQLLiteral.numeric("0")) }
        if case .success(let id) = NationalID.parse(term) {
            guard searchable.contains(.nationalID) else { return [nothing] }
            return [{ $0.where(SQLColumn("national_id_index", table: "p"), .equal, SQLBind(vault.blindIndex(id))) }]
        }
        let digits = term.filter { $0 != "-" && $0 != " " && $0 != "+" }
        if !digits.isEmpty, digits.allSatisfy(\.isNumber), !searchable.contains(.phone) { return [nothing] }
        if case .success(let phone) = PhoneNumber.normalise(term) {
            return [{ $0.where(SQLColumn("phone", table: "p"), .equal, SQLBind(phone)) }]
        }
        if !digits.isEmpty, digits.allSatisfy(\.isNumber) { return [{ prefix($0, "phone", digits) }] }
        let words = term.split(separator: " ").map(String.init)
        if words.count >= 2 {
            let last = words[1...].joined(separator: " ")
            return [
                {
                    prefix(
                        $0.where(SQLColumn("first_name_key", table: "p"), .equal, SQLBind(words[0])),
                        "last_name_key",
                        last
                    )
                }
            ]
        }
        if term.unicodeScalars.allSatisfy(\.isASCII) { return [{ prefix($0, "latin_name_key", term) }] }
        // The first-name arm ranges over the sort key itself, so it reads rows already in order.
        var primary = String(ThaiText.sortKey(term).prefix { $0 != "\u{1}" })
        while let last = primary.unicodeScalars.last, (0x0E40...0x0E44).contains(last.value) { primary.removeLast() }
        let lastNameArm: Arm =
            broadLastName
            // Thousands of matches: walking the list order and testing each row finds a page
            // sooner than gathering and sorting them all. `substr` keeps the database from
            // choosing the last-name index instead. Lengths are in code points, as both databases count.
            ? {
                $0.where(
                    SQLFunction(
                        "substr",
                        args: SQLColumn("last_name_key", table: "p"),
                        SQLLiteral.numeric("1"),
                        SQLLiteral.numeric("\(term.unicodeScalars.count)")
                    ),
                    .equal,
                    SQLBind(term)
                )
            }
            : { prefix($0, "last_name_key", term) }
        return [{ firstNameFilter(prefix($0, "sort_key", primary), term) }, lastNameArm]
    }

    /// Whether a word starts more last names than a sort can handle quickly (the answer comes
    /// from the index alone and stops counting at the threshold).
    static let broadThreshold = 2_000

    private static func isBroadLastNamePrefix(_ term: String, on sql: any SQLDatabase) async throws -> Bool {
        guard !term.isEmpty, !term.contains(" "), !term.unicodeScalars.allSatisfy(\.isASCII) else { return false }
        let inner = sql.select().column(SQLLiteral.numeric("1")).from(Participant.schema)
            .where("last_name_key", .greaterThanOrEqual, SQLBind(term))
            .where("last_name_key", .lessThan, SQLBind(term + highest))
            .limit(broadThreshold)
        let count =
            try await sql.raw("SELECT COUNT(*) AS n FROM (\(inner.query)) AS matches").first()?
            .decode(column: "n", as: Int.self) ?? 0
        return count >= broadThreshold
    }

    private static func isBroadWindow(
        _ from: Date,
        _ to: Date,
        _ estates: [UUID],
        on sql: any SQLDatabase
    )
        async throws -> Bool
    {
        let inner = sql.select().column(SQLLiteral.numeric("1")).from(Participant.schema)
            .where("estate_id", .in, SQLBind.group(estates))
            .where("created_at", .greaterThanOrEqual, SQLBind(from)).where("created_at", .lessThan, SQLBind(to))
            .limit(broadThreshold)
        let count =
            try await sql.raw("SELECT COUNT(*) AS n FROM (\(inner.query)) AS matches").first()?
            .decode(column: "n", as: Int.self) ?? 0
        return count >= broadThreshold
    }

    private static let highest = "\u{10FFFF}"

    /// `column >= value AND column < value + U+10FFFF`: a prefix match that walks an index on any
    /// database, unlike `LIKE 'value%'`, which PostgreSQL indexes only under the C collation.
    private static func prefix(_ query: SQLSelectBuilder, _ column: String, _ value: String) -> SQLSelectBuilder {
        query.where(SQLColumn(column, table: "p"), .greaterThanOrEqual, SQLBind(value))
            .where(SQLColumn(column, table: "p"), .lessThan, SQLBind(value + highest))
    }

    /// The first-name arm's test, on rows the sort-key range already holds (it begins with the
    /// first name, so nearly every row passes). Written as a bare boolean `CASE`, which PostgreSQL's
    /// planner takes to pass half the rows (`= 1` would be an equality it takes to pass 0.5 %): as two ranges it multiplied them with the sort key's as if
    /// independent (213 rows expected, 20,767 found for สมชาย at a million people), then gathered
    /// and sorted them all (85 ms) instead of walking the sort-key index in order and stopping at
    /// the page (1.6 ms). SQLite walks that index either way.
    private static func firstNameFilter(_ query: SQLSelectBuilder, _ term: String) -> SQLSelectBuilder {
        query.where(
            SQLQueryString(
                """
                CASE WHEN p.first_name_key >= \(bind: term) AND p.first_name_key < \(bind: term + highest) \
                THEN TRUE ELSE FALSE END
                """
            )
        )
    }

    /// One person, only if within `scope`: outside it the person does not exist for this user.
    static func find(_ id: UUID, scope: RecordScope, on database: any Database) async throws -> Participant? {
        // One statement: the record, only if the scope reaches it, read into the model as Fluent
        // would read it.
        try await database.sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("p")))
            .from(Participant.schema, as: "p")
            .where(SQLColumn("id", table: "p"), .equal, SQLBind(id))
            .whereParticipants(in: scope)
            .first()?.decode(fluentModel: Participant.self)
    }

    /// How many people a scope can see (for the home page), capped so it stays cheap.
    static func count(scope: RecordScope, on database: any Database) async throws -> Int {
        try await database.sql.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Participant.schema, as: "p")
            .whereParticipants(in: scope)
            .first()?.decode(column: "n", as: Int.self) ?? 0
    }
}
