import Testing

@testable import SanfanCore

@Suite struct SmallNumbersTests {
    @Test func smallCountsAreHiddenAndLargeOnesShown() {
        let table = SmallNumbers.protect([120, 0, 35, 48])
        #expect(table.cells == [.exact(120), .exact(0), .exact(35), .exact(48)])
        #expect(table.total == 203)
        let one = SmallNumbers.protect([120, 3, 35, 48])
        #expect(one.cells[1] == .fewerThanFive)
        // One small cell alone would be the total minus the rest: the smallest other is withheld.
        #expect(one.cells[2] == .withheld)
        #expect(one.total == 206)
    }

    @Test func aSmallCellBesideAFiveIsNotGivenAwayByTheBounds() {
        // 1 hidden beside a withheld 5: the hidden pair sums to 6, and "at least 5" would leave
        // only 1 for the small cell; another cell is withheld (or the total) so it cannot.
        let table = SmallNumbers.protect([1, 5, 100])
        #expect(table.cells[0] == .fewerThanFive)
        #expect(!Self.recoverable(table, bound: 120))
    }

    @Test func whenNothingElseCanBeHiddenTheTotalIs() {
        let table = SmallNumbers.protect([3, 0])
        #expect(table.cells == [.fewerThanFive, .exact(0)])
        #expect(table.total == nil)
    }

    /// Every table of up to four cells with counts 0–9: no cell under 5 can be worked out from
    /// the shown cells and the total, by anyone who knows the rule.
    @Test func noHiddenSmallCountCanBeRecoveredByAnyReader() {
        var checked = 0
        func each(_ prefix: [Int], _ length: Int) {
            if prefix.count == length {
                let table = SmallNumbers.protect(prefix)
                #expect(!Self.recoverable(table, bound: 30), "\(prefix) → \(table)")
                for (count, shown) in zip(prefix, table.cells) {
                    if count > 0 && count < 5 { #expect(shown == .fewerThanFive) }
                    if case .exact(let value) = shown { #expect(value == count) }
                }
                checked += 1
                return
            }
            for count in 0...9 { each(prefix + [count], length) }
        }
        for length in 1...4 { each([], length) }
        #expect(checked > 10_000)
    }

    /// Whether some "<5" cell takes a single value across every table consistent with what is shown
    /// (hidden complementary cells anywhere from 5 to `bound`).
    static func recoverable(_ table: SmallNumbers.Table, bound: Int) -> Bool {
        let hidden = table.cells.indices.filter { table.cells[$0] != .exact(table.cells[$0].value ?? -1) }
        let shownSum = table.cells.compactMap(\.value).reduce(0, +)
        var seen: [Int: Set<Int>] = [:]
        func walk(_ position: Int, _ values: [Int: Int]) {
            if position == hidden.count {
                if let total = table.total, shownSum + values.values.reduce(0, +) != total { return }
                for (index, value) in values { seen[index, default: []].insert(value) }
                return
            }
            let index = hidden[position]
            let range = table.cells[index] == .fewerThanFive ? 1...4 : 5...bound
            for value in range { walk(position + 1, values.merging([index: value]) { $1 }) }
        }
        walk(0, [:])
        return hidden.contains { table.cells[$0] == .fewerThanFive && (seen[$0]?.count ?? 0) < 2 }
    }
}

extension SmallNumbers.Shown {
    var value: Int? {
        if case .exact(let value) = self { return value }
        return nil
    }
}
