import Foundation

/// Which of a person's details a reader sees, once the record scope lets them see the person.
///
/// The record scope decides *whose* records; this decides *which fields* (PDPA s.22, data
/// minimisation). Staff who run the programme see everything. A partner sees what its part needs
/// and no more, decided by the kind of organisation it is — the consent to share with it names
/// the purpose (a bank's referral, a provider's course, an assessor's assessment):
///
/// | field | staff | lender (bank, TCG) | trainer | assessor | other partner |
/// |---|---|---|---|---|---|
/// | name, gender, age group, estate, courses | ✓ | ✓ | ✓ | ✓ | ✓ |
/// | community, subdistrict/district/province | ✓ | ✓ | ✓ | ✓ | ✓ |
/// | education, prior occupation | ✓ | ✓ | ✓ | ✓ | |
/// | phone | ✓ | | ✓ | | |
/// | birth date, masked national ID | ✓ | | | ✓ | |
/// | house number, moo, soi, road | ✓ | | | | |
/// | baseline income | ✓ | | | | |
/// | disability (sensitive, s.26) | ✓ | | | | |
/// | notes, every consent decision, who registered | ✓ | | | | |
///
/// A partner sees its own consent row only. Disability is sensitive data: the sensitive-data consent
/// covers IEAT's own use and names no recipient, so no partner sees it.
public enum PersonalField: String, CaseIterable, Sendable {
    case nationalID = "national_id"
    case birthDate = "birth_date"
    case phone
    case streetAddress = "street_address"
    case education
    case priorOccupation = "prior_occupation"
    case baselineIncome = "baseline_income"
    case disability
    case notes
    /// Every consent decision, not only the reader's own organisation's.
    case consentHistory = "consent_history"
    /// Who registered the person and when.
    case recordKeeping = "record_keeping"
}

/// What a partner organisation does for the programme, as far as disclosure is concerned.
public enum PartnerPart: String, Sendable, CaseIterable {
    /// Banks and the credit guarantor: referrals, mentoring and loans.
    case lender
    /// Training providers and schools: courses and their registers.
    case trainer
    /// Certifying bodies: assessments and certificates.
    case assessor
    /// Employers: their own job placements.
    case employer
    /// Associations, NGOs and others.
    case other
}

public enum Disclosure {
    /// Whether the reader sees a consent decision whose recipient is `recipient` (nil for a purpose
    /// with no recipient): staff see every decision, a partner only the one about sharing with it.
    public static func showsConsent(to recipient: UUID?, for principal: Principal) -> Bool {
        fields(for: principal).contains(.consentHistory)
            || (recipient != nil && recipient == principal.organisationID)
    }

    /// The fields this principal sees of a person within their record scope.
    public static func fields(for principal: Principal) -> Set<PersonalField> {
        switch principal.role {
        case .admin, .estateOfficer: Set(PersonalField.allCases)
        case .viewer: []
        case .partner:
            switch principal.partnerPart ?? .other {
            case .lender: [.education, .priorOccupation]
            case .trainer: [.education, .priorOccupation, .phone]
            case .assessor: [.education, .priorOccupation, .birthDate, .nationalID]
            case .employer, .other: []
            }
        }
    }
}
