import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The one fast path into the registry: people checked already (by `Registry.validate`, or made by
/// the synthetic generator) written as multi-row `INSERT`s through SQLKit, hundreds of rows a
/// statement. The import, `sanfan import people`, `sanfan demo --people N` and `sanfan bench` all
/// write through here. Call it inside the caller's transaction: it never opens one, so an import is
/// all or nothing however many batches it takes.
enum BulkPeople {
    /// One person and their consent decisions, every column computed.
    struct Person: Sendable {
        var id = UUID()
        var createdAt: Date
        var createdBy: UUID?
        var estate: UUID
        var community: UUID?
        var fields: ParticipantFields
        var consents: [Consent] = []

        struct Consent: Sendable {
            let purpose: App.Consent.Purpose
            let recipient: UUID?
            let granted: Bool
            let textVersion: String
            let givenOn: String
            let channel: App.Consent.Channel
            let recordedBy: UUID?
            let recordedByName: String
            var importID: UUID? = nil
        }
    }

    static let participantColumns = [
        "id", "created_at", "updated_at", "created_by", "estate_id", "community_id", "prefix", "first_name_th",
        "last_name_th", "first_name_en", "last_name_en", "gender", "birth_date", "national_id_sealed",
        "national_id_index", "no_id_reason", "phone", "house_no", "moo", "soi", "road", "subdistrict_code",
        "education_level", "prior_occupation", "baseline_income_satang", "disability", "notes", "sort_key",
        "first_name_key", "last_name_key", "latin_name_key", "duplicate_key",
    ]
    static let consentColumns = [
        "id", "created_at", "participant_id", "purpose", "recipient_id", "granted", "text_version", "given_on",
        "channel", "recorded_by", "recorded_by_name", "import_id",
    ]
    /// Rows per statement: under SQLite's 32,766 bound values, and PostgreSQL's 65,535.
    static let rowsPerStatement = 500

    /// Inserts the people, their consents and their partner shares. Returns how many people.
    @discardableResult
    static func insert(_ people: [Person], vault: NationalIDVault, on database: any Database) async throws -> Int {
        let sql = database.sql
        var participants: [[any SQLExpression]] = []
        var consents: [[any SQLExpression]] = []
        var shares: [[any SQLExpression]] = []
        participants.reserveCapacity(people.count)
        for person in people {
            participants.append(try row(person, vault: vault))
            var sharedWith = Set<UUID>()
            for consent in person.consents {
                consents.append([
                    SQLBind(UUID()), SQLBind(person.createdAt), SQLBind(person.id), SQLBind(consent.purpose.rawValue),
                    SQLBind(consent.recipient), SQLBind(consent.granted), SQLBind(consent.textVersion),
                    SQLBind(consent.givenOn), SQLBind(consent.channel.rawValue), SQLBind(consent.recordedBy),
                    SQLBind(consent.recordedByName), SQLBind(consent.importID),
                ])
                if consent.granted, let recipient = consent.recipient, sharedWith.insert(recipient).inserted {
                    shares.append([SQLBind(person.id), SQLBind(recipient)])
                }
            }
        }
        for chunk in stride(from: 0, to: participants.count, by: rowsPerStatement) {
            try await sql.insert(into: Participant.schema).columns(participantColumns)
                .rows(Array(participants[chunk..<min(chunk + rowsPerStatement, participants.count)])).run()
        }
        for chunk in stride(from: 0, to: consents.count, by: rowsPerStatement) {
            try await sql.insert(into: App.Consent.schema).columns(consentColumns)
                .rows(Array(consents[chunk..<min(chunk + rowsPerStatement, consents.count)])).run()
        }
        for chunk in stride(from: 0, to: shares.count, by: rowsPerStatement) {
            try await sql.insert(into: "participant_shares").columns("participant_id", "organisation_id")
                .rows(Array(shares[chunk..<min(chunk + rowsPerStatement, shares.count)])).run()
        }
        return people.count
    }

    /// The person's row in `participantColumns` order: the same values `Participant.apply` sets.
    static func row(_ person: Person, vault: NationalIDVault) throws -> [any SQLExpression] {
        let fields = person.fields
        let keys = Participant.keys(first: fields.firstNameTh, last: fields.lastNameTh, latinFirst: fields.firstNameEn)
        return [
            SQLBind(person.id), SQLBind(person.createdAt), SQLBind(person.createdAt), SQLBind(person.createdBy),
            SQLBind(person.estate), SQLBind(person.community), SQLBind(fields.prefix), SQLBind(fields.firstNameTh),
            SQLBind(fields.lastNameTh), SQLBind(fields.firstNameEn), SQLBind(fields.lastNameEn),
            SQLBind(fields.gender.rawValue), SQLBind(fields.birthDate.iso),
            SQLBind(try fields.nationalID.map(vault.seal)), SQLBind(fields.nationalID.map(vault.blindIndex)),
            SQLBind(fields.noIDReason), SQLBind(fields.phone), SQLBind(fields.houseNo), SQLBind(fields.moo),
            SQLBind(fields.soi), SQLBind(fields.road), SQLBind(fields.subdistrictCode),
            SQLBind(fields.educationLevel.rawValue), SQLBind(fields.priorOccupation),
            SQLBind(fields.baselineIncome.value), SQLBind(fields.disability), SQLBind(fields.notes),
            SQLBind(keys.sort), SQLBind(keys.first), SQLBind(keys.last), SQLBind(keys.latin),
            SQLBind(keys.first + " " + keys.last + "|" + fields.birthDate.iso),
        ]
    }
}
