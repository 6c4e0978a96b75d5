import Foundation

/// What kind of undertaking a business is, which decides the identifier it carries.
public enum EnterpriseKind: String, CaseIterable, Codable, Sendable {
    /// One person's own business.
    case individual
    /// An informal group.
    case group
    /// A registered community enterprise (วิสาหกิจชุมชน): a registration code from the
    /// Department of Agricultural Extension, kept as text.
    case communityEnterprise = "community_enterprise"
    /// A company or partnership: a 13-digit juristic ID.
    case juristicPerson = "juristic_person"
}

/// A member's part in an enterprise.
public enum MemberRole: String, CaseIterable, Codable, Sendable {
    case founder
    case member
    case employee
}

/// What a mentoring session was about.
public enum MentoringTopic: String, CaseIterable, Codable, Sendable {
    case financialLiteracy = "financial_literacy"
    case businessPlan = "business_plan"
    case bookkeeping
    case loanPreparation = "loan_preparation"
}

/// A 13-digit juristic person ID from the Department of Business Development. Its last digit is
/// checked the way a national ID's is.
public enum JuristicID {
    public enum Problem: Error, Equatable, Sendable {
        case wrongLength
        case notDigits
        case checkDigit
    }

    /// The ID's thirteen digits, with dashes and spaces dropped and Thai digits read.
    public static func parse(_ input: String) -> Result<String, Problem> {
        let digits = ThaiText.normalise(input).filter { $0 != "-" && $0 != " " }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.notDigits) }
        guard digits.count == 13 else { return .failure(.wrongLength) }
        guard NationalID.checkDigit(of: digits) == digits.last?.wholeNumberValue else {
            return .failure(.checkDigit)
        }
        return .success(digits)
    }
}
