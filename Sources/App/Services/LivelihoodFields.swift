import Fluent
import Foundation
import SanfanCore

/// How livelihood forms read amounts, days and people, so every form refuses them alike.
extension FieldErrors {
    /// Baht with at most two decimals, never negative, under a hundred million; nil when blank
    /// (and an error then if `required`).
    mutating func amount(_ text: String, _ field: String, required: Bool = false) -> Satang? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if required { self[field] = .fieldRequired }
            return nil
        }
        guard let amount = Satang.parseBaht(trimmed), amount.value <= 100_000_000_00 else {
            self[field] = .amountInvalid
            return nil
        }
        return amount
    }

    /// A day typed as the forms take it (Buddhist or Christian era), never after `today` nor before
    /// `notBefore` (the record's start); `today` when blank and `defaultsToToday`.
    mutating func day(
        _ text: String,
        _ field: String,
        today: ThaiCalendar.Day,
        notBefore: ThaiCalendar.Day? = nil,
        tooEarly: Phrase = .beforeRecordStart,
        defaultsToToday: Bool = true
    ) -> ThaiCalendar.Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if defaultsToToday { return today }
            self[field] = .fieldRequired
            return nil
        }
        guard let day = ThaiCalendar.parseDay(trimmed), day <= today else {
            self[field] = .invalidDate
            return nil
        }
        if let notBefore, day < notBefore {
            set(field, tooEarly, notBefore.iso)
            return nil
        }
        return day
    }

    /// Text no longer than `limit`, trimmed; an error when required and blank.
    mutating func text(_ text: String, _ field: String, limit: Int = 200, required: Bool = false) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if required, trimmed.isEmpty { self[field] = .fieldRequired }
        // A NUL or another control character would cut the text short on a page or in a file.
        if trimmed.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r"
        }) {
            self[field] = .invalidCharacters
        }
        // Counted as people read it (a Thai letter with its vowel and tone mark is one), but stored
        // scalars are bounded too: a letter carrying thousands of combining marks is one "character".
        if trimmed.count > limit || trimmed.unicodeScalars.count > limit * 4 { set(field, .tooLong, String(limit)) }
        return trimmed
    }

    /// One of an enum's raw values.
    mutating func choice<T: RawRepresentable>(_ text: String, _ field: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            self[field] = text.isEmpty ? .fieldRequired : .unknownChoice
            return nil
        }
        return value
    }
}

enum LivelihoodPeople {
    /// A person the principal may record livelihoods for: visible, and of one of their estates.
    static func reachable(
        _ text: String,
        _ principal: Principal,
        on database: any Database
    ) async throws
        -> Participant?
    {
        guard let id = UUID(uuidString: text),
            let person = try await ParticipantQueries.find(
                id,
                scope: AccessPolicy.recordScope(for: principal),
                on: database
            ), AccessPolicy.canReach(estate: person.$estate.id, principal)
        else { return nil }
        return person
    }

    /// An occupation in the catalogue, by its id as typed.
    static func occupation(_ text: String, on database: any Database) async throws -> UUID? {
        guard let id = UUID(uuidString: text), try await CatalogueQueries.find(Occupation.self, id, on: database) != nil
        else { return nil }
        return id
    }

    /// The day a person joined the registry: no record of theirs is dated before it.
    static func registered(_ person: Participant) -> ThaiCalendar.Day? {
        person.createdAt.map(ThaiCalendar.Day.containing)
    }
}
