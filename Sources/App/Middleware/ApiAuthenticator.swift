import Fluent
import SanfanCore
import Vapor

/// Reads `Authorization: Bearer …` for `/api/v1` and sets the principal; refuses with 401 otherwise.
struct ApiAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization,
            let (token, user) = try await ApiTokens.find(bearer.token, on: request.db, now: request.sanfan.clock.now())
        else {
            throw ApiError(.unauthorized, code: "invalid_token", .apiInvalidToken)
        }
        request.currentUser = user
        request.principal = try await Accounts.principal(for: user, on: request.db)
        request.storage[ApiTokenKey.self] = token
        return try await next.respond(to: request)
    }
}

private struct ApiTokenKey: StorageKey {
    typealias Value = ApiToken
}

extension Request {
    /// The token this API request was authenticated with.
    var apiToken: ApiToken? { storage[ApiTokenKey.self] }
}
