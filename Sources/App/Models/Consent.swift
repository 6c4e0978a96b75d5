import Fluent
import Foundation

/// One consent decision: given or refused, for one purpose (and recipient), with its evidence.
/// Append-only: the latest row per purpose and recipient is the one in force.
final class Consent: Model, @unchecked Sendable {
    static let schema = "consents"

    enum Purpose: String, CaseIterable, Codable, Sendable {
        /// Processing for the programme itself (the basis of registration).
        case programme
        /// Disclosure to a certifying body (TPQI, DSD) for assessment.
        case assessment
        /// Disclosure to a partner bank or the credit guarantor.
        case finance
        /// Disclosure to employers.
        case employment
        /// Photos for publicity.
        case publicity
        /// Sensitive data (disability), PDPA s.26.
        case sensitive
    }

    enum Channel: String, CaseIterable, Codable, Sendable {
        case paper
        case inPerson = "in_person"
        case online
        /// A signed paper form, recorded by importing a sheet (`import_id` names the import). Only
        /// an import records it; the forms offer the other three.
        case paperImported = "paper_imported"

        /// The channels a person's form or the API may record.
        static let typed: [Channel] = [.paper, .inPerson, .online]
    }

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "participant_id") var participant: Participant
    @Field(key: "purpose") var purpose: Purpose
    @OptionalParent(key: "recipient_id") var recipient: Organisation?
    @Field(key: "granted") var granted: Bool
    @Field(key: "text_version") var textVersion: String
    /// The day consent was given or refused, ISO.
    @Field(key: "given_on") var givenOn: String
    @Field(key: "channel") var channel: Channel
    @OptionalField(key: "recorded_by") var recordedBy: UUID?
    @Field(key: "recorded_by_name") var recordedByName: String
    @OptionalField(key: "import_id") var importID: UUID?

    init() {}
}
