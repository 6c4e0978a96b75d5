import NIOConcurrencyHelpers
import Vapor

/// The one task a background loop of `sanfan serve` runs (`FigureStoreRefresher`, `ImportWorker`):
/// started once the application has booted, cancelled and awaited at shutdown, before the
/// databases close.
final class BackgroundLoop: Sendable {
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    /// Replaces any loop already running with `body`.
    func start(_ body: @escaping @Sendable () async -> Void) {
        task.withLockedValue {
            $0?.cancel()
            $0 = Task { await body() }
        }
    }

    /// Cancels the loop and waits for the work under way.
    func stop() async {
        let running = task.withLockedValue { current in
            defer { current = nil }
            return current
        }
        running?.cancel()
        await running?.value
    }
}
