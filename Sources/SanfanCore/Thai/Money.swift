/// Money in Thai baht, held as integer satang (1 baht = 100 satang) so sums never drift.
public struct Satang: Hashable, Comparable, Sendable, Codable {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }
    public init(baht: Int64) { self.value = baht * 100 }

    public static func < (lhs: Satang, rhs: Satang) -> Bool { lhs.value < rhs.value }

    /// `1,234.50 บาท` in Thai, `฿1,234.50` in English.
    public func formatted(in language: Language) -> String {
        let negative = value < 0
        let magnitude = value.magnitude
        let satang = magnitude % 100
        let amount = (negative ? "-" : "") + (magnitude / 100).grouped + "." + (satang < 10 ? "0" : "") + String(satang)
        switch language {
        case .thai: return "\(amount) บาท"
        case .english: return "฿\(amount)"
        }
    }
}
