import Foundation
import Logging
import NIOConcurrencyHelpers

/// One JSON object per line on standard output (issue 16): `time`, `level`, `label`, `message`,
/// then the metadata (a request's `request-id` among it), for a log collector to index. What is
/// logged is decided elsewhere and holds no personal data: request lines carry paths (ids, never
/// names or query strings), and SQL with its values is logged only at debug level, which
/// production does not run at. `Tests/process/test_logs.py` checks that over the main flows.
public struct JSONLogHandler: LogHandler {
    public let label: String
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    static let time = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Lines from several threads never interleave.
    private static let lock = NIOLock()

    public init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [(String, String)] = [
            ("time", Date().formatted(Self.time)),
            ("level", event.level.rawValue), ("label", label), ("message", event.message.description),
        ]
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        for key in merged.keys.sorted() where !["time", "level", "label", "message"].contains(key) {
            fields.append((key, merged[key]!.description))
        }
        if event.level >= .error { fields.append(("source", "\(event.file):\(event.line)")) }
        var line = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { line += "," }
            line += Self.quoted(key) + ":" + Self.quoted(value)
        }
        line += "}\n"
        Self.lock.withLock { FileHandle.standardOutput.write(Data(line.utf8)) }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
