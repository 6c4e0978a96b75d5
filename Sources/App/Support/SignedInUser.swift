import Foundation
import SanfanCore

/// The signed-in account as a request needs it: who they are, what they are called and in which
/// language they read. Read with their access in one statement per request (`AuthQueries`); the
/// rare page that changes the account loads the `User` model itself.
struct SignedInUser: Sendable, Equatable {
    let id: UUID
    let username: String
    let displayName: String
    let role: Role
    let language: String
    /// Whether the account has two-factor sign-in on.
    var hasTwoFactor = false
}
