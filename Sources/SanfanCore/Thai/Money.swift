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

extension Satang {
    /// Reads baht as typed: `12500`, `12,500`, `12,500.50`, `฿12,500`, Thai digits. At most two
    /// decimals; never negative. `nil` for anything else.
    public static func parseBaht(_ input: String) -> Satang? {
        var text = ThaiText.normalise(input)
        // Only text with one of the marks pays for removing them (Foundation's replacing bridges to NSString).
        if text.unicodeScalars.contains(where: { !("0"..."9").contains($0) && $0 != "." }) {
            for noise in ["฿", "บาท", ",", " "] { text = text.replacingOccurrences(of: noise, with: "") }
        }
        guard !text.isEmpty else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0, parts[0].allSatisfy(\.isASCII) else {
            return nil
        }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        let (product, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        return Satang(product + fraction)
    }

    /// `-12500.50` or `12500.50`: an amount that may be negative (an income that fell), plainly.
    public var signedPlainBaht: String {
        value < 0 ? "-" + Satang(-value).plainBaht : plainBaht
    }

    /// `12500.50`: how a form shows an amount for editing.
    public var plainBaht: String {
        let satang = value % 100
        return "\(value / 100)" + (satang == 0 ? "" : "." + (satang < 10 ? "0" : "") + String(satang))
    }
}
