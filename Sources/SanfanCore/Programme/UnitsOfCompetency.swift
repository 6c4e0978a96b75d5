import Foundation

/// An occupation standard's units of competency as an admin types them: one per line, the code,
/// then the name (`10211 ตรวจร่างกายผู้รับบริการ`, or with a tab or `|` between).
public enum UnitsOfCompetency {
    public struct Unit: Equatable, Sendable {
        public let code: String
        public let name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        /// A line with a code but no name, numbered from 1.
        case missingName(line: Int)
        case duplicateCode(String)
        case tooLong(line: Int)
    }

    public static func parse(_ text: String) -> Result<[Unit], Problem> {
        var units: [Unit] = []
        var seen: Set<String> = []
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            guard line.count <= 300 else { return .failure(.tooLong(line: index + 1)) }
            let separator = line.firstIndex { $0 == "|" || $0 == "\t" || $0 == " " }
            guard let separator else { return .failure(.missingName(line: index + 1)) }
            let code = String(line[..<separator]).trimmingCharacters(in: .whitespaces)
            let name = String(line[line.index(after: separator)...])
                .trimmingCharacters(in: .whitespaces.union(["|"]))
            guard !code.isEmpty, !name.isEmpty else { return .failure(.missingName(line: index + 1)) }
            guard seen.insert(code).inserted else { return .failure(.duplicateCode(code)) }
            units.append(Unit(code: code, name: name))
        }
        return .success(units)
    }

    public static func write(_ units: [Unit]) -> String {
        units.map { "\($0.code) \($0.name)" }.joined(separator: "\n")
    }
}
