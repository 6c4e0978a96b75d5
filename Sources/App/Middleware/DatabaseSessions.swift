import Fluent
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// Sessions kept in the `sessions` table, so that any of several app servers can serve any request.
///
/// The cookie carries a random key; the table stores only its SHA-256 digest. Sessions expire after
/// the idle timeout, and a session is rewritten only when its data changes or its expiry needs
/// extending, so reading a page does not cost a write.
struct DatabaseSessions: AsyncSessionDriver {
    let idleTimeout: TimeInterval
    let clock: Clock

    /// The session's account as read with it, for `CurrentUser`.
    struct AccountKey: StorageKey {
        typealias Value = (userID: UUID?, account: AuthQueries.Account?)
    }

    /// What the session looked like when read, to skip no-op writes.
    private struct LoadedKey: StorageKey {
        typealias Value = (data: SessionData, touchedAt: Date)
    }

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let key = SecretToken.generate()
        // An empty session (a visitor who never got a form) is not worth a row.
        guard !data.snapshot.isEmpty else { return SessionID(string: key) }
        let now = clock.now()
        try await sql(request).insert(into: "sessions")
            .columns("key_digest", "data", "user_id", "expires_at", "touched_at", "created_at", "user_agent", "ip")
            .values(
                SQLBind(SecretToken.digest(key)),
                SQLBind(try encode(data)),
                SQLBind(Self.userID(data)),
                SQLBind(now.addingTimeInterval(idleTimeout)),
                SQLBind(now),
                SQLBind(now),
                SQLBind(Self.browser(request)),
                SQLBind(String(request.clientIP.prefix(64)))
            )
            .run()
        return SessionID(string: key)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        // With the account and its access, in the same statement.
        let row = try await AuthQueries.session(digest: SecretToken.digest(sessionID.string), on: request.db)
        guard let row, row.expiresAt > clock.now() else { return nil }
        let data = try JSONDecoder().decode(SessionData.self, from: Data(row.data.utf8))
        request.storage[LoadedKey.self] = (data, row.touchedAt)
        request.storage[AccountKey.self] = (row.userID, row.account)
        return data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        let now = clock.now()
        if let loaded = request.storage[LoadedKey.self], loaded.data == data,
            now.timeIntervalSince(loaded.touchedAt) < 60
        {
            return sessionID
        }
        guard request.storage[LoadedKey.self] != nil else {
            // The row was never there or has expired: start a fresh one rather than resurrect a key.
            return try await createSession(data, for: request)
        }
        try await sql(request).update("sessions")
            .set("data", to: SQLBind(try encode(data)))
            .set("user_id", to: SQLBind(Self.userID(data)))
            .set("expires_at", to: SQLBind(now.addingTimeInterval(idleTimeout)))
            .set("touched_at", to: SQLBind(now))
            .where("key_digest", .equal, SecretToken.digest(sessionID.string))
            .run()
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        try await sql(request).delete(from: "sessions")
            .where("key_digest", .equal, SecretToken.digest(sessionID.string))
            .run()
    }

    /// Removes expired rows; run at start-up and from time to time.
    static func purgeExpired(on database: any Database, now: Date) async throws {
        try await database.sql.delete(from: "sessions").where("expires_at", .lessThan, now).run()
    }

    private func sql(_ request: Request) -> any SQLDatabase { request.db.sql }

    /// The account a session is signed in to, kept beside its data for `AuthQueries.session`.
    private static func userID(_ data: SessionData) -> UUID? {
        data[CurrentUser.sessionKey].flatMap(UUID.init(uuidString:))
    }

    /// The browser's own description, printable characters only and cut short: shown back to the
    /// account's owner on their sessions page, never trusted.
    private static func browser(_ request: Request) -> String? {
        guard let agent = request.headers.first(name: .userAgent) else { return nil }
        let printable = String(
            String.UnicodeScalarView(agent.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
        )
        return printable.isEmpty ? nil : String(printable.prefix(200))
    }

    private func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}
