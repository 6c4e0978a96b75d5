/// An assessor's results sheet (issue 15's partner sheet): one row per person assessed in a round,
/// found by the round's own candidate code (the downloaded sheet carries it), and one column per
/// unit of competency, headed by the unit's code, with the result as the assessor writes it.
public enum ResultsSheet {
    /// The header of the column that names each row's candidate.
    public static let candidateHeader = "รหัสผู้เข้าประเมิน (candidate)"

    public enum Problem: Equatable, Sendable {
        /// No column headed as `candidateHeader` (or `candidate`).
        case noCandidateColumn
        /// No column headed by any of the standard's unit codes.
        case noUnitColumns
        case unknownCandidate(row: Int)
        case sameCandidateTwice(row: Int, first: Int)
        case unreadableResult(row: Int, column: String, value: String)
    }

    /// A result as assessors write it, in Thai or English; nil for an empty cell (no result given).
    /// Throws nothing: an unreadable value is `.some(nil)`.
    public static func outcome(_ text: String) -> UnitOutcome?? {
        let key = ThaiText.normalise(text.trimmingSpace()).lowercased()
        if key.isEmpty { return .none }
        switch key {
        case "ผ่าน", "pass", "passed", "p", "✓", "c", "competent", "ผ": return .some(.pass)
        case "ไม่ผ่าน", "ยังไม่ผ่าน", "ยังไม่ผ่านเกณฑ์", "not yet competent", "not yet", "nyc", "fail", "failed", "f", "✗", "x":
            return .some(.notYetCompetent)
        case "ขาด", "ขาดสอบ", "ขาดประเมิน", "absent", "a": return .some(.absent)
        default: return .some(nil)
        }
    }

    /// The column of each unit code in `headers` (a header is a code, or begins with one and a space).
    public static func unitColumns(_ headers: [String], codes: [String]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for (index, header) in headers.enumerated() {
            let first = header.trimmingSpace().split(separator: " ").first.map(String.init) ?? ""
            if let code = codes.first(where: { $0.lowercased() == first.lowercased() }), columns[code] == nil {
                columns[code] = index
            }
        }
        return columns
    }

    /// The column of the candidate codes.
    public static func candidateColumn(_ headers: [String]) -> Int? {
        headers.firstIndex {
            let key = $0.trimmingSpace().lowercased()
            return key == candidateHeader.lowercased() || key == "candidate" || key == "รหัสผู้เข้าประเมิน"
        }
    }

    /// Each listed candidate's results, unit code → outcome, from `cells` (header first); `known`
    /// holds the round's candidate codes. Every problem is returned, by sheet row (the header is 1).
    public static func read(
        _ cells: [[String]],
        codes: [String],
        known: Set<String>
    ) -> (results: [String: [String: UnitOutcome]], problems: [Problem]) {
        guard let headers = cells.first, let idColumn = candidateColumn(headers) else {
            return ([:], [.noCandidateColumn])
        }
        let units = unitColumns(headers, codes: codes)
        guard !units.isEmpty else { return ([:], [.noUnitColumns]) }
        var results: [String: [String: UnitOutcome]] = [:]
        var problems: [Problem] = []
        var seen: [String: Int] = [:]
        for (offset, row) in cells.dropFirst().enumerated() {
            let line = offset + 2
            guard !row.allSatisfy({ $0.trimmingSpace().isEmpty }) else { continue }
            let candidate = (idColumn < row.count ? row[idColumn] : "").trimmingSpace().lowercased()
            guard known.contains(candidate) else {
                problems.append(.unknownCandidate(row: line))
                continue
            }
            if let first = seen[candidate] {
                problems.append(.sameCandidateTwice(row: line, first: first))
                continue
            }
            seen[candidate] = line
            var outcomes: [String: UnitOutcome] = [:]
            for (code, column) in units.sorted(by: { $0.value < $1.value }) {
                let value = column < row.count ? row[column] : ""
                switch outcome(value) {
                case .none: continue
                case .some(.none): problems.append(.unreadableResult(row: line, column: headers[column], value: value))
                case .some(.some(let result)): outcomes[code] = result
                }
            }
            if !outcomes.isEmpty { results[candidate] = outcomes }
        }
        return (results, problems)
    }
}
