import SQLKit
import Vapor

enum HealthController {
    struct Status: Content {
        let status: String
    }

    /// 200 once the database answers; 503 otherwise, so a load balancer takes the server out.
    static func check(req: Request) async throws -> Response {
        do {
            _ = try await req.db.sql.raw("SELECT 1 AS ok").first()
            let response = Response(status: .ok)
            try response.content.encode(Status(status: "ok"))
            return response
        } catch {
            req.logger.error("health check: database did not answer: \(String(reflecting: error))")
            let response = Response(status: .serviceUnavailable)
            try response.content.encode(Status(status: "unavailable"))
            return response
        }
    }
}
