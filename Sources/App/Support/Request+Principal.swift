import SanfanCore
import Vapor

extension Request {
    private struct PrincipalKey: StorageKey {
        typealias Value = Principal
    }
    private struct UserKey: StorageKey {
        typealias Value = SignedInUser
    }
    private struct LanguageKey: StorageKey {
        typealias Value = Language
    }

    /// The signed-in user as the access policy sees them; `nil` for visitors.
    var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    var currentUser: SignedInUser? {
        get { storage[UserKey.self] }
        set { storage[UserKey.self] = newValue }
    }

    /// The signed-in principal, or a 401 for routes behind `RequireSignIn` / `ApiAuthenticator`.
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw Abort(.unauthorized) }
        return principal
    }

    /// Thai unless the user chose English (their account setting, or a cookie before sign-in).
    var language: Language {
        get {
            if let chosen = storage[LanguageKey.self] { return chosen }
            if let user = currentUser { return Language(code: user.language) }
            return Language(code: cookies[LanguageCookie.name]?.string)
        }
        set { storage[LanguageKey.self] = newValue }
    }

    var localizer: Localizer { Localizer(language: language) }
}

enum LanguageCookie {
    static let name = "sanfan-lang"
}
