/// The code printed on a certificate and typed into `/verify`: twelve characters in three groups
/// (`K7M2-PQX4-RA9W`), from an alphabet without 0, O, 1 or I so nobody has to guess which was
/// meant. Eleven are random (55 bits, so codes cannot be guessed), the last is a Luhn mod 32 check
/// character: a mistyped character or two swapped neighbours are told apart from a code that was
/// never issued.
public struct VerificationCode: Sendable, Hashable, CustomStringConvertible {
    public static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    public static let length = 12

    /// The twelve characters, without the hyphens.
    public let characters: String

    public enum Problem: Error, Equatable, Sendable {
        /// Not twelve characters (hyphens and spaces aside).
        case wrongLength(Int)
        /// A character the alphabet does not use, such as 0, O, 1 or I.
        case notInAlphabet(Character)
        /// Every character is possible, but the check character does not match: a typing mistake.
        case checkFailed
    }

    /// A new code from `random`, which must give uniformly random bytes (the system's generator in
    /// the app; a seeded one in tests and the demo).
    public static func make(using random: inout some RandomNumberGenerator) -> VerificationCode {
        let body = (0..<(length - 1)).map { _ in alphabet[Int(random.next(upperBound: UInt32(alphabet.count)))] }
        let values = body.map { index(of: $0)! }
        return VerificationCode(unchecked: String(body) + String(alphabet[checkValue(for: values)]))
    }

    /// A code as someone typed it: any case, with or without hyphens and spaces.
    public static func parse(_ typed: String) -> Result<VerificationCode, Problem> {
        let plain = typed.uppercased().filter { $0 != "-" && $0 != " " && $0 != "\u{2010}" && $0 != "\u{2013}" }
        guard plain.count == length else { return .failure(.wrongLength(plain.count)) }
        var values: [Int] = []
        for character in plain {
            guard let value = index(of: character) else { return .failure(.notInAlphabet(character)) }
            values.append(value)
        }
        guard checkValue(for: Array(values.dropLast())) == values.last else { return .failure(.checkFailed) }
        return .success(VerificationCode(unchecked: plain))
    }

    private init(unchecked characters: String) { self.characters = characters }

    /// `K7M2-PQX4-RA9W`.
    public var description: String {
        let c = Array(characters)
        return String(c[0..<4]) + "-" + String(c[4..<8]) + "-" + String(c[8..<12])
    }

    static func index(of character: Character) -> Int? { alphabet.firstIndex(of: character) }

    /// Luhn mod N: from the right, every second value doubled and its base-32 digits summed.
    static func checkValue(for values: [Int]) -> Int {
        let n = alphabet.count
        var sum = 0
        var double = true
        for value in values.reversed() {
            var addend = double ? value * 2 : value
            addend = addend / n + addend % n
            sum += addend
            double.toggle()
        }
        return (n - sum % n) % n
    }
}
