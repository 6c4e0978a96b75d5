import Logging
import NIOConcurrencyHelpers
import Vapor

/// Counts the SQL statements each request runs, where `SANFAN_COUNT_STATEMENTS` is on (the tests
/// and CI's browser run), and says so in two response headers: `X-Sanfan-Statements` and the
/// route's budget, `X-Sanfan-Statement-Budget` (`Route.statements(_:)`, set in `routes.swift`).
/// The crawler fails any page over its budget, so a change that adds a query per row shows.
///
/// It counts what SQLKit logs before each statement ("Executing query", at debug level, with the
/// request's logger, which every `req.db` carries). It is first in the chain, so the session and
/// sign-in lookups count. **Not counted:** on SQLite, statements inside a transaction
/// (`Database.writing`), which Fluent runs on the pooled connection with its own logger; the
/// budgets hold reads, where per-row queries hide. PostgreSQL counts those too.
struct StatementCounter: AsyncMiddleware {
    /// The budget of a route that sets none.
    static let defaultBudget = 10

    /// For pages that first bring the figure store up to date (`FigureStore`): when records changed
    /// since the last refresh, it adds about twenty statements per 500 people changed (`sanfan
    /// serve` also refreshes every minute, so a reader rarely pays).
    static let withFigureRefresh = 30

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let counted = NIOLockedValueBox(0)
        let outer = request.logger
        request.logger = Logger(label: outer.label) { _ in CountingLogHandler(forward: outer, counted: counted) }
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            request.logger = outer
            throw error
        }
        request.logger = outer
        let statements = counted.withLockedValue { $0 }
        let budget = request.route?.statementBudget ?? Self.defaultBudget
        response.headers.replaceOrAdd(name: "X-Sanfan-Statements", value: String(statements))
        response.headers.replaceOrAdd(name: "X-Sanfan-Statement-Budget", value: String(budget))
        if statements > budget {
            outer.warning(
                "\(request.method) \(request.url.path) ran \(statements) SQL statements, over its budget of \(budget)"
            )
        }
        return response
    }
}

/// Passes every message on to the request's own logger, counting SQLKit's "Executing query".
private struct CountingLogHandler: LogHandler {
    let forward: Logger
    let counted: NIOLockedValueBox<Int>
    var metadata: Logger.Metadata = [:]

    /// Debug, whatever the output's level: the statements are logged at debug.
    var logLevel: Logger.Level {
        get { min(.debug, forward.logLevel) }
        set {}
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] ?? forward[metadataKey: key] }
        set { metadata[key] = newValue }
    }

    func log(
        level: Logger.Level,
        message: Logger.Message,
        metadata: Logger.Metadata?,
        source: String,
        file: String,
        function: String,
        line: UInt
    ) {
        if message.description == "Executing query" { counted.withLockedValue { $0 += 1 } }
        guard level >= forward.logLevel else { return }
        forward.log(
            level: level,
            message,
            metadata: self.metadata.merging(metadata ?? [:]) { $1 },
            source: source,
            file: file,
            function: function,
            line: line
        )
    }
}

extension Route {
    /// At most this many SQL statements per request (`StatementCounter`): written beside the route
    /// in `routes.swift`.
    @discardableResult
    func statements(_ budget: Int) -> Route {
        userInfo["statementBudget"] = budget
        return self
    }

    var statementBudget: Int? { userInfo["statementBudget"] as? Int }
}
