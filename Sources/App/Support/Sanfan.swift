import NIOCore
import NIOPosix
import SanfanCore
import Vapor

/// The app's own dependencies, set once in `configure` and reached through `app.sanfan` / `req.sanfan`.
struct Sanfan: Sendable {
    var settings: Settings
    var clock: Clock
    var passwords: PasswordHasher
    /// Seals national IDs and computes their blind index.
    var vault: NationalIDVault
    /// A key file made at this start; checked against existing rows once the schema is there.
    var generatedKeyFile: String?
    /// The credential signing keys, if this server has them (`CredentialKeys`).
    var signing: CredentialKeys.Loaded
    /// Lookups on the public verify page, per client.
    var verifyLimiter = RateLimiter(limit: 30, window: 60)
}

/// bcrypt off the event loop: a hash costs a quarter of a second at cost 12.
struct PasswordHasher: Sendable {
    let cost: Int
    /// A hash of a random secret, verified when a username is unknown so that the response time
    /// does not tell which usernames exist.
    let decoyHash: String

    init(cost: Int) throws {
        self.cost = cost
        self.decoyHash = try Bcrypt.hash(SecretToken.generate(), cost: cost)
    }

    func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { [cost] in try Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { try Bcrypt.verify(password, created: hash) }
    }
}

extension Application {
    private struct SanfanKey: StorageKey {
        typealias Value = Sanfan
    }

    var sanfan: Sanfan {
        get {
            guard let value = storage[SanfanKey.self] else { fatalError("configure(_:settings:) was not called") }
            return value
        }
        set { storage[SanfanKey.self] = newValue }
    }
}

extension Request {
    var sanfan: Sanfan { application.sanfan }

    /// The client's address; behind a trusted proxy, the first `X-Forwarded-For` entry.
    var clientIP: String {
        let direct = remoteAddress?.ipAddress ?? "unknown"
        guard sanfan.settings.trustProxy else { return direct }
        // The proxy appends the address it saw to what the client sent: only the last entry is
        // the proxy's word; anything left of it is the client's and may be made up. It must be
        // an address, too.
        let forwarded = headers.forwarded.last?.for ?? headers[.xForwardedFor].last
        guard let last = forwarded?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces) else {
            return direct
        }
        let bare = last.trimmingCharacters(in: CharacterSet(charactersIn: "\"[]"))
        return (try? SocketAddress(ipAddress: bare, port: 0)) != nil ? bare : direct
    }
}
