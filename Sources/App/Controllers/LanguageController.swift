import Fluent
import SanfanCore
import Vapor

/// The language switch in the header: a cookie for visitors, the account's setting once signed in.
enum LanguageController {
    struct Form: Content {
        var lang: String?
        var back: String?
    }

    static func switchLanguage(req: Request) async throws -> Response {
        let form = try req.content.decode(Form.self)
        let language = SanfanCore.Language(code: form.lang)
        if let signedIn = req.currentUser, signedIn.language != language.rawValue,
            let user = try await UserQueries.find(signedIn.id, on: req.db)
        {
            user.language = language.rawValue
            try await user.save(on: req.db)
        }
        let response = req.redirect(to: SignInController.safeNext(form.back))
        response.cookies[LanguageCookie.name] = HTTPCookies.Value(
            string: language.rawValue,
            maxAge: 365 * 24 * 3600,
            isSecure: req.sanfan.settings.secureCookies,
            isHTTPOnly: true,
            sameSite: .lax
        )
        return response
    }
}
