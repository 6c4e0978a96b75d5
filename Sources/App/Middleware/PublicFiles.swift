import Vapor

/// Serves the stylesheet, scripts, fonts and images from `Public/`, and looks nowhere else. Vapor's
/// file middleware tries every path against the disk first; a path segment longer than the file
/// system allows then fails as a server error (500) instead of a plain 404.
struct PublicFiles: AsyncMiddleware {
    static let folders = ["/styles/", "/scripts/", "/fonts/", "/images/"]
    let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard Self.folders.contains(where: path.hasPrefix), path.utf8.count <= 255 else {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
