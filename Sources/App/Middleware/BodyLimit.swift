import Vapor

/// Refuses oversized bodies with 413 before any handler decodes them.
///
/// Vapor enforces its own limit while streaming from the network; this also covers bodies that
/// arrive already collected, and declares the limit in one place for pages and the API alike.
struct BodyLimit: AsyncMiddleware {
    let maxBytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let declared = request.headers.first(name: .contentLength).flatMap(Int.init) ?? 0
        let collected = request.body.data?.readableBytes ?? 0
        guard max(declared, collected) <= maxBytes else { throw Abort(.payloadTooLarge) }
        return try await next.respond(to: request)
    }
}
