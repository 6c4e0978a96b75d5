import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Registering and changing people: validation, duplicates, consent, encryption and audit in one
/// transaction, so a refused or failed submission leaves nothing behind.
enum Registry {
    struct Dependencies: Sendable {
        let vault: NationalIDVault
        let clock: Clock
        let bands: AgeBands
    }

    /// Everything a registration submits besides the person's own fields.
    struct Submission: Sendable {
        var input = ParticipantInput()
        var estateID = ""
        var communityID = ""
        var consents: Set<String> = []
        var consentChannel = Consent.Channel.paper.rawValue
        var consentDate = ""
        /// The officer confirmed that a same-name, same-birthday record is a different person.
        var confirmDuplicate = false
        /// The sheet this person came from (`PeopleImport`): their consents are the signed paper
        /// forms the importing officer confirmed.
        var importID: UUID? = nil
    }

    /// Same name and birth date as someone already registered, and no ID to tell them apart.
    struct PossibleDuplicate: Error, Sendable {
        let estateNames: [String]
    }

    static func register(
        _ submission: Submission,
        by principal: Principal,
        deps: Dependencies,
        on database: any Database
    ) async throws -> Participant {
        try await UniqueIndex.checked(otherwise: .one("national_id", .nationalIDAlreadyRegistered, "—")) {
            try await registerOnce(submission, by: principal, deps: deps, on: database)
        }
    }

    /// One attempt; see the wrapper above.
    private static func registerOnce(
        _ submission: Submission,
        by principal: Principal,
        deps: Dependencies,
        on database: any Database
    ) async throws -> Participant {
        let (fields, placement, evidence) = try await validate(submission, by: principal, deps: deps, on: database)
        let items = try await ConsentCatalogue.items(on: database)
        let checkDuplicate = fields.nationalID == nil && !submission.confirmDuplicate

        let participant = Participant()
        participant.id = UUID()
        participant.$estate.id = placement.estate
        participant.$community.id = placement.community
        participant.createdBy = principal.userID
        try participant.apply(fields, vault: deps.vault)
        let actor = Audit.Actor(principal)
        try await database.writing { [fields] db in
            // Checked inside the write, so two identical forms sent together cannot both pass it.
            if checkDuplicate { try await checkNameAndBirthDate(fields, excluding: nil, on: db) }
            try await participant.create(on: db)
            try await Audit.record(.create, participant, before: nil, by: actor, at: deps.clock.now(), on: db)
            try await ConsentCatalogue.record(
                granted: submission.consents,
                for: participant,
                items: items,
                evidence: evidence,
                previous: [:],
                at: deps.clock.now(),
                on: db
            )
        }
        return participant
    }

    /// Every check `register` makes before it writes, writing nothing: throws `FieldErrors` or
    /// `PossibleDuplicate` as `register` would. An import checks each row with it (`PeopleImport`).
    @discardableResult
    static func validate(
        _ submission: Submission,
        by principal: Principal,
        deps: Dependencies,
        checkingDuplicates: Bool = false,
        lookups: (any RegistryLookups)? = nil,
        checked: ParticipantFields? = nil,
        on database: any Database
    ) async throws -> (ParticipantFields, (estate: UUID, community: UUID?), ConsentCatalogue.Evidence) {
        let lookups = lookups ?? DatabaseLookups(database: database)
        let today = ThaiCalendar.Day.containing(deps.clock.now())
        var errors = FieldErrors()
        // `checked`: the same rules' answer for this input, when a batch needed it first for its keys.
        let fields = checked ?? validateFields(submission.input, today: today, bands: deps.bands, into: &errors)
        let placement = try await validatePlacement(submission, principal: principal, into: &errors, lookups: lookups)
        if let fields {
            try await validateReferences(fields, excluding: nil, deps: deps, into: &errors, lookups: lookups)
        }
        let evidence = consentEvidence(submission, principal: principal, today: today, into: &errors)
        if !submission.consents.contains(Consent.Purpose.programme.rawValue) {
            errors["consents"] = .consentProgrammeRequired
        }
        if fields?.disability != nil && !submission.consents.contains(Consent.Purpose.sensitive.rawValue) {
            errors["disability"] = .disabilityNeedsConsent
        }
        guard errors.isEmpty, let fields, let placement, let evidence else { throw errors }
        if checkingDuplicates, fields.nationalID == nil, !submission.confirmDuplicate {
            let estates = try await lookups.estatesHolding(duplicateKey: duplicateKey(fields), except: nil)
            if !estates.isEmpty { throw PossibleDuplicate(estateNames: Array(Set(estates)).sorted()) }
        }
        return (fields, placement, evidence)
    }

