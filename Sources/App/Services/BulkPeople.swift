import Fluent
import FluentPostgresDriver
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
        var id = UUIDText.random()
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
        var participants: [[Value]] = []
        var consents: [[Value]] = []
        var shares: [[Value]] = []
        participants.reserveCapacity(people.count)
        for person in people {
            participants.append(try values(person, vault: vault))
            var sharedWith = Set<UUID>()
            for consent in person.consents {
                consents.append(values(consent, of: person))
                if consent.granted, let recipient = consent.recipient, sharedWith.insert(recipient).inserted {
                    shares.append([.id(person.id), .id(recipient)])
                }
            }
        }
        let tables: [(table: String, columns: [String], rows: [[Value]])] = [
            (Participant.schema, participantColumns, participants), (App.Consent.schema, consentColumns, consents),
            ("participant_shares", ["participant_id", "organisation_id"], shares),
        ]
        // PostgreSQL takes COPY, several times faster than INSERT; SQLite has none, and SQLKit's
        // multi-row INSERT is its fastest way in.
        if let postgres = database as? any PostgresDatabase {
            try await copy(tables, on: postgres)
            return people.count
        }
        let sql = database.sql
        for (table, columns, rows) in tables {
            for chunk in stride(from: 0, to: rows.count, by: rowsPerStatement) {
                try await sql.insert(into: table).columns(columns)
                    .rows(rows[chunk..<min(chunk + rowsPerStatement, rows.count)].map { $0.map(\.expression) }).run()
            }
        }
        return people.count
    }

    /// One column's value, bound on SQLite and written as COPY text on PostgreSQL.
    enum Value: Sendable {
        case null
        case text(String)
        case int(Int64)
        case bool(Bool)
        case time(Date)
        case id(UUID)

        init(_ text: String?) { self = text.map(Value.text) ?? .null }
        init(_ number: Int?) { self = number.map { .int(Int64($0)) } ?? .null }
        init(_ id: UUID?) { self = id.map(Value.id) ?? .null }

        var expression: any SQLExpression {
            switch self {
            case .null: SQLLiteral.null
            case .text(let value): SQLBind(value)
            case .int(let value): SQLBind(value)
            case .bool(let value): SQLBind(value)
            case .time(let value): SQLBind(value)
            case .id(let value): SQLBind(value)
            }
        }

        /// PostgreSQL's COPY text format: `\N` for null, backslash, tab and line breaks escaped.
        func copyText(into out: inout String) {
            switch self {
            case .null: out += "\\N"
            case .int(let value): out += String(value)
            case .bool(let value): out += value ? "t" : "f"
            case .id(let value): out += UUIDText.lowercased(value)
            case .time(let value): out += value.formatted(Self.timestamp)
            case .text(let value):
                guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                    out += value
                    return
                }
                for scalar in value.unicodeScalars {
                    switch scalar {
                    case "\\": out += "\\\\"
                    case "\t": out += "\\t"
                    case "\n": out += "\\n"
                    case "\r": out += "\\r"
                    default: out.unicodeScalars.append(scalar)
                    }
                }
            }
        }

        static let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    }

    /// The person's row in `participantColumns` order: the same values `Participant.apply` sets.
    static func values(_ person: Person, vault: NationalIDVault) throws -> [Value] {
        let fields = person.fields
        let keys = Participant.keys(first: fields.firstNameTh, last: fields.lastNameTh, latinFirst: fields.firstNameEn)
        return [
            .id(person.id), .time(person.createdAt), .time(person.createdAt), Value(person.createdBy),
            .id(person.estate), Value(person.community), .text(fields.prefix), .text(fields.firstNameTh),
            .text(fields.lastNameTh), Value(fields.firstNameEn), Value(fields.lastNameEn),
            .text(fields.gender.rawValue),
            .text(fields.birthDate.iso), Value(try fields.nationalID.map(vault.seal)),
            Value(fields.nationalID.map(vault.blindIndex)), Value(fields.noIDReason), Value(fields.phone),
            Value(fields.houseNo), Value(fields.moo), Value(fields.soi), Value(fields.road),
            .int(Int64(fields.subdistrictCode)), .text(fields.educationLevel.rawValue), Value(fields.priorOccupation),
            .int(fields.baselineIncome.value), Value(fields.disability), Value(fields.notes), .text(keys.sort),
            .text(keys.first), .text(keys.last), Value(keys.latin),
            .text(keys.first + " " + keys.last + "|" + fields.birthDate.iso),
        ]
    }

    static func values(_ consent: Person.Consent, of person: Person) -> [Value] {
        [
            .id(UUIDText.random()), .time(person.createdAt), .id(person.id), .text(consent.purpose.rawValue),
            Value(consent.recipient), .bool(consent.granted), .text(consent.textVersion), .text(consent.givenOn),
            .text(consent.channel.rawValue), Value(consent.recordedBy), .text(consent.recordedByName),
            Value(consent.importID),
        ]
    }

    /// On PostgreSQL: the rows as one `COPY … FROM STDIN` each table, on the transaction's connection.
    private static func copy(
        _ tables: [(table: String, columns: [String], rows: [[Value]])],
        on database: PostgresDatabase
    ) async throws {
        try await database.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                for (table, columns, rows) in tables where !rows.isEmpty {
                    try await connection.copyFrom(table: table, columns: columns, logger: database.logger) { writer in
                        var text = ""
                        text.reserveCapacity(rows.count * 256)
                        // A batch's rows mostly share their times: each is formatted once.
                        var time: (date: Date, text: String)?
                        for row in rows {
                            for (index, value) in row.enumerated() {
                                if index > 0 { text += "\t" }
                                if case .time(let date) = value {
                                    if time?.date != date { time = (date, date.formatted(Value.timestamp)) }
                                    text += time?.text ?? ""
                                } else {
                                    value.copyText(into: &text)
                                }
                            }
                            text += "\n"
                        }
                        try await writer.write(ByteBuffer(string: text))
                    }
                }
            }
        }.get()
    }
}
