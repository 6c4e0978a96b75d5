import Foundation
import Vapor

/// One line per request, with its request id (in the logger's metadata), method, path, status
/// and time taken. The path only: a query string can carry what someone searched for (a name, an
/// ID), which must not reach the logs.
struct RequestLog: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - started
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        request.logger.info(
            "\(request.method.rawValue) \(request.url.path) \(response.status.code)",
            metadata: ["ms": .string(String(format: "%.1f", milliseconds))]
        )
        return response
    }
}
