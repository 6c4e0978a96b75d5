import Foundation
import SanfanCore
import Vapor

/// The duplicate review: likely pairs, one pair side by side, merge, "not the same person", and
/// undoing a merge. The rules are `DuplicateRules`; merging and its undo are `PersonMerge`'s.
enum DuplicateController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let scope = AccessPolicy.recordScope(for: principal)
        var model = DuplicatePages.List()
        model.scanned =
            try await DuplicateQueries.lastScan(on: req.db).map { t(.duplicatesLastScan, t.dateTime($0)) }
            ?? t(.duplicatesNeverScanned)
        model.pairs = try await DuplicateQueries.pairs(scope: scope, on: req.db).map {
            DuplicatePages.PairLine(
                id: $0.id,
                reason: reasonText($0, t),
                a: $0.a.name,
                b: $0.b.name,
                birthDates: $0.a.birthDate == $0.b.birthDate
                    ? t.day($0.a.birthDate) : t.day($0.a.birthDate) + " / " + t.day($0.b.birthDate)
            )
        }
        model.merges = try await DuplicateQueries.merges(scope: scope, on: req.db).map {
            DuplicatePages.MergeLine(
                id: $0.id,
                text: t(.mergeLine, $0.keptName, $0.removedName),
                keptLink: SiteURL.participant($0.keptID).path,
                when: t.dateTime($0.mergedAt),
                undone: $0.undoneAt.map { t(.mergeUndoneAt, t.dateTime($0)) }
            )
        }
        return DuplicatePages.list(model, req.pageContext()).response()
    }

    /// Looks for pairs again across the whole registry (each reader then sees those in their scope).
    static func scan(req: Request) async throws -> Response {
        let result = try await DuplicateScan.run(on: req.db, now: req.sanfan.clock.now())
        req.flash = req.localizer(.duplicatesScanned, result.pairs.grouped)
        return req.redirect(to: SiteURL.duplicates.path)
    }

    static func compare(req: Request) async throws -> Response {
        try await renderCompare(try await req.scoped.duplicatePair(), notice: nil, req)
    }

    static func merge(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let pair = try await req.scoped.duplicatePair()
        let t = req.localizer
        let keep = (req.content["keep"] as String?).flatMap(UUID.init(uuidString:))
        guard let keep, keep == pair.a.id || keep == pair.b.id else { throw Abort(.badRequest) }
        let (kept, removed) = keep == pair.a.id ? (pair.a, pair.b) : (pair.b, pair.a)
        do {
            _ = try await PersonMerge.merge(
                keep: kept.id,
                remove: removed.id,
                by: Audit.Actor(principal),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch PersonMerge.Refusal.conflicts(let tables) {
            let names = tables.map { t(tablePhrase($0)) }.joined(separator: ", ")
            return try await renderCompare(pair, notice: t(.duplicateConflicts, names), req, status: .conflict)
        } catch is PersonMerge.Refusal {
            req.flash = t(.duplicateGone)
            return req.redirect(to: SiteURL.duplicates.path)
        }
        req.flash = t(.duplicateMerged, removed.name, kept.name)
        return req.redirect(to: SiteURL.duplicates.path)
    }

    static func dismiss(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let pair = try await req.scoped.duplicatePair()
        try await DuplicateQueries.dismiss(pair, by: Audit.Actor(principal), at: req.sanfan.clock.now(), on: req.db)
        req.flash = req.localizer(.duplicateDismissed)
        return req.redirect(to: SiteURL.duplicates.path)
    }

    static func undo(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let merge = try await req.scoped.personMerge()
        do {
            try await PersonMerge.undo(merge.id, by: Audit.Actor(principal), at: req.sanfan.clock.now(), on: req.db)
            req.flash = req.localizer(.mergeUndone)
        } catch is PersonMerge.Refusal {
            req.flash = req.localizer(.mergeCannotUndo)
        }
        return req.redirect(to: SiteURL.duplicates.path)
    }

    // MARK: - Rendering

    private static func renderCompare(
        _ pair: DuplicateQueries.Pair,
        notice: String?,
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let t = req.localizer
        let thai = req.language == .thai
        var sides: [DuplicatePages.Side] = []
        for (person, heading) in [(pair.a, t(.duplicatePersonA)), (pair.b, t(.duplicatePersonB))] {
            let counts = try await DuplicateQueries.linkedCounts(person.id, on: req.db)
            let tables = PersonMerge.movable.map(\.table) + ["income_baselines", "participant_shares"]
            sides.append(
                DuplicatePages.Side(
                    id: person.id,
                    heading: heading + ": " + person.name,
                    link: SiteURL.participant(person.id).path,
                    fields: [
                        (t(.estate), thai ? person.estateTh : person.estateEn),
                        (t(.birthDate), t.day(person.birthDate)),
                        (t(.nationalID), t(person.hasNationalID ? .duplicateHasID : .duplicateNoID)),
                        (t(.phone), person.phone ?? "—"),
                        (t(.duplicateRegistered), person.registeredAt.map { t.dateTime($0) } ?? "—"),
                    ],
                    // Only what there is: most duplicates have little linked to them.
                    records: tables.filter { (counts[$0] ?? 0) > 0 }.map {
                        (t(tablePhrase($0)), (counts[$0] ?? 0).grouped)
                    }
                )
            )
        }
        let model = DuplicatePages.Compare(
            pairID: pair.id,
            title: t(.duplicateCompareTitle, pair.a.name, pair.b.name),
            reason: reasonText(pair, t),
            sides: sides,
            notice: notice
        )
        return DuplicatePages.compare(model, req.pageContext()).response(status: status)
    }

    static func reasonText(_ pair: DuplicateQueries.Pair, _ t: Localizer) -> String {
        let reason: Phrase =
            switch pair.reason {
            case .sameNationalID: .reasonSameNationalID
            case .birthDateAndName: .reasonBirthDateAndName
            case .phoneAndName: .reasonPhoneAndName
            }
        guard let rule = pair.rule else { return t(reason) }
        let how: Phrase =
            switch rule {
            case .sameSortKey: .ruleSameSortKey
            case .ignoringToneMarks: .ruleIgnoringToneMarks
            case .soundsAlike: .ruleSoundsAlike
            }
        return t(reason) + " (" + t(how) + ")"
    }

    static func tablePhrase(_ table: String) -> Phrase {
        switch table {
        case "enrolments": .tableEnrolments
        case "consents": .tableConsents
        case "round_candidates": .tableRoundCandidates
        case "certificates": .tableCertificates
        case "referrals": .tableReferrals
        case "loans": .tableLoans
        case "enterprise_members": .tableEnterpriseMembers
        case "mentoring_attendees": .tableMentoring
        case "placements": .tablePlacements
        case "income_followups": .tableFollowUps
        case "income_baselines": .tableBaselines
        default: .tableShares
        }
    }
}
