/// A programme cycle's life: HQ plans it, estates run it, and once closed its figures are final.
public enum CycleStatus: String, CaseIterable, Codable, Sendable {
    case planning, running, closed
}

/// A course's life. Only a course that is open or running takes enrolments.
public enum CourseStatus: String, CaseIterable, Codable, Sendable {
    case planned, open, running, finished, cancelled

    public var takesEnrolments: Bool { self == .planned || self == .open || self == .running }
}

/// Where a person stands in one course.
public enum EnrolmentStatus: String, CaseIterable, Codable, Sendable {
    /// Waiting for a seat: the course was full when they were added.
    case waiting
    case enrolled
    /// Attended enough (or an officer said so, with a reason).
    case completed
    case dropped

    /// Holds one of the course's seats.
    public var holdsSeat: Bool { self == .enrolled || self == .completed }

    /// The statuses that hold a seat, for queries.
    public static let seatHolders: [EnrolmentStatus] = allCases.filter(\.holdsSeat)
}

/// One person at one session, as the trainer marks it.
public enum AttendanceMark: String, CaseIterable, Codable, Sendable {
    case present, late, excused, absent

    /// Late still counts as attended; an excused absence is still an absence for completion.
    public var counts: Bool { self == .present || self == .late }
}

/// How the marks reached the system: on a phone in the hall, or keyed in from a signed paper sheet.
public enum AttendanceSource: String, CaseIterable, Codable, Sendable {
    case app, paper
}

/// Who closed the cycle decides: a closed cycle is read-only except to admins.
public enum CycleRules {
    public static func canChange(_ status: CycleStatus, _ principal: Principal) -> Bool {
        status != .closed || principal.role == .admin
    }
}
