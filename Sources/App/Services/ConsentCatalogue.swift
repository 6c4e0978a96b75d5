import Fluent
import Foundation
import SQLKit
import SanfanCore

/// What a person can consent to: one item per purpose, and per recipient where the purpose is a
/// disclosure (PDPA s.27: sharing with each bank or certifying body is its own decision).
struct ConsentItem: Sendable, Equatable {
    let purpose: Consent.Purpose
    let recipientID: UUID?
    let recipientCode: String?
    let recipientNameTh: String?
    let recipientNameEn: String?

    /// `programme`, `finance:GSB`: the form's value and the API's name for the item.
    var key: String { recipientCode.map { "\(purpose.rawValue):\($0)" } ?? purpose.rawValue }
}

enum ConsentCatalogue {
    /// The versions of the consent text people sign, each with the day it came into use. The form
    /// prints the newest; each decision stores the one in use on the day it was given.
    static let textVersions: [(version: String, since: String)] = [
        ("TH-2562.1", "2018-10-01"), ("TH-2569.1", "2025-10-01"),
    ]

    /// The version printed on forms and stored with decisions recorded now.
    static var textVersion: String { textVersions.last!.version }

    /// The version in use on `day`.
    static func textVersion(on day: ThaiCalendar.Day) -> String {
        textVersions.last { $0.since <= day.iso }?.version ?? textVersions[0].version
    }

    static func items(on database: any Database) async throws -> [ConsentItem] {
        let organisations = try await CatalogueQueries.recipients(on: database)
        func recipients(
            _ purpose: Consent.Purpose,
            _ kinds: Set<Organisation.Kind>,
            codes: Set<String> = []
        ) -> [ConsentItem] {
            organisations.filter { ($0.kind.map(kinds.contains) ?? false) || codes.contains($0.code) }.map {
                ConsentItem(
                    purpose: purpose,
                    recipientID: $0.id,
                    recipientCode: $0.code,
                    recipientNameTh: $0.nameTh,
                    recipientNameEn: $0.nameEn
                )
            }
        }
        func plain(_ purpose: Consent.Purpose) -> ConsentItem {
            ConsentItem(
                purpose: purpose,
                recipientID: nil,
                recipientCode: nil,
                recipientNameTh: nil,
                recipientNameEn: nil
            )
        }
        return [plain(.programme)] + recipients(.assessment, [.certifyingBody], codes: ["DSD"])
            + recipients(.finance, [.bank, .guarantor]) + [plain(.employment), plain(.publicity), plain(.sensitive)]
    }

    /// The decision in force for each item key.
    static func current(for participantID: UUID, on database: any Database) async throws -> [String: Consent] {
        var latest: [String: Consent] = [:]
        for (consent, recipientCode) in try await ParticipantQueries.consents(of: participantID, on: database) {
            let key = recipientCode.map { "\(consent.purpose.rawValue):\($0)" } ?? consent.purpose.rawValue
            latest[key] = consent
        }
        return latest
    }

    struct Evidence: Sendable {
        let channel: Consent.Channel
        let givenOn: ThaiCalendar.Day
        let recordedBy: Audit.Actor
        /// The import that recorded the decision, if one did.
        var importID: UUID? = nil
    }

    /// Records a decision for each item whose state changes (every item at registration), keeps the
    /// shares table in step, and audits. Call inside the transaction that changes the person.
    static func record(
        granted: Set<String>,
        for participant: Participant,
        items: [ConsentItem],
        evidence: Evidence,
        previous: [String: Consent],
        at date: Date,
        on database: any Database
    ) async throws {
        let participantID = try participant.requireID()
        var changes: [String: String] = [:]
        for item in items {
            let wanted = granted.contains(item.key)
            if let before = previous[item.key], before.granted == wanted { continue }
            let consent = Consent()
            consent.$participant.id = participantID
            consent.purpose = item.purpose
            consent.$recipient.id = item.recipientID
            consent.granted = wanted
            consent.textVersion = textVersion
            consent.givenOn = evidence.givenOn.iso
            consent.channel = evidence.channel
            consent.recordedBy = evidence.recordedBy.id
            consent.recordedByName = evidence.recordedBy.username
            consent.importID = evidence.importID
            try await consent.create(on: database)
            changes[item.key] = wanted ? "given" : "refused"
        }
        guard !changes.isEmpty else { return }
        try await rebuildShares(participantID, items: items, granted: granted, on: database)
        try await Audit.record(
            .update,
            entity: "consent",
            id: participantID.uuidString.lowercased(),
            before: previous.mapValues { $0.granted ? "given" : "refused" }.filter { changes[$0.key] != nil },
            after: changes.merging(["channel": evidence.channel.rawValue, "text_version": textVersion]) { $1 },
            by: evidence.recordedBy,
            at: date,
            on: database
        )
    }

    /// One row per organisation the person currently shares with: what a partner's scope reads.
    private static func rebuildShares(
        _ participantID: UUID,
        items: [ConsentItem],
        granted: Set<String>,
        on database: any Database
    ) async throws {
        let sql = database.sql
        try await sql.delete(from: "participant_shares").where("participant_id", .equal, SQLBind(participantID)).run()
        let organisations = Set(items.filter { granted.contains($0.key) }.compactMap(\.recipientID))
        guard !organisations.isEmpty else { return }
        try await sql.insert(into: "participant_shares").columns("participant_id", "organisation_id")
            .rows(organisations.map { [SQLBind(participantID), SQLBind($0)] }).run()
    }
}
