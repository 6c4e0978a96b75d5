import Fluent
import Foundation
import SanfanCore

/// Referring people to partner banks. A referral needs the person's current consent to share with
/// that bank; the bank then sees the person (through the consent's share) for as long as the
/// consent stands.
enum Referrals {
    struct Input: Sendable {
        var participantID = ""
        var bankID = ""
        var purpose = ""
        var amountSought = ""
        var referredOn = ""
        var notes = ""
        /// An enterprise the person belongs to, when the referral is for it.
        var enterpriseID = ""
    }

    static func refer(
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Referral {
        var errors = FieldErrors()
        let person =
            try await UUID(uuidString: input.participantID).asyncMap {
                try await ParticipantQueries.find($0, scope: AccessPolicy.recordScope(for: principal), on: database)
            } ?? nil
        if person == nil || !AccessPolicy.canReach(estate: person!.$estate.id, principal) {
            errors["participant_id"] = .unknownChoice
        }
        let bank =
            try await UUID(uuidString: input.bankID).asyncMap {
                try await CatalogueQueries.find(Organisation.self, $0, on: database)
            } ?? nil
        if bank == nil || bank?.kind.part != .lender || bank?.isActive != true { errors["bank_id"] = .unknownChoice }
        let purpose = ReferralPurpose(rawValue: input.purpose)
        if purpose == nil { errors["purpose"] = .unknownChoice }
        var amount = Satang(0)
        if !input.amountSought.trimmingCharacters(in: .whitespaces).isEmpty {
            if let parsed = Satang.parseBaht(input.amountSought), parsed.value <= 100_000_000_00 {
                amount = parsed
            } else {
                errors["amount_sought"] = .amountInvalid
            }
        }
        let today = ThaiCalendar.Day.containing(now)
        let typed = !input.referredOn.trimmingCharacters(in: .whitespaces).isEmpty
        let day = typed ? ThaiCalendar.parseDay(input.referredOn) : today
        if day == nil || day! > today {
            errors["referred_on"] = .invalidDate
        } else if typed, let person, let registered = person.createdAt, day! < ThaiCalendar.Day.containing(registered) {
            // Not before the person was on the registry: dates stay within the record's life.
            errors["referred_on"] = .beforeRegistration
        }
        let notes = input.notes.trimmingCharacters(in: .whitespacesAndNewlines)
        if notes.count > 500 { errors.set("notes", .tooLong, "500") }
        var enterprise: UUID?
        if !input.enterpriseID.isEmpty, let person {
            enterprise = UUID(uuidString: input.enterpriseID)
            let personID = try person.requireID()
            let member =
                try await enterprise.asyncMap { try await EnterpriseQueries.isMember(personID, of: $0, on: database) }
                ?? false
            if !member { errors["enterprise_id"] = .unknownChoice }
        }
        if errors.isEmpty, let person, let bank {
            let consents = try await ConsentCatalogue.current(for: person.requireID(), on: database)
            if consents["\(Consent.Purpose.finance.rawValue):\(bank.code)"]?.granted != true {
                errors.set("bank_id", .noFinanceConsent, person.displayName, bank.shortName)
            }
        }
        guard errors.isEmpty, let person, let bank, let purpose, let day else { throw errors }
        let referral = Referral()
        referral.$participant.id = try person.requireID()
        referral.$estate.id = person.$estate.id
        referral.$bank.id = try bank.requireID()
        referral.$enterprise.id = enterprise
        referral.purpose = purpose
        referral.amountSoughtSatang = amount.value
        referral.referredOn = day.iso
        referral.notes = notes.isEmpty ? nil : notes
        referral.referredBy = principal.userID
        try await database.writing { db in
            try await referral.create(on: db)
            try await Audit.record(.create, referral, before: nil, by: .init(principal), at: now, on: db)
        }
        return referral
    }
}

extension Referrals.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("participant_id", \.participantID), ("bank_id", \.bankID), ("purpose", \.purpose),
            ("amount_sought", \.amountSought), ("referred_on", \.referredOn), ("notes", \.notes),
            ("enterprise_id", \.enterpriseID),
        ]
    }
}
