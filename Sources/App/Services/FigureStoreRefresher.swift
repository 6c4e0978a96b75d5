import Vapor

/// Brings the dashboard's store up to date every minute while `sanfan serve` runs, so that a
/// reader rarely pays for the changes made since the last read, and `figure_dirty` stays short
/// however long nobody opens the dashboard. Every app server runs one; the store's lock lets one
/// at a time do the work, and the others find nothing left.
final class FigureStoreRefresher: LifecycleHandler, Sendable {
    let interval: Duration
    private let loop = BackgroundLoop()

    init(every interval: Duration = .seconds(60)) {
        self.interval = interval
    }

    /// Starts refreshing (`sanfan serve` calls it once the application has booted; the lifecycle
    /// stops it at shutdown).
    func start(_ application: Application) {
        let interval = interval
        let bands = application.sanfan.settings.ageBands
        let database = application.db
        let logger = application.logger
        loop.start {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled else { return }
                do {
                    try await FigureStore.refresh(bands: bands, on: database)
                } catch {
                    logger.error("figure store refresh failed: \(String(reflecting: error))")
                }
            }
        }
    }

    /// Stops the loop and waits for a refresh under way, before the databases close.
    func shutdownAsync(_ application: Application) async {
        await loop.stop()
    }
}
