import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Checks a username and password under the throttling rule, and records every attempt.
///
/// Attempts live in the database, not in memory: with several app servers behind a load balancer,
/// a lock set by one must hold on all.
enum SignInService {
    enum Outcome: Sendable {
        case success(User)
        case wrongCredentials
        case locked(until: Date)
        case disabled
    }

    enum Channel: String, Sendable {
        case web, api
    }

    static let throttle = SignInThrottle()

    static func attempt(
        username rawUsername: String,
        password: String,
        ip: String,
        channel: Channel,
        on database: any Database,
        passwords: PasswordHasher,
        clock: Clock
    ) async throws -> Outcome {
        let username = String(rawUsername.trimmingCharacters(in: .whitespaces).lowercased().prefix(64))
        let now = clock.now()
        let claim = try await claimCheck(username: username, ip: ip, channel: channel, now: now, on: database)
        guard case .claimed(let attemptID) = claim else {
            if case .locked(let until) = claim { return .locked(until: until) }
            preconditionFailure("a claim is either granted or locked")
        }
        let user = try await UserQueries.find(username: username, on: database)
        let passwordMatches = try await passwords.verify(password, against: user?.passwordHash ?? passwords.decoyHash)
        guard let user, passwordMatches else {
            try await settle(attemptID, "failure", database)
            return .wrongCredentials
        }
        guard user.isActive else {
            try await settle(attemptID, "disabled", database)
            return .disabled
        }
        // With two-step sign-in on, the right password is half a sign-in: it must not clear the
        // account's failures (wrong codes count there), and the sign-in is not yet made.
        guard user.totpEnabledAt == nil else {
            try await settle(attemptID, "password_ok", database)
            return .success(user)
        }
        try await settle(attemptID, "success", database)
        user.lastSignInAt = now
        try await user.save(on: database)
        return .success(user)
    }

    enum Claim: Sendable {
        case claimed(UUID)
        case locked(until: Date)
    }

    /// Decides whether a password may be checked, and if so records the attempt as `pending` in the
    /// same step. Checks under way count as failures until they settle, and the decision is taken
    /// for one account and one address at a time, so twelve wrong passwords sent at once get five
    /// checks and seven refusals, exactly as twelve sent one after another would.
    ///
    /// PostgreSQL serialises on transaction-scoped advisory locks (every app server shares them);
    /// SQLite is one server's file, where `writing` runs one transaction at a time.
    static func claimCheck(
        username: String,
        ip: String,
        channel: Channel,
        now: Date,
        on database: any Database
    ) async throws -> Claim {
        let decide: @Sendable (any Database) async throws -> Claim = { db in
            if let until = try await lockedUntil(username: username, ip: ip, now: now, on: db) {
                _ = try await recordAttempt(username, ip, "locked", channel, now, db)
                return .locked(until: until)
            }
            return .claimed(try await recordAttempt(username, ip, "pending", channel, now, db))
        }
        return try await database.writing { db in
            // Sorted, so two attempts that share a key always take their locks in the same order.
            for key in ["sign-in:account:" + username, "sign-in:address:" + ip].sorted() {
                try await db.lock(key: key)
            }
            return try await decide(db)
        }
    }

    static func settle(_ attemptID: UUID, _ outcome: String, _ database: any Database) async throws {
        try await database.sql.update("sign_in_attempts").set("outcome", to: SQLBind(outcome))
            .where("id", .equal, SQLBind(attemptID)).run()
    }

    /// The later of the account's and the address's lock ends, if either is locked.
    static func lockedUntil(username: String, ip: String, now: Date, on database: any Database) async throws -> Date? {
        let sql = database.sql
        let since = now.addingTimeInterval(-throttle.lookback)
        // A successful sign-in clears the account's earlier failures; the address's stay counted.
        let lastSuccess = try await sql.select().column("at").from("sign_in_attempts")
            .where("username", .equal, username).where("outcome", .equal, "success").where("at", .greaterThan, since)
            .orderBy("at", .descending).limit(1).first()?.decode(column: "at", as: Date.self)
        let accountFailures = try await failures(
            sql,
            column: "username",
            value: username,
            since: max(since, lastSuccess ?? since)
        )
        let addressFailures = try await failures(sql, column: "ip", value: ip, since: since)
        let locks = [
            throttle.lockedUntil(failures: accountFailures, now: now),
            throttle.lockedUntil(failures: addressFailures, now: now),
        ].compactMap { $0 }
        return locks.max()
    }

    private static func failures(
        _ sql: any SQLDatabase,
        column: String,
        value: String,
        since: Date
    ) async throws -> [Date] {
        try await sql.select().column("at").from("sign_in_attempts")
            .where(SQLIdentifier(column), .equal, SQLBind(value))
            .where("outcome", .in, ["failure", "pending"])
            .where("at", .greaterThan, since)
            .all().map { try $0.decode(column: "at", as: Date.self) }
    }

    private static func recordAttempt(
        _ username: String,
        _ ip: String,
        _ outcome: String,
        _ channel: Channel,
        _ at: Date,
        _ database: any Database
    ) async throws -> UUID {
        let id = UUID()
        try await database.sql.insert(into: "sign_in_attempts")
            .columns("id", "at", "username", "ip", "outcome", "channel")
            .values(
                SQLBind(id),
                SQLBind(at),
                SQLBind(username),
                SQLBind(ip),
                SQLBind(outcome),
                SQLBind(channel.rawValue)
            )
            .run()
        return id
    }
}
