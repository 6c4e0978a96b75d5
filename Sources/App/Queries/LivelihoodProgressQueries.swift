import Fluent
import Foundation
import SQLKit
import SanfanCore

/// What a cycle's trained people went on to, per estate: the cycle page's livelihood columns.
///
/// The cohort is everyone who completed a course of the cycle, at the course's estate, as the
/// "completed" column counts them. Each figure counts people once, except loans (each approved
/// application, with its baht) and businesses (enterprises started at the estate in the cycle's
/// fiscal year with a founder or member who completed a course).
enum LivelihoodProgressQueries {
    struct Row: Sendable, Equatable {
        var referred = 0
        var mentored = 0
        var loansApproved = 0
        var loansApprovedSatang: Int64 = 0
        var businesses = 0
        var placed = 0
        var income = IncomeTotals()
    }

    /// The income gain of a group of people (docs/decisions.md, issue 12).
    struct IncomeTotals: Sendable, Equatable, Decodable {
        /// Σ (latest monthly income − baseline) × 12 over `measured` people, satang a year.
        var gainSatang: Int64 = 0
        var measured = 0
        /// Followed up but never reached: shown apart, never as no gain.
        var unreached = 0
        /// Reached but with no baseline to compare with.
        var noBaseline = 0

        static func + (a: Self, b: Self) -> Self {
            .init(
                gainSatang: a.gainSatang + b.gainSatang,
                measured: a.measured + b.measured,
                unreached: a.unreached + b.unreached,
                noBaseline: a.noBaseline + b.noBaseline
            )
        }
    }

    struct CommunityIncome: Sendable {
        let communityID: UUID?
        let community: String?
        /// The community's own estate; nil for people registered without a community.
        let estateID: UUID?
        var income: IncomeTotals
    }

    private static func cohort(_ cycle: UUID) -> SQLQueryString {
        """
        SELECT DISTINCT en.participant_id AS pid, co.estate_id AS eid FROM enrolments en \
        JOIN courses co ON co.id = en.course_id WHERE co.cycle_id = \(bind: cycle) AND en.status = 'completed'
        """
    }

    /// The figures per course estate, and the income gain per community.
    static func rows(
        _ cycle: Cycle,
        on database: any Database
    ) async throws
        -> (byEstate: [UUID: Row], communities: [CommunityIncome])
    {
        let sql = database.sql
        struct People: Decodable {
            let eid: UUID
            let referred: Int?
            let mentored: Int?
            let placed: Int?
        }
        let statements = try Self.statements(cycle)
        let people = try await sql.raw(statements.people).all(decoding: People.self)
        struct Loans: Decodable {
            let eid: UUID
            let n: Int
            let approved: Int64?
        }
        let loans = try await sql.raw(statements.loans).all(decoding: Loans.self)
        struct Businesses: Decodable {
            let eid: UUID
            let n: Int
        }
        let businesses = try await sql.raw(statements.businesses).all(decoding: Businesses.self)
        var rows: [UUID: Row] = [:]
        for row in people {
            rows[row.eid, default: Row()].referred = row.referred ?? 0
            rows[row.eid, default: Row()].mentored = row.mentored ?? 0
            rows[row.eid, default: Row()].placed = row.placed ?? 0
        }
        for row in loans {
            rows[row.eid, default: Row()].loansApproved = row.n
            rows[row.eid, default: Row()].loansApprovedSatang = row.approved ?? 0
        }
        for row in businesses { rows[row.eid, default: Row()].businesses = row.n }
        let income = try await income(cycle, on: database)
        for (estate, totals) in income.byEstate { rows[estate, default: Row()].income = totals }
        return (rows, income.communities)
    }

    /// The statements behind the figures, as `rows` runs them (the benchmark runs them raw too).
    static func statements(
        _ cycle: Cycle
    ) throws -> (
        people: SQLQueryString, loans: SQLQueryString, businesses: SQLQueryString, income: SQLQueryString
    ) {
        let id = try cycle.requireID()
        let people: SQLQueryString =
            """
            SELECT c.eid AS eid, \
            SUM(CASE WHEN EXISTS (SELECT 1 FROM referrals r WHERE r.participant_id = c.pid) THEN 1 ELSE 0 END) AS referred, \
            SUM(CASE WHEN EXISTS (SELECT 1 FROM mentoring_attendees a WHERE a.participant_id = c.pid) THEN 1 ELSE 0 END) AS mentored, \
            SUM(CASE WHEN EXISTS (SELECT 1 FROM placements pl WHERE pl.participant_id = c.pid) THEN 1 ELSE 0 END) AS placed \
            FROM (\(cohort(id))) AS c GROUP BY c.eid
            """
        let loans: SQLQueryString = """
            SELECT c.eid AS eid, COUNT(*) AS n, CAST(SUM(l.amount_approved_satang) AS BIGINT) AS approved \
            FROM (\(cohort(id))) AS c JOIN loans l ON l.participant_id = c.pid \
            WHERE l.status IN ('approved', 'disbursed') GROUP BY c.eid
            """
        let businesses: SQLQueryString = """
            SELECT ce.estate_id AS eid, (SELECT COUNT(*) FROM enterprises x WHERE \
            \(EnterpriseQueries.createdCondition(year: cycle.fiscalYear, estate: "ce.estate_id"))) AS n \
            FROM cycle_estates ce WHERE ce.cycle_id = \(bind: id)
            """
        return (people, loans, businesses, incomeStatement(id))
    }

