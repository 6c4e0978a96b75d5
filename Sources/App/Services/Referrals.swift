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
        let person = try await LivelihoodPeople.reachable(input.participantID, principal, on: database)
        if person == nil { errors["participant_id"] = .unknownChoice }
        let bank = try await CatalogueQueries.activeOrganisation(
            input.bankID,
            { $0.kind.part == .lender },
            on: database
        )
        if bank == nil { errors["bank_id"] = .unknownChoice }
        let purpose = ReferralPurpose(rawValue: input.purpose)
        if purpose == nil { errors["purpose"] = .unknownChoice }
        let amount = errors.amount(input.amountSought, "amount_sought") ?? Satang(0)
        // Not before the person was on the registry: dates stay within the record's life.
        let day = errors.day(
            input.referredOn,
            "referred_on",
            today: ThaiCalendar.Day.containing(now),
            notBefore: person.flatMap(LivelihoodPeople.registered),
            tooEarly: .beforeRegistration
        )
        let notes = errors.text(input.notes, "notes", limit: 500)
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
