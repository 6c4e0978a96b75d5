import App
import Logging
import Vapor

// The one binary: `serve` (default), `migrate`, `seed reference`, `user create`.
var env = try Environment.detect()
// JSON lines for a log collector (`SANFAN_LOG_FORMAT=json`, the default), or Vapor's coloured
// console lines (`text`) for a person at a terminal. `LOG_LEVEL` / `--log` set the level.
if ProcessInfo.processInfo.environment["SANFAN_LOG_FORMAT"] == "text" {
    try LoggingSystem.bootstrap(from: &env)
} else {
    try LoggingSystem.bootstrap(from: &env) { level in
        { label in JSONLogHandler(label: label, level: level) }
    }
}
let app = try await Application.make(env)
do {
    try await configure(app, settings: try Settings.fromEnvironment())
    try await app.execute()
} catch {
    app.logger.error("\(String(describing: error))")
    try? await app.asyncShutdown()
    exit(1)
}
try await app.asyncShutdown()
