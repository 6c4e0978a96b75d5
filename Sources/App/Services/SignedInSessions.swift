import Fluent
import Foundation
import SQLKit
import SanfanCore

/// A person's own sessions, which they may end one by one or all but this one, and an admin's
/// "sign out everywhere" for an account (issue 16). Sessions live in the database, so ending one
/// takes effect on the next request on every app server.
enum SignedInSessions {
    struct Row: Sendable {
        /// The key's digest: names the session in a form without ever holding the key itself.
        let digest: String
        let createdAt: Date?
        let touchedAt: Date
        let userAgent: String?
        let ip: String?
    }

    /// The account's live sessions, the most recently used first.
    static func list(of user: UUID, now: Date, on database: any Database) async throws -> [Row] {
        try await database.sql.select()
            .column("key_digest").column("created_at").column("touched_at").column("user_agent").column("ip")
            .from("sessions")
            .where("user_id", .equal, SQLBind(user))
            .where("expires_at", .greaterThan, SQLBind(now))
            .orderBy("touched_at", .descending)
            .limit(100)
            .all()
            .map {
                Row(
                    digest: try $0.decode(column: "key_digest", as: String.self),
                    createdAt: try $0.decode(column: "created_at", as: Date?.self),
                    touchedAt: try $0.decode(column: "touched_at", as: Date.self),
                    userAgent: try $0.decode(column: "user_agent", as: String?.self),
                    ip: try $0.decode(column: "ip", as: String?.self)
                )
            }
    }

    /// Ends the account's sessions named, or all of them but `keeping`. Only the account's own:
    /// a digest of someone else's session ends nothing. Returns how many ended.
    @discardableResult
    static func end(
        _ digests: [String]?,
        keeping: String?,
        of principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Int {
        try await database.writing { db in
            var query = db.sql.delete(from: "sessions").where("user_id", .equal, SQLBind(principal.userID))
            if let digests { query = query.where("key_digest", .in, SQLBind.group(digests)) }
            if let keeping { query = query.where("key_digest", .notEqual, SQLBind(keeping)) }
            let ended = try await query.returning("key_digest").all().count
            try await Audit.record(
                .update,
                entity: User.auditEntity,
                id: principal.userID.uuidString.lowercased(),
                before: nil,
                after: ["sessions_ended": String(ended)],
                by: .init(principal),
                at: now,
                on: db
            )
            return ended
        }
    }

    /// Signs an account out everywhere: every session and every API token ended (audited).
    static func signOutEverywhere(
        _ user: User,
        by principal: Principal,
        at now: Date,
        on database: any Database
    )
        async throws -> (sessions: Int, tokens: Int)
    {
        let id = try user.requireID()
        return try await database.writing { db in
            let (sessions, tokens) = try await endEverything(of: id, keeping: nil, at: now, on: db)
            try await Audit.record(
                .update,
                entity: User.auditEntity,
                id: id.uuidString.lowercased(),
                before: nil,
                after: ["signed_out_everywhere": "sessions \(sessions), tokens \(tokens)"],
                by: .init(principal),
                at: now,
                on: db
            )
            return (sessions, tokens)
        }
    }

    /// Ends the account's sessions (but `keeping`, a session's digest) and revokes its API tokens,
    /// inside the caller's transaction: signing out everywhere, turning two-step sign-in on (what
    /// the password alone opened), and its reset. Returns how many of each.
    @discardableResult
    static func endEverything(
        of id: UUID,
        keeping: String?,
        at now: Date,
        on db: any Database
    ) async throws
        -> (sessions: Int, tokens: Int)
    {
        // Sessions written before sessions named their account carry it only in their data.
        var sessionQuery = db.sql.delete(from: "sessions")
            .where(group: { outer in
                outer.where("user_id", .equal, SQLBind(id))
                    .orWhere(group: { legacy in
                        legacy.where("user_id", .is, SQLLiteral.null)
                            .where("data", .like, SQLBind("%\(id.uuidString)%"))
                    })
            })
        if let keeping { sessionQuery = sessionQuery.where("key_digest", .notEqual, SQLBind(keeping)) }
        let sessions = try await sessionQuery.returning("key_digest").all().count
        let tokens = try await db.sql.update(ApiToken.schema)
            .set("revoked_at", to: SQLBind(now))
            .where("user_id", .equal, SQLBind(id))
            .where("revoked_at", .is, SQLLiteral.null)
            .returning("id").all().count
        return (sessions, tokens)
    }
}
