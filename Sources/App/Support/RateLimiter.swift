import Foundation
import Synchronization

/// A fixed-window count per client, in this process: `limit` requests per `window` seconds. It
/// keeps the public verify page from being used to enumerate codes (55 random bits already make
/// that hopeless; this keeps it from being tried). Each app server counts on its own, so behind
/// several servers a client gets `limit` per server; sign-in, which must hold across servers,
/// counts in the database instead.
final class RateLimiter: Sendable {
    let limit: Int
    let window: TimeInterval
    private let counts = Mutex<[String: (start: Date, count: Int)]>([:])

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Counts one request from `client`; nil if allowed, else the seconds until it may try again.
    func check(_ client: String, now: Date) -> Int? {
        counts.withLock { counts in
            if counts.count > 50_000 { counts = counts.filter { now.timeIntervalSince($0.value.start) < window } }
            var entry = counts[client] ?? (now, 0)
            if now.timeIntervalSince(entry.start) >= window { entry = (now, 0) }
            entry.count += 1
            counts[client] = entry
            guard entry.count > limit else { return nil }
            return max(1, Int((window - now.timeIntervalSince(entry.start)).rounded(.up)))
        }
    }
}
