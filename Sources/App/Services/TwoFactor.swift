import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Two-factor sign-in (issue 16): a TOTP secret per account, enrolled by scanning a QR code and
/// confirming one code, ten single-use recovery codes kept as digests, every code accepted once
/// only (the last step is stored, and moved forward only by the request that wins), and an admin
/// reset, audited.
enum TwoFactor {
    /// Accounts that must have it when `SANFAN_REQUIRE_TWO_FACTOR` is on: those that see the most
    /// (HQ) or sit outside IEAT (partners).
    static func required(for role: Role) -> Bool { role == .admin || role == .partner }

    /// Whether this signed-in account must turn it on before reaching anything (pages and API).
    static func mustEnrol(_ user: SignedInUser, _ settings: Settings) -> Bool {
        settings.requireTwoFactor && !user.hasTwoFactor && required(for: user.role)
    }

    static let issuer = "Sanfan IEAT"

    /// Turns it on: `sealed` is the secret shown at enrolment, `typed` the code the app shows for
    /// it. Returns the recovery codes, to be shown once.
    /// Everything signed in with the password alone (other sessions, API tokens) ends: from now on
    /// the account is the password and the phone. `keeping` is the enrolling session's digest.
    static func enrol(
        _ user: User,
        sealed: String,
        typed: String,
        keeping: String?,
        vault: NationalIDVault,
        at now: Date,
        on database: any Database
    ) async throws -> [String] {
        guard let secret = vault.openSecret(sealed),
            let step = TOTP.verify(typed, secret: secret, at: now, after: nil)
        else { throw FieldErrors(fields: ["code": .twoFactorWrongCode]) }
        let codes = RecoveryCodes.generate()
        let userID = try user.requireID()
        try await database.writing { db in
            user.totpSecretSealed = sealed
            user.totpEnabledAt = now
            user.totpLastStep = step
            try await user.save(on: db)
            try await db.sql.delete(from: "recovery_codes").where("user_id", .equal, SQLBind(userID)).run()
            try await SignedInSessions.endEverything(of: userID, keeping: keeping, at: now, on: db)
            for code in codes {
                try await db.sql.insert(into: "recovery_codes").columns("id", "user_id", "code_digest")
                    .values(
                        SQLBind(UUID()),
                        SQLBind(userID),
                        SQLBind(vault.secretDigest(RecoveryCodes.normalised(code)))
                    ).run()
            }
            try await Audit.record(
                .update,
                entity: User.auditEntity,
                id: userID.uuidString.lowercased(),
                before: nil,
                after: ["two_factor": "enrolled"],
                by: .init(id: userID, username: user.username),
                at: now,
                on: db
            )
        }
        return codes
    }

    /// Whether a typed code (the app's, or a recovery code) is good for this account now; a good
    /// one is used up in the same step, so a second request with it fails.
    static func accept(
        _ typed: String,
        for user: User,
        vault: NationalIDVault,
        at now: Date,
        on database: any Database
    )
        async throws -> Bool
    {
        let userID = try user.requireID()
        if let sealed = user.totpSecretSealed, let secret = vault.openSecret(sealed),
            let step = TOTP.verify(typed, secret: secret, at: now, after: user.totpLastStep)
        {
            let moved = try await database.sql.update(User.schema)
                .set("totp_last_step", to: SQLBind(step))
                .where("id", .equal, SQLBind(userID))
                .where(group: {
                    $0.where("totp_last_step", .is, SQLLiteral.null).orWhere("totp_last_step", .lessThan, SQLBind(step))
                })
                .returning("id").all()
            return !moved.isEmpty
        }
        let used = try await database.sql.update("recovery_codes")
            .set("used_at", to: SQLBind(now))
            .where("user_id", .equal, SQLBind(userID))
            .where("code_digest", .equal, SQLBind(vault.secretDigest(RecoveryCodes.normalised(typed))))
            .where("used_at", .is, SQLLiteral.null)
            .returning("id").all()
        return !used.isEmpty
    }

    static func recoveryCodesLeft(_ user: User, on database: any Database) async throws -> Int {
        try await database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("recovery_codes").where("user_id", .equal, SQLBind(try user.requireID()))
            .where("used_at", .is, SQLLiteral.null).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// An admin's reset (a lost phone and lost codes): the secret and codes go, and so does every
    /// session and token (one may be on the lost phone); the account signs in with its password
    /// and, where it is required, enrols again.
    static func reset(_ user: User, by principal: Principal, at now: Date, on database: any Database) async throws {
        let userID = try user.requireID()
        try await database.writing { db in
            user.totpSecretSealed = nil
            user.totpEnabledAt = nil
            user.totpLastStep = nil
            try await user.save(on: db)
            try await db.sql.delete(from: "recovery_codes").where("user_id", .equal, SQLBind(userID)).run()
            try await SignedInSessions.endEverything(of: userID, keeping: nil, at: now, on: db)
            try await Audit.record(
                .update,
                entity: User.auditEntity,
                id: userID.uuidString.lowercased(),
                before: nil,
                after: ["two_factor": "reset, signed out everywhere"],
                by: .init(principal),
                at: now,
                on: db
            )
        }
    }
}