    private struct Line: Decodable {
        /// `estate` or `community`: which grouping the line belongs to.
        let kind: String
        let group_id: UUID?
        let gain: Int64?
        let measured: Int?
        let unreached: Int?
        let no_baseline: Int?

        var totals: IncomeTotals {
            IncomeTotals(
                gainSatang: gain ?? 0,
                measured: measured ?? 0,
                unreached: unreached ?? 0,
                noBaseline: no_baseline ?? 0
            )
        }
    }

    /// The cohort's income gain, per course estate and per community of the person's registration,
    /// in one statement: each person's figures are worked out once (`q`, materialised) and summed
    /// both ways; a person who completed courses at two estates counts at each estate but once in
    /// their community.
    static func incomeStatement(_ cycle: UUID) -> SQLQueryString {
        // Per person: the baseline (as confirmed on the livelihood page, else a non-zero amount typed
        // at registration, where blank is stored as 0 and means "not asked"), and the latest income
        // reported at a follow-up they were reached at (by the day it was asked; an index on
        // (participant, reached, day) finds it without sorting), for everyone followed up at all.
        // PostgreSQL sums BIGINTs into NUMERIC: each sum of satang is cast back.
        let sums: SQLQueryString = """
            CAST(SUM(CASE WHEN latest IS NOT NULL AND base IS NOT NULL THEN (latest - base) * 12 ELSE 0 END) AS BIGINT) AS gain, \
            SUM(CASE WHEN latest IS NOT NULL AND base IS NOT NULL THEN 1 ELSE 0 END) AS measured, \
            SUM(CASE WHEN latest IS NULL THEN 1 ELSE 0 END) AS unreached, \
            SUM(CASE WHEN latest IS NOT NULL AND base IS NULL THEN 1 ELSE 0 END) AS no_baseline
            """
        return """
            WITH c AS MATERIALIZED (\(cohort(cycle))), \
            q AS MATERIALIZED (SELECT c.pid AS pid, c.eid AS eid, p.community_id AS community_id, \
            COALESCE((SELECT b.monthly_income_satang FROM income_baselines b WHERE b.participant_id = c.pid), \
            NULLIF(p.baseline_income_satang, 0)) AS base, \
            (SELECT f.monthly_income_satang FROM income_followups f WHERE f.participant_id = c.pid AND f.reached = \(bind: true) \
            ORDER BY f.done_on DESC, f.months DESC LIMIT 1) AS latest \
            FROM c JOIN participants p ON p.id = c.pid \
            WHERE EXISTS (SELECT 1 FROM income_followups f WHERE f.participant_id = c.pid)) \
            SELECT 'estate' AS kind, eid AS group_id, \(sums) FROM q GROUP BY eid \
            UNION ALL \
            SELECT 'community' AS kind, community_id AS group_id, \(sums) \
            FROM (SELECT DISTINCT pid, community_id, base, latest FROM q) AS d GROUP BY community_id
            """
    }

    /// The cohort's income gain per course estate, and per community with the community's name.
    static func income(
        _ cycle: Cycle,
        on database: any Database
    ) async throws
        -> (byEstate: [UUID: IncomeTotals], communities: [CommunityIncome])
    {
        let lines = try await database.sql.raw(incomeStatement(try cycle.requireID())).all(decoding: Line.self)
        var byEstate: [UUID: IncomeTotals] = [:]
        for line in lines where line.kind == "estate" {
            if let id = line.group_id { byEstate[id] = line.totals }
        }
        let perCommunity = lines.filter { $0.kind == "community" }
        let ids = perCommunity.compactMap(\.group_id)
        let communities =
            ids.isEmpty ? [] : try await Community.query(on: database).filter(\.$id ~~ ids).all()
        let byID = Dictionary(communities.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = perCommunity.map { line in
            let community = line.group_id.flatMap { byID[$0] }
            return CommunityIncome(
                communityID: line.group_id,
                community: community?.nameTh,
                estateID: community?.$estate.id,
                income: line.totals
            )
        }.sorted { ($0.community ?? "") < ($1.community ?? "") }
        return (byEstate, rows)
    }
}
