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
        let limit = Self.takesUploads(request) ? Route.uploadLimit : maxBytes
        guard max(declared, collected) <= limit else { throw Abort(.payloadTooLarge) }
        return try await next.respond(to: request)
    }

    /// The routes that take a sheet (`routes.swift` marks them `upload`; this runs before routing,
    /// so it knows them by path). Each route still collects its body under its own limit.
    static func takesUploads(_ request: Request) -> Bool {
        guard request.method == .POST else { return false }
        let path = request.url.path
        return path == SiteURL.imports.path || path == "/api/v1/imports"
            || (path.hasPrefix("/assessments/") && path.hasSuffix("/results/import"))
    }
}
