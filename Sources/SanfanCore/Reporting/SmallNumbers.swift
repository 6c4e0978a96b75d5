import Foundation

/// Counts of people shown to readers who may not see the people themselves (viewers, and anything
/// meant for publication): a count from 1 to 4 could point at someone, so it is shown as "<5".
///
/// Hiding it is not enough when the table also shows its total: the total minus the other cells
/// gives it back. So more cells are hidden ("complementary" cells, the smallest first) until no
/// hidden small count can be worked out from what is shown; and if even that cannot protect it,
/// the total is hidden too. The test is exact: given the shown cells, the total, that a small cell
/// lies between 1 and 4 and a complementary one is at least 5, every small cell must still have at
/// least two possible values. Zero is shown: it points at nobody.
public enum SmallNumbers {
    public static let threshold = 5

    public enum Shown: Equatable, Sendable {
        case exact(Int)
        /// 1 to 4 people.
        case fewerThanFive
        /// Hidden so that a small count elsewhere cannot be worked out; at least five.
        case withheld
    }

    public struct Table: Equatable, Sendable {
        public let cells: [Shown]
        /// nil when the total itself had to be withheld.
        public let total: Int?
    }

    /// One row (or column) of counts and its total, as it may be shown.
    public static func protect(_ counts: [Int]) -> Table {
        let total = counts.reduce(0, +)
        var hidden: [Int: (low: Int, high: Int)] = [:]
        for (index, count) in counts.enumerated() where count > 0 && count < threshold {
            hidden[index] = (1, threshold - 1)
        }
        guard !hidden.isEmpty else { return Table(cells: counts.map { .exact($0) }, total: total) }
        // Candidates for complementary hiding: shown, non-zero, smallest first.
        var candidates = counts.indices.filter { hidden[$0] == nil && counts[$0] > 0 }
            .sorted { (counts[$0], $0) < (counts[$1], $1) }
        while !isSafe(hidden, sum: hidden.keys.reduce(0) { $0 + counts[$1] }) {
            guard !candidates.isEmpty else {
                // Nothing left to hide: withhold the total, and every small cell is only "1 to 4".
                return Table(cells: cells(counts, hidden), total: nil)
            }
            hidden[candidates.removeFirst()] = (threshold, Int.max / 4)
        }
        return Table(cells: cells(counts, hidden), total: total)
    }

    private static func cells(_ counts: [Int], _ hidden: [Int: (low: Int, high: Int)]) -> [Shown] {
        counts.indices.map { index in
            guard let bounds = hidden[index] else { return .exact(counts[index]) }
            return bounds.low == 1 ? .fewerThanFive : .withheld
        }
    }

    /// Whether every small hidden cell has at least two values consistent with the hidden cells
    /// summing to `sum` (known from the total and the shown cells) within their bounds.
    static func isSafe(_ hidden: [Int: (low: Int, high: Int)], sum: Int) -> Bool {
        let lows = hidden.values.reduce(0) { $0 + $1.low }
        let highs = hidden.values.reduce(0) { $0 &+ $1.high }
        for bounds in hidden.values where bounds.low == 1 {
            let othersLow = lows - bounds.low
            let othersHigh = highs &- bounds.high
            let low = max(bounds.low, sum &- othersHigh)
            let high = min(bounds.high, sum - othersLow)
            if high - low < 1 { return false }
        }
        return true
    }
}
