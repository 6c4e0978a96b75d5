import Fluent
import Foundation
import SanfanCore

/// Sanfan's certificates: one for each pass, with a code anyone can verify, the certifying body's
/// own number when it has one, and revocation and reissue that leave a trail.
enum Certificates {
    /// The issue form: the dates for everyone issued at once, and each person's external number.
    struct IssueInput: Sendable, Decodable {
        var issuedOn = ""
        var expiresOn = ""
        /// Candidate → the certifying body's certificate number, as printed.
        var externalNumbers: [UUID: String] = [:]

        init() {}

        /// The round page's form: `issued_on`, `expires_on`, `external_<candidate id>`.
        init(form: [String: String]) {
            issuedOn = form["issued_on"] ?? ""
            expiresOn = form["expires_on"] ?? ""
            for (name, value) in form where name.hasPrefix("external_") {
                if let id = UUID(uuidString: String(name.dropFirst("external_".count))) { externalNumbers[id] = value }
            }
        }

        /// The API's body: `{"issued_on": …, "expires_on": …, "external_numbers": {"<candidate>": "…"}}`.
        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: FieldKey.self)
            issuedOn = try c.text(FieldKey("issued_on")) ?? ""
            expiresOn = try c.text(FieldKey("expires_on")) ?? ""
            if c.contains(FieldKey("external_numbers")) {
                let numbers = try c.decode([String: String].self, forKey: FieldKey("external_numbers"))
                for (key, value) in numbers {
                    guard let id = UUID(uuidString: key) else {
                        throw FieldErrors(fields: ["external_numbers": .notInRound])
                    }
                    externalNumbers[id] = value
                }
            }
        }
    }

    /// Issues a certificate to everyone in the round who passed and holds none yet. Returns how
    /// many were issued. All or none.
    @discardableResult
    static func issue(
        _ input: IssueInput,
        for round: AssessmentRound,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Int {
        try await Courses.requireOpenCycle(round.$cycle.id, principal, on: database)
        var errors = FieldErrors()
        let (issued, expires) = dates(
            issued: input.issuedOn.isEmpty ? ThaiCalendar.Day.containing(now).iso : input.issuedOn,
            expires: input.expiresOn,
            assessedOn: round.heldOn,
            into: &errors
        )
        let candidates = try await AssessmentQueries.candidates(of: round, on: database)
        let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id!, $0) })
        // Anyone who has had a certificate from this round, even one since revoked, gets no new one
        // here: a correction is a reissue, and a certificate revoked for fraud stays revoked.
        let held = Set(try await CertificateQueries.certificates(of: round, on: database).map(\.$candidate.id))
        var numbers: [UUID: String] = [:]
        for (candidateID, typed) in input.externalNumbers {
            let number = externalNumber(typed)
            guard let candidate = byID[candidateID] else {
                errors["external_numbers"] = .notInRound
                continue
            }
            guard !number.isEmpty else { continue }
            if number.count > 100 { errors.set("external_\(candidateID.uuidString.lowercased())", .tooLong, "100") }
            if candidate.overall != .passed { errors["external_numbers"] = .notPassed }
            numbers[candidateID] = number
        }
        let duplicates = Dictionary(grouping: numbers.values, by: { $0 }).filter { $0.value.count > 1 }.keys
        for (candidateID, number) in numbers where duplicates.contains(number) {
            errors.set("external_\(candidateID.uuidString.lowercased())", .externalNumberTaken, number)
        }
        for (candidateID, number) in numbers
        where try await CertificateQueries.externalNumberTaken(number, body: round.body, on: database) {
            errors.set("external_\(candidateID.uuidString.lowercased())", .externalNumberTaken, number)
        }
        guard errors.isEmpty, let issued else { throw errors }
        let passed = candidates.filter { $0.overall == .passed && !held.contains($0.id!) }
        guard !passed.isEmpty else { throw FieldErrors(fields: ["issued_on": .nobodyToCertify]) }
        let occupation = try await round.$occupation.get(on: database)
        let units = try await CatalogueQueries.units(of: occupation.requireID(), on: database)
        let unitText = UnitsOfCompetency.write(units.map { .init(code: $0.code, name: $0.nameTh) })
        let actor = Audit.Actor(principal)
        let chosen = numbers
        let expiry = expires
        let roundID = try round.requireID()
        try await UniqueIndex.guarded(answer: .one("external_numbers", .externalNumberTaken, "—")) {
            try await database.writing { db in
                // Checked again inside the write: two "issue" forms sent together give one
                // certificate each, not two. (SQLite's writes queue; PostgreSQL's lock the round.)
                try await db.lock(key: "certificates:round:\(roundID)")
                let since = Set(try await CertificateQueries.certificates(of: round, on: db).map(\.$candidate.id))
                guard since.isDisjoint(with: passed.compactMap(\.id)) else {
                    throw FieldErrors(fields: ["issued_on": .nobodyToCertify])
                }
                for candidate in passed {
                    let certificate = Certificate()
                    certificate.code = try await freshCode(on: db)
                    certificate.$candidate.id = try candidate.requireID()
                    certificate.$participant.id = candidate.$participant.id
                    certificate.$round.id = try round.requireID()
                    certificate.$estate.id = round.$estate.id
                    certificate.body = round.body
                    certificate.standardName = occupation.standardName ?? occupation.nameTh
                    certificate.standardLevel = occupation.standardLevel ?? ""
                    certificate.units = unitText
                    certificate.externalNumber = chosen[try candidate.requireID()]
                    certificate.issuedOn = issued.iso
                    certificate.expiresOn = expiry?.iso
                    try await certificate.create(on: db)
                    try await Audit.record(.create, certificate, before: nil, by: actor, at: now, on: db)
                }
            }
        }
        return passed.count
    }

    /// A certificate's dates as typed: the issue date (not before the assessment) and an optional
    /// expiry (after the issue), each refusal beside its field.
    static func dates(
        issued typedIssue: String,
        expires typedExpiry: String,
        assessedOn: String,
        into errors: inout FieldErrors
    ) -> (issued: ThaiCalendar.Day?, expires: ThaiCalendar.Day?) {
        let issued = ThaiCalendar.parseDay(typedIssue)
        if issued == nil { errors["issued_on"] = .invalidDate }
        var expires: ThaiCalendar.Day?
        if !typedExpiry.trimmingCharacters(in: .whitespaces).isEmpty {
            expires = ThaiCalendar.parseDay(typedExpiry)
            if expires == nil { errors["expires_on"] = .invalidDate }
        }
        if let issued, errors["issued_on"] == nil, errors["expires_on"] == nil,
            let assessed = ThaiCalendar.Day(iso: assessedOn)
        {
            switch AssessmentRules.checkDates(assessedOn: assessed, issuedOn: issued, expiresOn: expires) {
            case .issuedBeforeAssessment: errors["issued_on"] = .issuedBeforeAssessment
            case .expiresBeforeIssue: errors["expires_on"] = .expiresBeforeIssue
            case nil: break
            }
        }
        return (issued, expires)
    }

    /// A certifying body's number as Sanfan keeps it: Thai digits as Arabic, Latin letters in
    /// capitals, no invisible characters, single spaces; so `ext-a1` and `EXT-A1` are one number.
    static func externalNumber(_ typed: String) -> String {
        ThaiText.normalise(typed).uppercased()
    }

    /// A code no certificate has yet. At 55 random bits a clash is all but impossible; checking
    /// costs one indexed lookup.
    static func freshCode(on database: any Database) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let code = VerificationCode.make(using: &generator).characters
            if try await CertificateQueries.find(code: code, on: database) == nil { return code }
        }
    }

    struct RevokeInput: TypedInput {
        var reason = ""
        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] { [("reason", \.reason)] }
    }

    /// Revokes a certificate from today, for one of the reasons the verify page may name.
    static func revoke(
        _ certificate: Certificate,
        _ input: RevokeInput,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        guard let reason = RevocationReason(rawValue: input.reason) else {
            throw FieldErrors(fields: ["reason": .unknownChoice])
        }
        guard certificate.revokedOn == nil else { throw FieldErrors(fields: ["reason": .alreadyRevoked]) }
        let before = certificate.auditSnapshot
        certificate.revokedOn = ThaiCalendar.Day.containing(now).iso
        certificate.revokedReason = reason
        try await database.writing { db in
            try await certificate.save(on: db)
            try await Audit.record(.update, certificate, before: before, by: .init(principal), at: now, on: db)
        }
    }

    struct ReissueInput: TypedInput {
        var externalNumber = ""
        var issuedOn = ""
        var expiresOn = ""
        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
            [("external_number", \.externalNumber), ("issued_on", \.issuedOn), ("expires_on", \.expiresOn)]
        }

        init() {}

        init(stored certificate: Certificate) {
            externalNumber = certificate.externalNumber ?? ""
            issuedOn = certificate.issuedOn
            expiresOn = certificate.expiresOn ?? ""
        }
    }

    /// A corrected certificate: the old one is revoked (correction) and points to the new one,
    /// which has a new code. Returns the new certificate.
    static func reissue(
        _ old: Certificate,
        _ input: ReissueInput,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Certificate {
        guard old.revokedOn == nil else { throw FieldErrors(fields: ["reason": .alreadyRevoked]) }
        let round = try await old.$round.get(on: database)
        try await Courses.requireOpenCycle(round.$cycle.id, principal, on: database)
        guard try await old.$candidate.get(on: database).overall == .passed else {
            throw FieldErrors(fields: ["issued_on": .notPassed])
        }
        var errors = FieldErrors()
        let (issued, expires) = dates(
            issued: input.issuedOn,
            expires: input.expiresOn,
            assessedOn: round.heldOn,
            into: &errors
        )
        let number = externalNumber(input.externalNumber)
        if number.count > 100 { errors.set("external_number", .tooLong, "100") }
        if !number.isEmpty, number != old.externalNumber,
            try await CertificateQueries.externalNumberTaken(number, body: old.body, on: database)
        {
            errors.set("external_number", .externalNumberTaken, number)
        }
        guard errors.isEmpty, let issued else { throw errors }
        let fresh = Certificate()
        fresh.$candidate.id = old.$candidate.id
        fresh.$participant.id = old.$participant.id
        fresh.$round.id = old.$round.id
        fresh.$estate.id = old.$estate.id
        fresh.body = old.body
        fresh.standardName = old.standardName
        fresh.standardLevel = old.standardLevel
        fresh.units = old.units
        fresh.issuedOn = issued.iso
        fresh.expiresOn = expires?.iso
        let before = old.auditSnapshot
        let actor = Audit.Actor(principal)
        try await database.writing { db in
            fresh.code = try await freshCode(on: db)
            // The old number moves to the new certificate: release it first, then take it again.
            old.externalNumber = nil
            old.revokedOn = ThaiCalendar.Day.containing(now).iso
            old.revokedReason = .correction
            try await old.save(on: db)
            fresh.externalNumber = number.isEmpty ? nil : number
            try await fresh.create(on: db)
            old.replacedBy = try fresh.requireID()
            try await old.save(on: db)
            try await Audit.record(.update, old, before: before, by: actor, at: now, on: db)
            try await Audit.record(.create, fresh, before: nil, by: actor, at: now, on: db)
        }
        return fresh
    }
}
