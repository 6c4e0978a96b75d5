/// How alike two Thai names are, for the duplicate review: the same person is often typed twice
/// with a tone mark missed, or with a letter that sounds the same (ศ, ษ, ส; ณ, น; ธ, ท …). Each
/// rule is named, so the review can say why a pair is shown.
public enum NameSimilarity {
    public enum Rule: String, Sendable, CaseIterable {
        /// The same dictionary key (`ThaiText.sortKey`): the same letters, tone marks and all.
        case sameSortKey = "same_sort_key"
        /// The same once tone marks are ignored.
        case ignoringToneMarks = "ignoring_tone_marks"
        /// The same once letters that sound alike are folded and the silencing mark ์ ignored.
        case soundsAlike = "sounds_alike"
    }

    /// The closest rule that makes the two names (first and last, Thai) the same; nil when none does.
    public static func match(_ a: (first: String, last: String), _ b: (first: String, last: String)) -> Rule? {
        let one = a.first + " " + a.last
        let other = b.first + " " + b.last
        if ThaiText.sortKey(one) == ThaiText.sortKey(other) { return .sameSortKey }
        if toneless(one) == toneless(other) { return .ignoringToneMarks }
        if soundKey(one) == soundKey(other) { return .soundsAlike }
        return nil
    }

    /// The name normalised, without tone marks (่ ้ ๊ ๋).
    public static func toneless(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                ThaiText.normalise(name).unicodeScalars.filter { !(0x0E48...0x0E4B).contains($0.value) }
            )
        )
    }

    /// Letters that sound alike folded into one, ใ read as ไ, and the silencing mark ์ dropped
    /// (it is the mark most often left out or added by mistake).
    public static func soundKey(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                toneless(name).unicodeScalars.filter { $0.value != 0x0E4C }.map { folded[$0] ?? $0 }
            )
        )
    }

    private static let folded: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(String, Unicode.Scalar)] = [
            ("ศษ", "ส"), ("ณ", "น"), ("ฑฒธ", "ท"), ("ภ", "พ"), ("ฎ", "ด"), ("ฏ", "ต"), ("ฐ", "ถ"),
            ("ญ", "ย"), ("ฬ", "ล"), ("ฆ", "ค"), ("ฌ", "ช"), ("ใ", "ไ"),
        ]
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letters, target) in groups {
            for letter in letters.unicodeScalars { map[letter] = target }
        }
        return map
    }()
}
