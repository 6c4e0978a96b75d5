import Foundation
import SanfanCore

/// One course: facts, sessions with their registers, and the people with their progress.
enum CourseDetail {
    struct SessionRow: Sendable {
        let id: UUID
        let day: String
        let time: String
        let topic: String
        let hours: String
        /// How many people have a mark for this session.
        let marked: Int
    }

    struct Person: Sendable {
        let enrolmentID: UUID
        let participantID: UUID
        let name: String
        let community: String?
        let status: EnrolmentStatus
        let percent: String
        let attendanceComplete: Bool
        let override: Bool?
        let note: String?
    }

    struct Model: Sendable {
        let id: UUID
        let title: String
        /// Add sessions and people, drop, override completion.
        let canManage: Bool
        /// Take the register (false once the cycle is closed, except for admins).
        let canMark: Bool
        /// Link names to the registry (trainers see names only).
        let seeParticipants: Bool
        var facts: [(String, String)] = []
        var notice: String?
        var sessions: [SessionRow] = []
        var plannedHours = "0"
        var people: [Person] = []
        var sessionValues: [String: String] = [:]
        var sessionErrors: [String: String] = [:]
    }
}
