/// A Thai national identification number (เลขประจำตัวประชาชน): 13 digits, the last a check digit.
///
/// Validation follows DOMAIN.md §3: with d1…d12 the first twelve digits,
/// `check = (11 − Σ dᵢ × (14 − i) mod 11) mod 10`.
public struct NationalID: Hashable, Sendable, CustomStringConvertible {
    /// The 13 digits, no separators.
    public let digits: String

    public enum Problem: Error, Equatable, Sendable {
        case empty
        case notDigits
        case wrongLength(Int)
        case wrongCheckDigit
        /// The first digit is the person's category, 0 to 8; no card starts with 9.
        case noSuchCategory
    }

    /// Parses what a person typed: spaces and dashes are ignored, Thai digits (๐–๙) are accepted.
    public static func parse(_ input: String) -> Result<NationalID, Problem> {
        var digits = ""
        for scalar in input.unicodeScalars {
            switch scalar {
            case "0"..."9": digits.unicodeScalars.append(scalar)
            case "\u{0E50}"..."\u{0E59}":
                digits.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
            case " ", "-", "\t": continue
            default: return .failure(.notDigits)
            }
        }
        if digits.isEmpty { return .failure(.empty) }
        guard digits.count == 13 else { return .failure(.wrongLength(digits.count)) }
        guard digits.first != "9" else { return .failure(.noSuchCategory) }
        guard Self.checkDigit(of: digits) == digits.last?.wholeNumberValue else { return .failure(.wrongCheckDigit) }
        return .success(NationalID(digits: digits))
    }

    private init(digits: String) { self.digits = digits }

    /// The check digit for the first twelve digits of `digits`.
    public static func checkDigit(of digits: String) -> Int {
        let values = digits.prefix(12).compactMap(\.wholeNumberValue)
        let sum = values.enumerated().reduce(0) { $0 + $1.element * (13 - $1.offset) }
        return (11 - sum % 11) % 10
    }

    /// Category 0 means "no registration status": accepted, but worth a warning.
    public var hasNoRegistrationStatus: Bool { digits.first == "0" }

    /// `1-2345-45678-78-1`
    public var formatted: String {
        let d = Array(digits)
        return "\(d[0])-\(String(d[1..<5]))-\(String(d[5..<10]))-\(String(d[10..<12]))-\(d[12])"
    }

    /// `1-2345-xxxxx-78-1`: the middle block hidden, as on Thai government forms.
    public var masked: String {
        let d = Array(digits)
        return "\(d[0])-\(String(d[1..<5]))-xxxxx-\(String(d[10..<12]))-\(d[12])"
    }

    public var description: String { masked }
}
