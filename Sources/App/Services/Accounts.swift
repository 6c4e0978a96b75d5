import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Creating and changing user accounts: validation, persistence and audit in one transaction.
enum Accounts {
    /// What an admin (or `sanfan user create`) submits.
    struct Draft: Sendable {
        var username = ""
        var displayName = ""
        var password: String?
        var role = ""
        var estateIDs: [String] = []
        var organisationID = ""
        var language = "th"
    }

    struct Dependencies: Sendable {
        let passwords: PasswordHasher
        let clock: Clock
    }

    /// Checks a draft. Returns the parsed role, estates and organisation, or every field that is wrong.
    static func validate(
        _ draft: Draft,
        isNew: Bool,
        on database: any Database
    ) async throws -> (
        role: Role, estates: [UUID], organisation: UUID?
    ) {
        var errors = FieldErrors()
        let username = draft.username
        if isNew {
            if let problem = AccountRules.checkUsername(username) {
                errors["username"] = phrase(problem)
            } else if try await UserQueries.find(username: username, on: database) != nil {
                errors["username"] = .usernameTaken
            }
            if let problem = AccountRules.checkPassword(draft.password ?? "") { errors["password"] = phrase(problem) }
        }
        if draft.displayName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || draft.displayName.count > 200 {
            errors["display_name"] = .fieldRequired
        }
        let role = Role(rawValue: draft.role)
        if role == nil { errors["role"] = .unknownChoice }

        var estates: [UUID] = []
        if role == .estateOfficer {
            let ids = draft.estateIDs.compactMap(UUID.init(uuidString:))
            let found = try await CatalogueQueries.knownEstates(Set(ids), on: database)
            if ids.count != draft.estateIDs.count || found != Set(ids).count {
                errors["estate_ids"] = .unknownChoice
            }
            estates = Array(Set(ids))
        }
        var organisation: UUID?
        if role == .partner, !draft.organisationID.isEmpty {
            organisation = UUID(uuidString: draft.organisationID)
            if try await organisation.asyncFlatMap({
                try await CatalogueQueries.find(Organisation.self, $0, on: database)
            })
                == nil
            {
                errors["organisation_id"] = .unknownChoice
            }
        }
        if let role, errors["estate_ids"] == nil, errors["organisation_id"] == nil,
            let problem = AccountRules.checkAssignment(
                role: role,
                estateCount: estates.count,
                hasOrganisation: organisation != nil
            )
        {
            errors[problem == .officerNeedsEstate ? "estate_ids" : "organisation_id"] = phrase(problem)
        }
        guard errors.isEmpty, let role else { throw errors }
        return (role, estates, organisation)
    }

    static func create(
        _ draft: Draft,
        by actor: Audit.Actor,
        on database: any Database,
        _ deps: Dependencies
    )
        async throws -> User
    {
        try await UniqueIndex.checked(otherwise: .one("username", .usernameTaken)) {
            try await createOnce(draft, by: actor, on: database, deps)
        }
    }

    /// One attempt; see the wrapper above.
    private static func createOnce(
        _ draft: Draft,
        by actor: Audit.Actor,
        on database: any Database,
        _ deps: Dependencies
    )
        async throws -> User
    {
        var draft = draft
        draft.username = draft.username.trimmingCharacters(in: .whitespaces).lowercased()
        let checked = try await validate(draft, isNew: true, on: database)
        let hash = try await deps.passwords.hash(draft.password ?? "")
        let user = User(
            username: draft.username,
            displayName: draft.displayName.trimmingCharacters(in: .whitespaces),
            passwordHash: hash,
            role: checked.role,
            organisationID: checked.organisation,
            language: SanfanCore.Language(code: draft.language)
        )
        try await database.writing { db in
            try await user.create(on: db)
            try await assign(estates: checked.estates, to: user.requireID(), on: db)
            var snapshot = user.auditSnapshot
            snapshot["estates"] = try await estateCodes(checked.estates, on: db)
            try await Audit.record(
                .create,
                entity: User.auditEntity,
                id: user.requireID().uuidString.lowercased(),
                before: nil,
                after: snapshot,
                by: actor,
                at: deps.clock.now(),
                on: db
            )
        }
        return user
    }

