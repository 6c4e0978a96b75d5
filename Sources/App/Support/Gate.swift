import SanfanCore
import Vapor

/// What stands between a route and its handler, recorded on the route itself so a test can walk the
/// router and prove that no route was left ungated (`RouteGateTests`).
enum Gate: Sendable, Equatable, CustomStringConvertible {
    /// Anyone: health, sign-in, the language switch, the API document, issuing a token.
    case open
    /// Any signed-in user (a page session or an API token).
    case signedIn
    /// A signed-in user whose role has the capability; the others get 403.
    case capability(Capability)

    static let userInfoKey = "sanfan.gate"

    var description: String {
        switch self {
        case .open: "open"
        case .signedIn: "signed in"
        case .capability(let capability): "capability \(capability)"
        }
    }
}

/// Adds routes through `base`, labelling each with its gate.
struct GatedRoutes: RoutesBuilder {
    let base: any RoutesBuilder
    let gate: Gate

    func add(_ route: Route) {
        // Groups nest: the innermost gate, the one that reaches the route first, is the route's.
        if route.gate == nil { route.userInfo[Gate.userInfoKey] = gate }
        base.add(route)
    }
}

extension Route {
    /// The gate this route was registered behind, or nil if it was registered some other way.
    var gate: Gate? { userInfo[Gate.userInfoKey] as? Gate }
}

extension RoutesBuilder {
    /// Routes anyone may call.
    func open() -> GatedRoutes { GatedRoutes(base: self, gate: .open) }

    /// Routes for any signed-in user: `self` must already authenticate (RequireSignIn or ApiAuthenticator).
    func signedIn() -> GatedRoutes { GatedRoutes(base: self, gate: .signedIn) }

    /// Routes for users whose role has `capability`.
    func requiring(_ capability: Capability) -> GatedRoutes {
        GatedRoutes(base: grouped(RequireCapability(capability: capability)), gate: .capability(capability))
    }
}

extension RoutesBuilder {
    /// A page's route, from the same `SiteURL` its links are built from.
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL,
        use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.GET, url.route, use: closure)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL,
        use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.POST, url.route, use: closure)
    }

    /// A form that uploads a file: its body may be up to `uploadLimit` bytes, not the site's 1 MiB.
    @discardableResult
    func upload<Response: AsyncResponseEncodable>(
        _ url: SiteURL,
        use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.POST, url.route, body: .collect(maxSize: ByteCount(value: Route.uploadLimit)), use: closure).uploading()
    }
}

extension Route {
    /// The largest upload: a sheet of `PeopleImport.maxRows` rows with room to spare.
    static let uploadLimit = 16 << 20

    /// Marks the route as taking uploads, so the CSRF check (which reads the body before the
    /// route does) allows the same size.
    @discardableResult
    func uploading() -> Route {
        userInfo["maxBody"] = Self.uploadLimit
        return self
    }

    var maxBody: Int? { userInfo["maxBody"] as? Int }
}
