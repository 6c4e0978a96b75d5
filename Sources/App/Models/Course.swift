import Fluent
import Foundation
import SanfanCore

/// A course in one occupation at one estate in one cycle, given by a training provider.
final class Course: Model, @unchecked Sendable {
    static let schema = "courses"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Parent(key: "cycle_id") var cycle: Cycle
    @Parent(key: "estate_id") var estate: Estate
    @Parent(key: "occupation_id") var occupation: Occupation
    @OptionalParent(key: "provider_id") var provider: Organisation?
    @Field(key: "title_th") var titleTh: String
    @Field(key: "venue") var venue: String
    /// ISO days; the sessions fall between them.
    @Field(key: "first_day") var firstDay: String
    @Field(key: "last_day") var lastDay: String
    @Field(key: "hours") var hours: Double
    @Field(key: "capacity") var capacity: Int
    /// Percent of session hours a person must attend to complete (80 unless set).
    @Field(key: "minimum_percent") var minimumPercent: Int
    @Field(key: "status") var status: CourseStatus

    init() {}
}

extension Course: Auditable {
    static let auditEntity = "course"

    var auditSnapshot: [String: String] {
        [
            "cycle_id": $cycle.id.uuidString.lowercased(), "estate_id": $estate.id.uuidString.lowercased(),
            "occupation_id": $occupation.id.uuidString.lowercased(),
            "provider_id": $provider.id?.uuidString.lowercased() ?? "", "title_th": titleTh, "venue": venue,
            "first_day": firstDay, "last_day": lastDay, "hours": String(hours), "capacity": String(capacity),
            "minimum_percent": String(minimumPercent), "status": status.rawValue,
        ]
    }
}

/// One teaching day (or half-day) of a course.
final class CourseSession: Model, @unchecked Sendable {
    static let schema = "course_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "course_id") var course: Course
    @Field(key: "day") var day: String
    @Field(key: "starts_at") var startsAt: String
    @Field(key: "ends_at") var endsAt: String
    @Field(key: "topic") var topic: String
    @Field(key: "hours") var hours: Double

    init() {}
}

extension CourseSession: Auditable {
    static let auditEntity = "course_session"

    var auditSnapshot: [String: String] {
        [
            "course_id": $course.id.uuidString.lowercased(), "day": day, "starts_at": startsAt, "ends_at": endsAt,
            "topic": topic, "hours": String(hours),
        ]
    }
}

/// A person's place in a course.
final class Enrolment: Model, @unchecked Sendable {
    static let schema = "enrolments"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "course_id") var course: Course
    @Parent(key: "participant_id") var participant: Participant
    @Field(key: "status") var status: EnrolmentStatus
    /// Computed from attendance whenever it changes.
    @Field(key: "attendance_complete") var attendanceComplete: Bool
    /// An officer's decision over the computed one, with the reason.
    @OptionalField(key: "override_complete") var overrideComplete: Bool?
    @OptionalField(key: "override_reason") var overrideReason: String?
    @OptionalField(key: "dropped_reason") var droppedReason: String?

    init() {}
}

extension Enrolment: Auditable {
    static let auditEntity = "enrolment"

    var auditSnapshot: [String: String] {
        [
            "course_id": $course.id.uuidString.lowercased(), "participant_id": $participant.id.uuidString.lowercased(),
            "status": status.rawValue, "attendance_complete": String(attendanceComplete),
            "override_complete": overrideComplete.map(String.init) ?? "", "override_reason": overrideReason ?? "",
            "dropped_reason": droppedReason ?? "",
        ]
    }
}

/// One person's mark for one session. A register is written and read a whole hall at a time,
/// through SQLKit, so the table has a name here but no Fluent model.
enum AttendanceRecord {
    static let schema = "attendance"
}
