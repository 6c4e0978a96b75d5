import Fluent
import SanfanCore
import Vapor

/// Reads `Authorization: Bearer …` for `/api/v1` and sets the principal; refuses with 401 otherwise.
struct ApiAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let bearer = request.headers.bearerAuthorization,
            let (token, account) = try await ApiTokens.find(
                bearer.token,
                on: request.db,
                now: request.sanfan.clock.now()
            )
        else {
            throw ApiError(.unauthorized, code: "invalid_token", .apiInvalidToken)
        }
        request.currentUser = account.user
        request.principal = account.principal
        request.storage[ApiTokenKey.self] = token
        return try await next.respond(to: request)
    }
}

private struct ApiTokenKey: StorageKey {
    typealias Value = UUID
}

extension Request {
    /// The id of the token this API request was authenticated with.
    var apiToken: UUID? { storage[ApiTokenKey.self] }
}