    static func update(
        _ participant: Participant,
        with submission: Submission,
        by principal: Principal,
        deps: Dependencies,
        on database: any Database
    ) async throws {
        var submission = submission
        try submission.keepingNationalID(of: participant, vault: deps.vault)
        try await UniqueIndex.checked(otherwise: .one("national_id", .nationalIDAlreadyRegistered, "—")) {
            try await updateOnce(participant, with: submission, by: principal, deps: deps, on: database)
        }
    }

    /// One attempt; see the wrapper above.
    private static func updateOnce(
        _ participant: Participant,
        with submission: Submission,
        by principal: Principal,
        deps: Dependencies,
        on database: any Database
    ) async throws {
        let today = ThaiCalendar.Day.containing(deps.clock.now())
        var errors = FieldErrors()
        let fields = validateFields(submission.input, today: today, bands: deps.bands, into: &errors)
        let lookups = DatabaseLookups(database: database)
        let placement = try await validatePlacement(submission, principal: principal, into: &errors, lookups: lookups)
        if let fields {
            try await validateReferences(fields, excluding: participant.id, deps: deps, into: &errors, lookups: lookups)
        }
        let consents = try await ConsentCatalogue.current(for: try participant.requireID(), on: database)
        if fields?.disability != nil && consents[Consent.Purpose.sensitive.rawValue]?.granted != true {
            errors["disability"] = .disabilityNeedsConsent
        }
        guard errors.isEmpty, let fields, let placement else { throw errors }
        let checkDuplicate = fields.nationalID == nil && !submission.confirmDuplicate
        let before = participant.auditSnapshot
        participant.$estate.id = placement.estate
        participant.$community.id = placement.community
        try participant.apply(fields, vault: deps.vault)
        let id = participant.id
        try await database.writing { [fields] db in
            if checkDuplicate { try await checkNameAndBirthDate(fields, excluding: id, on: db) }
            try await participant.save(on: db)
            try await Audit.record(
                .update,
                participant,
                before: before,
                by: Audit.Actor(principal),
                at: deps.clock.now(),
                on: db
            )
        }
    }

    /// Gives or withdraws consent items. Withdrawing sensitive-data consent erases the data at once.
    static func setConsents(
        _ granted: Set<String>,
        for participant: Participant,
        channel: Consent.Channel,
        by principal: Principal,
        deps: Dependencies,
        on database: any Database
    ) async throws {
        let items = try await ConsentCatalogue.items(on: database)
        let previous = try await ConsentCatalogue.current(for: try participant.requireID(), on: database)
        var errors = FieldErrors()
        let unknown = granted.subtracting(items.map(\.key))
        if !unknown.isEmpty { errors["consents"] = .unknownChoice }
        guard errors.isEmpty else { throw errors }
        let evidence = ConsentCatalogue.Evidence(
            channel: channel,
            givenOn: .containing(deps.clock.now()),
            recordedBy: Audit.Actor(principal)
        )
        try await database.writing { db in
            if !granted.contains(Consent.Purpose.sensitive.rawValue), participant.disability != nil {
                let before = participant.auditSnapshot
                participant.disability = nil
                try await participant.save(on: db)
                try await Audit.record(
                    .update,
                    participant,
                    before: before,
                    by: Audit.Actor(principal),
                    at: deps.clock.now(),
                    on: db
                )
            }
            try await ConsentCatalogue.record(
                granted: granted,
                for: participant,
                items: items,
                evidence: evidence,
                previous: previous,
                at: deps.clock.now(),
                on: db
            )
        }
    }

    // MARK: - Checks

    static func validateFields(
        _ input: ParticipantInput,
        today: ThaiCalendar.Day,
        bands: AgeBands,
        into errors: inout FieldErrors
    ) -> ParticipantFields? {
        switch ParticipantRules.validate(input, today: today, bands: bands) {
        case .success(let fields): return fields
        case .failure(let problems):
            for (field, problem) in problems.fields {
                let (phrase, arguments) = message(for: problem)
                errors.fields[field] = .init(phrase: phrase, arguments: arguments)
            }
            return nil
        }
    }

