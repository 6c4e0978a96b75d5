import Foundation

/// A printable A4 sign-in sheet for a session, for halls without a signal: each person signs in a
/// box, and the officer keys the sheet in afterwards.
enum SignInSheet {
    struct Model: Sendable {
        let courseTitle: String
        let estate: String
        let provider: String?
        let venue: String
        let day: String
        let time: String
        let topic: String
        let people: [(name: String, community: String)]
        let attendanceURL: String
    }
}
