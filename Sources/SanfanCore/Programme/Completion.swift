/// Whether a person completed a course: the hours of the sessions they attended (present or late)
/// against the hours of all the course's sessions, measured against the course's minimum.
public enum Completion {
    public struct Session: Sendable {
        public let hours: Double
        public let mark: AttendanceMark?

        public init(hours: Double, mark: AttendanceMark?) {
            self.hours = hours
            self.mark = mark
        }
    }

    /// Percent of planned hours attended, 0–100. A course with no sessions yet has attended 0 %.
    public static func percentAttended(_ sessions: [Session]) -> Double {
        let planned = sessions.reduce(0) { $0 + $1.hours }
        guard planned > 0 else { return 0 }
        let attended = sessions.filter { $0.mark?.counts == true }.reduce(0) { $0 + $1.hours }
        return attended / planned * 100
    }

    /// Completed by attendance. A course with no sessions completes no one.
    public static func isComplete(_ sessions: [Session], minimumPercent: Int) -> Bool {
        guard sessions.contains(where: { $0.hours > 0 }) else { return false }
        // A small tolerance so 8 of 10 equal sessions is exactly 80 %, not 79.999…
        return percentAttended(sessions) + 1e-9 >= Double(minimumPercent)
    }
}
