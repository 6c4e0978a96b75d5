import Foundation
import SQLKit
import SanfanCore

/// The access policy's `LivelihoodScope` as the condition each livelihood table is read under.
/// A bank's and an employer's conditions also ask whether the person still consents, so a
/// withdrawal hides them in the same moment, as for referrals.
enum LivelihoodConditions {
    static func shares(_ participant: String, with organisation: UUID) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM participant_shares s WHERE s.participant_id = \(unsafeRaw: participant) AND s.organisation_id = \(bind: organisation))"
    }

    private static func byEstate(
        _ scope: LivelihoodScope,
        _ alias: String,
        organisation: (UUID) -> SQLQueryString?
    )
        -> SQLQueryString?
    {
        switch scope {
        case .everything: "1 = 1"
        case .estates(let ids):
            "\(unsafeRaw: alias).estate_id IN \(SQLBind.group(ids.sorted { $0.uuidString < $1.uuidString }))"
        case .organisation(let id): organisation(id)
        case .nothing: nil
        }
    }

    /// Loans aliased `l`: a bank's own, of people who share with it.
    static func loans(_ scope: LivelihoodScope) -> SQLQueryString? {
        byEstate(scope, "l") { "l.bank_id = \(bind: $0) AND \(shares("l.participant_id", with: $0))" }
    }

    /// Mentoring sessions aliased `m`: a bank's own, and only while someone there still shares with
    /// it or the enterprise mentored is one referred to it. Who attended is filtered apart, by share.
    static func mentoring(_ scope: LivelihoodScope) -> SQLQueryString? {
        byEstate(scope, "m") {
            """
            m.mentor_id = \(bind: $0) AND (EXISTS (SELECT 1 FROM mentoring_attendees a WHERE a.session_id = m.id \
            AND \(shares("a.participant_id", with: $0))) OR \(referredEnterprise("m.enterprise_id", to: $0)))
            """
        }
    }

    /// Whether the enterprise in `column` was referred to `bank` by someone who still shares with it.
    static func referredEnterprise(_ column: String, to bank: UUID) -> SQLQueryString {
        "EXISTS (SELECT 1 FROM referrals r WHERE r.enterprise_id = \(unsafeRaw: column) AND r.bank_id = \(bind: bank) AND \(shares("r.participant_id", with: bank)))"
    }

    /// Enterprises aliased `x`: a bank sees those referred to it, while the person referred shares.
    static func enterprises(_ scope: LivelihoodScope) -> SQLQueryString? {
        byEstate(scope, "x") { referredEnterprise("x.id", to: $0) }
    }

    /// Placements aliased `pl`: an employer's own, of people whose latest word on sharing with
    /// employers is yes.
    static func placements(_ scope: LivelihoodScope) -> SQLQueryString? {
        byEstate(scope, "pl") {
            "pl.employer_id = \(bind: $0) AND (SELECT c.granted FROM consents c WHERE c.participant_id = pl.participant_id AND c.purpose = 'employment' ORDER BY c.created_at DESC LIMIT 1) = \(bind: true)"
        }
    }

    /// Follow-ups aliased `f`: officers' estates only.
    static func followUps(_ scope: LivelihoodScope) -> SQLQueryString? {
        byEstate(scope, "f") { _ in nil }
    }

    /// People who completed a course of `cycle` (held at `estate`, when given): the cohort whose
    /// livelihoods the cycle's page counts.
    static func cohort(_ participant: String, cycle: UUID, estate: UUID?) -> SQLQueryString {
        var query: SQLQueryString =
            "EXISTS (SELECT 1 FROM enrolments en JOIN courses co ON co.id = en.course_id WHERE en.participant_id = \(unsafeRaw: participant) AND co.cycle_id = \(bind: cycle) AND en.status = 'completed'"
        if let estate { query = query + " AND co.estate_id = \(bind: estate)" }
        return query + ")"
    }
}
