import Vapor

/// Runs queued imports while `sanfan serve` runs (`ImportJobs`): every app server runs one, and
/// the claim lets one server take each job. Looks for work every second; a running job's lease is
/// renewed every fifteen seconds.
final class ImportWorker: LifecycleHandler, Sendable {
    let interval: Duration
    private let loop = BackgroundLoop()

    init(every interval: Duration = .seconds(1)) {
        self.interval = interval
    }

    func start(_ application: Application) {
        let interval = interval
        let database = application.jobsDatabase
        let logger = application.logger
        let clock = application.sanfan.clock
        let deps = Registry.Dependencies(
            vault: application.sanfan.vault,
            clock: clock,
            bands: application.sanfan.settings.ageBands
        )
        loop.start {
            // SQLite has this one server: a job left running was this process's before a restart.
            var reclaimAll = database.isSQLite
            while !Task.isCancelled {
                do {
                    if let job = try await ImportJobs.claim(now: clock.now(), reclaimAll: reclaimAll, on: database) {
                        let id = try job.requireID()
                        logger.info("import \(id): attempt \(job.attempts ?? 1)")
                        let heartbeat = Task {
                            while !Task.isCancelled {
                                try? await Task.sleep(for: .seconds(15))
                                try? await ImportJobs.heartbeat(id, now: clock.now(), on: database)
                            }
                        }
                        defer { heartbeat.cancel() }
                        try await ImportJobs.run(job, deps: deps, on: database)
                        continue
                    }
                    reclaimAll = false
                } catch {
                    logger.error("import worker: \(String(reflecting: error))")
                }
                try? await Task.sleep(for: interval)
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        await loop.stop()
    }
}
