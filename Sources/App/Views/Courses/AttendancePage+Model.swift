import Foundation
import SanfanCore

/// The register for one session, made for a phone held in a community hall: one row per person,
/// four large choices, one save. The same page keys in a signed paper sheet afterwards.
enum AttendancePage {
    struct Person: Sendable {
        let enrolmentID: UUID
        let name: String
        let community: String?
        let mark: AttendanceMark?
    }

    struct Model: Sendable {
        let sessionID: UUID
        let courseID: UUID
        let courseTitle: String
        let day: String
        let time: String
        let topic: String
        let source: AttendanceSource
        let error: String?
        var people: [Person] = []
    }
}
