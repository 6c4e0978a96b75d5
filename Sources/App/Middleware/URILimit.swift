import Vapor

/// Answers 414 to a request whose target (path and query) is longer than any page or API call
/// needs, before a handler parses it.
///
/// SwiftNIO's HTTP parser closes the connection, with no answer at all, on a request line over
/// 80 KB; that happens before the app sees the request. This limit sits well below it, so every
/// target a browser or client can reasonably send gets an answer: 414 and a message up to 80 KB,
/// and in production the load balancer in front answers 414 to anything longer (docs/decisions.md).
struct URILimit: AsyncMiddleware {
    static let maxBytes = 16 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.url.string.utf8.count <= Self.maxBytes else { throw Abort(.uriTooLong) }
        return try await next.respond(to: request)
    }
}
