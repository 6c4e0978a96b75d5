import Foundation

/// One unit of competency's result for one person in an assessment round.
public enum UnitOutcome: String, CaseIterable, Codable, Sendable {
    case pass
    case notYetCompetent = "not_yet_competent"
    case absent
}

/// A person's overall result in a round, derived from their units, never typed.
public enum OverallResult: String, CaseIterable, Codable, Sendable {
    /// Some unit has no result yet.
    case pending
    case passed
    case notYetCompetent = "not_yet_competent"
    case absent
}

/// Who may assess: TPQI-accredited centres, DSD, or another body the programme accepts.
public enum CertifyingBodyKind: String, CaseIterable, Codable, Sendable {
    case tpqi, dsd, other
}

/// Why a certificate was revoked: a category the verify page may show, never free text.
public enum RevocationReason: String, CaseIterable, Codable, Sendable {
    /// Issued with a mistake; a corrected certificate replaces it.
    case correction
    /// Issued in error (wrong person, not assessed).
    case issuedInError = "issued_in_error"
    /// The certifying body withdrew the qualification.
    case withdrawnByBody = "withdrawn_by_body"
    /// Obtained by fraud.
    case fraud
}

public enum AssessmentRules {
    /// The overall result from the units the standard lists. Every listed unit is required (the
    /// occupation catalogue lists only required units): passed only when every one is passed;
    /// absent when absent from all; pending while any has no result; otherwise not yet competent.
    public static func overall(units: [UUID], results: [UUID: UnitOutcome]) -> OverallResult {
        guard !units.isEmpty else { return .pending }
        let outcomes = units.map { results[$0] }
        if outcomes.contains(where: { $0 == nil }) { return .pending }
        if outcomes.allSatisfy({ $0 == .pass }) { return .passed }
        if outcomes.allSatisfy({ $0 == .absent }) { return .absent }
        return .notYetCompetent
    }

    /// Why a certificate's dates cannot stand, if they cannot: issued before the assessment, or
    /// expiring on or before the day it was issued.
    public enum DateProblem: Error, Equatable, Sendable {
        case issuedBeforeAssessment
        case expiresBeforeIssue
    }

    public static func checkDates(
        assessedOn: ThaiCalendar.Day,
        issuedOn: ThaiCalendar.Day,
        expiresOn: ThaiCalendar.Day?
    ) -> DateProblem? {
        if issuedOn < assessedOn { return .issuedBeforeAssessment }
        if let expiresOn, expiresOn <= issuedOn { return .expiresBeforeIssue }
        return nil
    }

    /// A certificate's standing on `day`.
    public enum Standing: String, Sendable {
        case valid, expired, revoked
    }

    public static func standing(
        expiresOn: ThaiCalendar.Day?,
        revokedOn: ThaiCalendar.Day?,
        on day: ThaiCalendar.Day
    ) -> Standing {
        if let revokedOn, revokedOn <= day { return .revoked }
        if let expiresOn, expiresOn < day { return .expired }
        return .valid
    }

    /// A name as the public verify page shows it: the first name and the surname's first letter
    /// (`สมชาย ใ.`), nothing more about the person.
    public static func maskedName(first: String, last: String) -> String {
        guard let initial = ThaiText.firstLetter(of: last) else { return first }
        return "\(first) \(initial)."
    }
}

/// Which assessment rounds (and the certificates they led to) a user may see.
public enum RoundScope: Sendable, Equatable {
    case everything
    /// Rounds held for these estates.
    case estates(Set<UUID>)
    /// Rounds sent to this assessing organisation.
    case assessor(UUID)
    case nothing
}
