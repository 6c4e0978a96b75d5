import Foundation
import SanfanCore

/// Configuration, read once at boot into a typed value. Every setting has an embedded default so the
/// first run needs nothing; production overrides them through the environment (see README).
public struct Settings: Sendable {
    public enum DatabaseChoice: Sendable, Equatable {
        /// The embedded database: a SQLite file in WAL mode.
        case sqliteFile(path: String)
        /// A private in-memory SQLite database, for tests.
        case sqliteMemory
        /// PostgreSQL, shared by several stateless app servers.
        case postgres(url: String)

        var isEmbedded: Bool { if case .postgres = self { false } else { true } }
    }

    public var database: DatabaseChoice
    /// Where the embedded database and generated keys live (`SANFAN_DATA_DIR`, default `./data`).
    public var dataDirectory: String
    /// Mark cookies `Secure`; set this behind TLS (`SANFAN_SECURE_COOKIES=true`).
    public var secureCookies: Bool
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    public var trustProxy: Bool
    /// bcrypt work factor. Tests lower it; production keeps 12.
    public var bcryptCost: Int
    /// A signed-in session ends after this long without a request.
    public var sessionIdleTimeout: TimeInterval
    /// A bearer token for the API expires after this long.
    public var apiTokenLifetime: TimeInterval
    /// Largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// The 32-byte master key for national IDs (`SANFAN_ID_KEY`, Base64). Required with PostgreSQL;
    /// the embedded database generates one in the data directory instead.
    public var nationalIDKey: Data?
    /// Where the programme's age groups begin (`SANFAN_AGE_BANDS`, e.g. `15,50,60`).
    public var ageBands: AgeBands
    /// The address people reach the site at (`SANFAN_PUBLIC_URL`, e.g. `https://sanfan.ieat.go.th`):
    /// printed certificates' QR codes point there. Unset, the request's own host is used.
    public var publicURL: String?
    /// The credential signing keys' file (`SANFAN_SIGNING_KEY_FILE`). Needed with PostgreSQL once
    /// certificates exist; the embedded database keeps one in the data directory.
    public var signingKeyFile: String?
    /// Count each request's SQL statements and report them in response headers
    /// (`SANFAN_COUNT_STATEMENTS`; tests and CI, not production: it logs every statement's text).
    public var countStatements: Bool = false
    /// Admins and partner users must sign in with a second factor (`SANFAN_REQUIRE_TWO_FACTOR`, on
    /// unless set to false; `serve --demo` turns it off for the demo accounts). Off in tests that
    /// do not ask for it.
    public var requireTwoFactor: Bool = false
    /// PostgreSQL connections each event loop keeps (`SANFAN_PG_CONNECTIONS_PER_LOOP`): an app
    /// server holds this many per core; the database's `max_connections` must cover every server's.
    public var postgresConnectionsPerLoop = 4

    public init(
        database: DatabaseChoice,
        dataDirectory: String = "./data",
        secureCookies: Bool = false,
        trustProxy: Bool = false,
        bcryptCost: Int = 12,
        sessionIdleTimeout: TimeInterval = 8 * 3600,
        apiTokenLifetime: TimeInterval = 24 * 3600,
        maxBodyBytes: Int = 1 << 20,
        nationalIDKey: Data? = nil,
        ageBands: AgeBands = .default,
        publicURL: String? = nil,
        signingKeyFile: String? = nil
    ) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.secureCookies = secureCookies
        self.trustProxy = trustProxy
        self.bcryptCost = bcryptCost
        self.sessionIdleTimeout = sessionIdleTimeout
        self.apiTokenLifetime = apiTokenLifetime
        self.maxBodyBytes = maxBodyBytes
        self.nationalIDKey = nationalIDKey
        self.ageBands = ageBands
        self.publicURL = publicURL
        self.signingKeyFile = signingKeyFile
    }

    public struct Invalid: Error, CustomStringConvertible {
        public let name: String
        public let reason: String
        public var description: String { "Setting \(name): \(reason)" }
    }

    /// Reads the environment. A setting that is present but malformed stops the boot with its name.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    )
        throws -> Settings
    {
        func flag(_ name: String, default value: Bool) throws -> Bool {
            guard let raw = environment[name]?.lowercased(), !raw.isEmpty else { return value }
            switch raw {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw Invalid(name: name, reason: "expected true or false, got \(raw)")
            }
        }
        func integer(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
            guard let raw = environment[name], !raw.isEmpty else { return value }
            guard let number = Int(raw), range.contains(number) else {
                throw Invalid(name: name, reason: "expected a whole number in \(range), got \(raw)")
            }
            return number
        }
        var nationalIDKey: Data?
        if let raw = environment["SANFAN_ID_KEY"], !raw.isEmpty {
            guard let key = Data(base64Encoded: raw), key.count == 32 else {
                throw Invalid(
                    name: "SANFAN_ID_KEY",
                    reason: "expected 32 random bytes in Base64 (openssl rand -base64 32)"
                )
            }
            nationalIDKey = key
        }
        var publicURL: String?
        if let raw = environment["SANFAN_PUBLIC_URL"], !raw.isEmpty {
            guard let url = URL(string: raw), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                url.query == nil
            else {
                throw Invalid(name: "SANFAN_PUBLIC_URL", reason: "expected an address such as https://sanfan.example")
            }
            publicURL = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
        }
        var ageBands = AgeBands.default
        if let raw = environment["SANFAN_AGE_BANDS"], !raw.isEmpty {
            guard let parsed = AgeBands(parsing: raw) else {
                throw Invalid(name: "SANFAN_AGE_BANDS", reason: "expected three increasing ages such as 15,50,60")
            }
            ageBands = parsed
        }
        let dataDirectory = environment["SANFAN_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data"
        let database: DatabaseChoice =
            if let url = environment["DATABASE_URL"], !url.isEmpty {
                .postgres(url: url)
            } else {
                .sqliteFile(path: dataDirectory + "/sanfan.sqlite")
            }
        return Settings(
            database: database,
            dataDirectory: dataDirectory,
            secureCookies: try flag("SANFAN_SECURE_COOKIES", default: false),
            trustProxy: try flag("SANFAN_TRUST_PROXY", default: false),
            bcryptCost: try integer("SANFAN_BCRYPT_COST", default: 12, range: 10...16),
            sessionIdleTimeout: TimeInterval(
                try integer("SANFAN_SESSION_MINUTES", default: 480, range: 5...10080) * 60
            ),
            apiTokenLifetime: TimeInterval(try integer("SANFAN_TOKEN_HOURS", default: 24, range: 1...720) * 3600),
            nationalIDKey: nationalIDKey,
            ageBands: ageBands,
            publicURL: publicURL,
            signingKeyFile: environment["SANFAN_SIGNING_KEY_FILE"].flatMap { $0.isEmpty ? nil : $0 }
        ).with(
            countStatements: try flag("SANFAN_COUNT_STATEMENTS", default: false),
            requireTwoFactor: try flag("SANFAN_REQUIRE_TWO_FACTOR", default: true),
            postgresConnectionsPerLoop: try integer("SANFAN_PG_CONNECTIONS_PER_LOOP", default: 4, range: 1...64)
        )
    }

    private func with(countStatements: Bool, requireTwoFactor: Bool, postgresConnectionsPerLoop: Int) -> Settings {
        var settings = self
        settings.countStatements = countStatements
        settings.requireTwoFactor = requireTwoFactor
        settings.postgresConnectionsPerLoop = postgresConnectionsPerLoop
        return settings
    }
}