    static func update(
        _ user: User,
        with draft: Draft,
        by actor: Audit.Actor,
        on database: any Database,
        at date: Date
    )
        async throws
    {
        let checked = try await validate(draft, isNew: false, on: database)
        try await database.writing { db in
            var before = user.auditSnapshot
            before["estates"] = try await estateCodes(try await estateIDs(of: user.requireID(), on: db), on: db)
            user.displayName = draft.displayName.trimmingCharacters(in: .whitespaces)
            user.role = checked.role
            user.$organisation.id = checked.organisation
            user.language = SanfanCore.Language(code: draft.language).rawValue
            try await user.save(on: db)
            try await UserEstate.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            try await assign(estates: checked.estates, to: user.requireID(), on: db)
            var after = user.auditSnapshot
            after["estates"] = try await estateCodes(checked.estates, on: db)
            try await Audit.record(
                .update,
                entity: User.auditEntity,
                id: user.requireID().uuidString.lowercased(),
                before: before,
                after: after,
                by: actor,
                at: date,
                on: db
            )
        }
    }

    static func resetPassword(
        _ user: User,
        to password: String,
        by actor: Audit.Actor,
        on database: any Database,
        _ deps: Dependencies
    ) async throws {
        if let problem = AccountRules.checkPassword(password) {
            throw FieldErrors(fields: ["new_password": phrase(problem)])
        }
        let hash = try await deps.passwords.hash(password)
        try await database.writing { db in
            let before = user.auditSnapshot
            user.passwordHash = hash
            try await user.save(on: db)
            // The snapshot masks the hash, so record the reset itself as the change.
            var after = user.auditSnapshot
            after["password"] = "•••••• (reset)"
            try await Audit.record(
                .update,
                entity: User.auditEntity,
                id: user.requireID().uuidString.lowercased(),
                before: before,
                after: after,
                by: actor,
                at: deps.clock.now(),
                on: db
            )
        }
    }

    /// Disabling takes effect at once: every request reloads the user, and tokens check it too.
    static func setActive(
        _ user: User,
        _ active: Bool,
        by actor: Audit.Actor,
        on database: any Database,
        at date: Date
    )
        async throws
    {
        if !active, user.id == actor.id { throw FieldErrors(fields: ["active": .cannotDisableSelf]) }
        try await database.writing { db in
            let before = user.auditSnapshot
            user.isActive = active
            try await user.save(on: db)
            try await Audit.record(.update, user, before: before, by: actor, at: date, on: db)
        }
    }

    /// The access policy's view of a user.
    /// An active user's access, as each request reads it (`AuthQueries`); a disabled one has none.
    static func principal(for user: User, on database: any Database) async throws -> Principal {
        guard let account = try await AuthQueries.account(user.requireID(), on: database) else {
            throw FluentError.noResults
        }
        return account.principal
    }

    static func estateIDs(of userID: UUID, on database: any Database) async throws -> [UUID] {
        try await UserQueries.estateIDs(of: userID, on: database)
    }

    private static func assign(estates: [UUID], to userID: UUID, on database: any Database) async throws {
        for estate in estates { try await UserEstate(userID: userID, estateID: estate).create(on: database) }
    }

    private static func estateCodes(_ ids: [UUID], on database: any Database) async throws -> String {
        guard !ids.isEmpty else { return "" }
        return try await CatalogueQueries.estateCodes(Set(ids), on: database).joined(separator: ",")
    }

    static func phrase(_ problem: AccountRules.Problem) -> Phrase {
        switch problem {
        case .usernameInvalid: .usernameInvalid
        case .passwordTooShort: .passwordTooShort
        case .passwordTooLong: .passwordTooLong
        case .officerNeedsEstate: .officerNeedsEstate
        case .partnerNeedsOrganisation: .partnerNeedsOrganisation
        }
    }
}

extension Optional where Wrapped: Sendable {
    fileprivate func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
