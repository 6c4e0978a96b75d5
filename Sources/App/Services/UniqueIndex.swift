import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Writes guarded by a unique index as well as by a check before them.
///
/// Two identical requests sent at the same moment (a double-clicked submit, a client that retries)
/// both pass the check, because neither has written yet; the index then lets one write in and
/// refuses the other. That refusal must read like the check's own answer, never as a 500.
enum UniqueIndex {
    /// Runs `operation`, which checks for a duplicate before it writes. When the index refuses the
    /// write, the operation runs once more: its check now sees the twin's row and answers exactly as
    /// if the requests had come one after the other. Should the index refuse again, `fallback`.
    static func checked<T>(
        otherwise fallback: @autoclosure () -> FieldErrors,
        _ operation: () async throws -> T
    ) async throws -> T {
        do {
            return try await operation()
        } catch  where isViolation(error) {
            return try await guarded(answer: fallback(), operation)
        }
    }

    /// Runs a write whose check has run and whose answer to a duplicate is always the same
    /// (a catalogue code is taken): when the index refuses the write, `answer`, with no second try.
    static func guarded<T>(
        answer: @autoclosure () -> FieldErrors,
        _ write: () async throws -> T
    ) async throws -> T {
        do {
            return try await write()
        } catch  where isViolation(error) {
            throw answer()
        }
    }

    /// Whether the database refused a row because a unique index already holds its key.
    static func isViolation(_ error: any Error) -> Bool {
        if let error = error as? PSQLError { return error.serverInfo?[.sqlState] == "23505" }
        if let error = error as? SQLiteError {
            switch error.reason {
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed: return true
            case .constraint: return error.message.hasPrefix("UNIQUE constraint failed")
            default: return false
            }
        }
        return false
    }
}

extension FieldErrors {
    /// One field's message, for `UniqueIndex.checked(otherwise:)`.
    static func one(_ field: String, _ phrase: Phrase, _ arguments: String...) -> FieldErrors {
        var errors = FieldErrors()
        errors.fields[field] = Message(phrase: phrase, arguments: arguments)
        return errors
    }
}
