import Fluent
import Foundation
import SanfanCore

/// Businesses and community enterprises of the reader's estates, their members and monthly revenue.
enum Enterprises {
    struct Input: Sendable {
        var kind = ""
        var name = ""
        var registrationCode = ""
        var juristicID = ""
        var occupationID = ""
        var products = ""
        var estateID = ""
        var communityID = ""
        var startedOn = ""
    }

    struct MemberInput: Sendable {
        var participantID = ""
        var role = ""
        var joinedOn = ""
    }

    struct RevenueInput: Sendable {
        var month = ""
        var revenue = ""
    }

    static func create(
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Enterprise {
        var errors = FieldErrors()
        let kind = errors.choice(input.kind, "kind", as: EnterpriseKind.self)
        let name = errors.text(input.name, "name", limit: 200, required: true)
        let products = errors.text(input.products, "products", limit: 500)
        var code: String?
        var juristic: String?
        switch kind {
        case .communityEnterprise:
            let typed = errors.text(input.registrationCode, "registration_code", limit: 40, required: true)
            code = typed.isEmpty ? nil : typed
        case .juristicPerson:
            switch JuristicID.parse(input.juristicID) {
            case .success(let digits): juristic = digits
            case .failure(.checkDigit): errors["juristic_id"] = .juristicIDCheckDigit
            case .failure: errors["juristic_id"] = .juristicIDFormat
            }
        case .individual, .group, nil: break
        }
        var estate = UUID(uuidString: input.estateID)
        if let id = estate {
            let known = try await CatalogueQueries.find(Estate.self, id, on: database) != nil
            if !known || !AccessPolicy.canReach(estate: id, principal) { estate = nil }
        }
        if estate == nil { errors["estate_id"] = .unknownChoice }
        var community: Community?
        if !input.communityID.isEmpty {
            community =
                try await UUID(uuidString: input.communityID).asyncMap {
                    try await CommunityQueries.find($0, scope: AccessPolicy.recordScope(for: principal), on: database)
                } ?? nil
            if community == nil {
                errors["community_id"] = .unknownChoice
            } else if let estate, community!.$estate.id != estate {
                errors["community_id"] = .communityNotInEstate
            }
        }
        var occupation: UUID?
        if !input.occupationID.isEmpty {
            occupation = try await LivelihoodPeople.occupation(input.occupationID, on: database)
            if occupation == nil { errors["occupation_id"] = .unknownChoice }
        }
        let today = ThaiCalendar.Day.containing(now)
        let started = errors.day(
            input.startedOn,
            "started_on",
            today: today,
            notBefore: ThaiCalendar.Day(year: 1950, month: 1, day: 1)
        )
        guard errors.isEmpty, let kind, let estate, let started else { throw errors }
        let enterprise = Enterprise()
        enterprise.kind = kind
        enterprise.name = name
        enterprise.registrationCode = code
        enterprise.juristicID = juristic
        enterprise.$occupation.id = occupation
        enterprise.products = products
        enterprise.$estate.id = estate
        enterprise.$community.id = community?.id
        enterprise.startedOn = started.iso
        enterprise.recordedBy = principal.userID
        try await database.writing { db in
            try await enterprise.create(on: db)
            try await Audit.record(.create, enterprise, before: nil, by: .init(principal), at: now, on: db)
        }
        return enterprise
    }

    /// Adds a person to `enterprise` (within the principal's estates), once.
    static func addMember(
        _ input: MemberInput,
        to enterprise: Enterprise,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> EnterpriseMember {
        var errors = FieldErrors()
        let person = try await LivelihoodPeople.reachable(input.participantID, principal, on: database)
        if person == nil { errors["participant_id"] = .unknownChoice }
        let role = errors.choice(input.role, "role", as: MemberRole.self)
        let joined = errors.day(
            input.joinedOn,
            "joined_on",
            today: ThaiCalendar.Day.containing(now),
            notBefore: ThaiCalendar.Day(iso: enterprise.startedOn)
        )
        let enterpriseID = try enterprise.requireID()
        if let person,
            try await EnterpriseQueries.isMember(try person.requireID(), of: enterpriseID, on: database)
        {
            errors["participant_id"] = .alreadyMember
        }
        guard errors.isEmpty, let person, let role, let joined else { throw errors }
        let member = EnterpriseMember()
        member.$enterprise.id = enterpriseID
        member.$participant.id = try person.requireID()
        member.role = role
        member.joinedOn = joined.iso
        try await UniqueIndex.guarded(answer: FieldErrors(fields: ["participant_id": .alreadyMember])) {
            try await database.writing { db in
                try await member.create(on: db)
                try await Audit.record(.create, member, before: nil, by: .init(principal), at: now, on: db)
            }
        }
        return member
    }

    /// Records (or corrects) an enterprise's revenue for one month since it started.
    static func recordRevenue(
        _ input: RevenueInput,
        of enterprise: Enterprise,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let revenue = errors.amount(input.revenue, "revenue", required: true)
        let typed = input.month.trimmingCharacters(in: .whitespaces)
        let day = ThaiCalendar.parseDay("1/" + typed) ?? ThaiCalendar.parseDay(typed)
        let today = ThaiCalendar.Day.containing(now)
        let month = day.map { String(format: "%04d-%02d", $0.year, $0.month) }
        if typed.isEmpty {
            errors["month"] = .fieldRequired
        } else if let month {
            if month > String(today.iso.prefix(7)) {
                errors["month"] = .invalidDate
            } else if month < String(enterprise.startedOn.prefix(7)) {
                errors.set("month", .beforeRecordStart, enterprise.startedOn)
            }
        } else {
            errors["month"] = .invalidDate
        }
        guard errors.isEmpty, let month, let revenue else { throw errors }
        let enterpriseID = try enterprise.requireID()
        // As for a baseline: of two saves at once, the one the unique index refuses runs again and corrects.
        try await UniqueIndex.checked(otherwise: FieldErrors(fields: ["month": .tryAgain])) {
            try await saveRevenue(enterpriseID, month, revenue, principal, now, database)
        }
    }

    private static func saveRevenue(
        _ enterpriseID: UUID,
        _ month: String,
        _ revenue: Satang,
        _ principal: Principal,
        _ now: Date,
        _ database: any Database
    ) async throws {
        try await database.writing { db in
            let existing = try await EnterpriseQueries.revenue(of: enterpriseID, month: month, on: db)
            let record = existing ?? EnterpriseRevenue()
            let before = existing?.auditSnapshot
            record.$enterprise.id = enterpriseID
            record.month = month
            record.revenueSatang = revenue.value
            try await record.save(on: db)
            try await Audit.record(
                existing == nil ? .create : .update,
                record,
                before: before,
                by: .init(principal),
                at: now,
                on: db
            )
        }
    }
}

extension Enterprises.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("kind", \.kind), ("name", \.name), ("registration_code", \.registrationCode),
            ("juristic_id", \.juristicID), ("occupation_id", \.occupationID), ("products", \.products),
            ("estate_id", \.estateID), ("community_id", \.communityID), ("started_on", \.startedOn),
        ]
    }
}

extension Enterprises.MemberInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [("participant_id", \.participantID), ("role", \.role), ("joined_on", \.joinedOn)]
    }
}

extension Enterprises.RevenueInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [("month", \.month), ("revenue", \.revenue)]
    }
}
