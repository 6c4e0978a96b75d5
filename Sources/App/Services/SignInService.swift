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
        if let until = try await lockedUntil(username: username, ip: ip, now: now, on: database) {
            try await recordAttempt(username, ip, "locked", channel, now, database)
            return .locked(until: until)
        }
        let user = try await User.query(on: database).filter(\.$username == username).first()
        let passwordMatches = try await passwords.verify(password, against: user?.passwordHash ?? passwords.decoyHash)
        guard let user, passwordMatches else {
            try await recordAttempt(username, ip, "failure", channel, now, database)
            return .wrongCredentials
        }
        guard user.isActive else {
            try await recordAttempt(username, ip, "disabled", channel, now, database)
            return .disabled
        }
        try await recordAttempt(username, ip, "success", channel, now, database)
        user.lastSignInAt = now
        try await user.save(on: database)
        return .success(user)
    }

    /// The later of the account's and the address's lock ends, if either is locked.
    static func lockedUntil(username: String, ip: String, now: Date, on database: any Database) async throws -> Date? {
        let sql = database as! any SQLDatabase
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
            .where(SQLIdentifier(column), .equal, SQLBind(value)).where("outcome", .equal, "failure")
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
    ) async throws {
        try await (database as! any SQLDatabase).insert(into: "sign_in_attempts")
            .columns("id", "at", "username", "ip", "outcome", "channel")
            .values(
                SQLBind(UUID()),
                SQLBind(at),
                SQLBind(username),
                SQLBind(ip),
                SQLBind(outcome),
                SQLBind(channel.rawValue)
            )
            .run()
    }
}
