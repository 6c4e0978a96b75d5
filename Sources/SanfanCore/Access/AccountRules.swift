/// Rules for user accounts, checked before anything is saved.
public enum AccountRules {
    public static let minimumPasswordLength = 10
    public static let maximumPasswordLength = 72  // bcrypt ignores bytes past 72

    public enum Problem: Error, Equatable, Sendable {
        case usernameInvalid
        case passwordTooShort
        case passwordTooLong
        case officerNeedsEstate
        case partnerNeedsOrganisation
    }

    /// 3–32 characters: lower-case Latin letters, digits, `.`, `-` and `_`.
    public static func checkUsername(_ username: String) -> Problem? {
        let allowed = username.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "_"
        }
        return allowed && (3...32).contains(username.count) ? nil : .usernameInvalid
    }

    public static func checkPassword(_ password: String) -> Problem? {
        if password.count < minimumPasswordLength { return .passwordTooShort }
        if password.utf8.count > maximumPasswordLength { return .passwordTooLong }
        return nil
    }

    /// An estate officer must have an estate and a partner an organisation, or they could see nothing.
    public static func checkAssignment(role: Role, estateCount: Int, hasOrganisation: Bool) -> Problem? {
        switch role {
        case .estateOfficer where estateCount == 0: .officerNeedsEstate
        case .partner where !hasOrganisation: .partnerNeedsOrganisation
        default: nil
        }
    }
}
