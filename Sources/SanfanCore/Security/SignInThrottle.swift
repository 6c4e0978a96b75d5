import Foundation

/// The sign-in throttling rule: after `maxFailures` failed attempts within `window` for one account or
/// one address, further attempts are refused for `lockout`, even with the right password.
///
/// Pure and clock-free so the rule can be tested exactly; the app feeds it the recent failures it
/// keeps in the database (never in memory: several app servers share one lock).
public struct SignInThrottle: Sendable {
    public var maxFailures = 5
    public var window: TimeInterval = 15 * 60
    public var lockout: TimeInterval = 15 * 60

    public init() {}

    /// How far back the failures must reach to decide about `now`.
    public var lookback: TimeInterval { window + lockout }

    /// When the lock on this account or address ends, or `nil` when attempts are allowed.
    ///
    /// `failures` are the times of counted failed attempts. Attempts refused during a lockout are
    /// not counted, so an attacker who keeps trying does not extend the lock for the real user.
    public func lockedUntil(failures: [Date], now: Date) -> Date? {
        let recent = failures.filter { now.timeIntervalSince($0) < lookback }.sorted()
        var lockEnd: Date?
        var streak: [Date] = []
        for failure in recent {
            if let end = lockEnd, failure < end { continue }
            streak.append(failure)
            streak.removeAll { failure.timeIntervalSince($0) >= window }
            if streak.count >= maxFailures {
                lockEnd = failure.addingTimeInterval(lockout)
                streak.removeAll()
            }
        }
        guard let end = lockEnd, end > now else { return nil }
        return end
    }
}