    private static func validatePlacement(
        _ submission: Submission,
        principal: Principal,
        into errors: inout FieldErrors,
        lookups: any RegistryLookups
    ) async throws -> (estate: UUID, community: UUID?)? {
        guard let estateID = UUID(uuidString: submission.estateID), try await lookups.estateExists(estateID) else {
            errors["estate_id"] = submission.estateID.isEmpty ? .fieldRequired : .unknownChoice
            return nil
        }
        guard AccessPolicy.canReach(estate: estateID, principal) else {
            errors["estate_id"] = .estateOutOfScope
            return nil
        }
        guard !submission.communityID.isEmpty else { return (estateID, nil) }
        guard let communityID = UUID(uuidString: submission.communityID),
            try await lookups.community(communityID, isIn: estateID)
        else {
            errors["community_id"] = .communityNotInEstate
            return nil
        }
        return (estateID, communityID)
    }

    private static func validateReferences(
        _ fields: ParticipantFields,
        excluding id: UUID?,
        deps: Dependencies,
        into errors: inout FieldErrors,
        lookups: any RegistryLookups
    ) async throws {
        if try await !lookups.subdistrictExists(fields.subdistrictCode) {
            errors["subdistrict_code"] = .unknownSubdistrict
        }
        guard let nationalID = fields.nationalID else { return }
        // Name the estate, never the person: the officer may have no access to that record.
        if let estate = try await lookups.estateHolding(nationalIDIndex: deps.vault.blindIndex(nationalID), except: id)
        {
            errors.set("national_id", .nationalIDAlreadyRegistered, estate)
        }
    }

    private static func checkNameAndBirthDate(
        _ fields: ParticipantFields,
        excluding id: UUID?,
        on database: any Database
    ) async throws {
        let duplicateKey = duplicateKey(fields)
        // On PostgreSQL, registrations of one name and birth date queue here across app servers.
        try await database.lock(key: "registry:person:" + duplicateKey)
        let estates = try await ParticipantQueries.estatesHolding(duplicateKey: duplicateKey, except: id, on: database)
        if !estates.isEmpty { throw PossibleDuplicate(estateNames: Array(Set(estates)).sorted()) }
    }

    /// The normalised name and birth date two registrations of one person share.
    static func duplicateKey(_ fields: ParticipantFields) -> String {
        let keys = Participant.keys(first: fields.firstNameTh, last: fields.lastNameTh, latinFirst: nil)
        return keys.first + " " + keys.last + "|" + fields.birthDate.iso
    }

    private static func consentEvidence(
        _ submission: Submission,
        principal: Principal,
        today: ThaiCalendar.Day,
        into errors: inout FieldErrors
    ) -> ConsentCatalogue.Evidence? {
        // Only an import records consent as imported from paper.
        guard let channel = Consent.Channel(rawValue: submission.consentChannel),
            Consent.Channel.typed.contains(channel) || submission.importID != nil
        else {
            errors["consent_channel"] = .unknownChoice
            return nil
        }
        var day = today
        if !submission.consentDate.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let typed = ThaiCalendar.parseDay(submission.consentDate), typed <= today else {
                errors["consent_date"] = .invalidDate
                return nil
            }
            day = typed
        }
        return .init(channel: channel, givenOn: day, recordedBy: Audit.Actor(principal), importID: submission.importID)
    }

    static func message(for problem: ParticipantRules.Problem) -> (Phrase, [String]) {
        switch problem {
        case .required: (.fieldRequired, [])
        case .tooLong(let max): (.tooLong, [String(max)])
        case .notAChoice: (.unknownChoice, [])
        case .invalidDate: (.invalidDate, [])
        case .yearOutOfRange: (.yearOutOfRange, [])
        case .bornInTheFuture: (.bornInTheFuture, [])
        case .tooYoung(let age): (.tooYoung, [String(age)])
        case .tooOld: (.tooOld, [])
        case .nationalID(.wrongCheckDigit): (.nationalIDCheckDigit, [])
        case .nationalID(.noSuchCategory): (.nationalIDCategory, [])
        case .nationalID(.wrongLength(let count)): (.nationalIDLength, [String(count)])
        case .nationalID(.notDigits), .nationalID(.empty): (.nationalIDDigits, [])
        case .idOrReasonRequired: (.nationalIDOrReason, [])
        case .phone(.notDigits): (.phoneDigits, [])
        case .phone(.wrongLength): (.phoneLength, [])
        case .notANumber: (.notANumber, [])
        case .amountInvalid: (.amountInvalid, [])
        }
    }
}
