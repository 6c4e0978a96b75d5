import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, six
/// digits, as every authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP)
/// reads them from an `otpauth://` QR code.
public enum TOTP {
    public static let period: TimeInterval = 30
    public static let digits = 6

    /// A new 160-bit secret, the size RFC 4226 recommends.
    public static func generateSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<20).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    public static func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / period).rounded(.down))
    }

    /// The code for one step (HOTP with the step as its counter), zero-padded.
    public static func code(secret: [UInt8], step: Int64, digits: Int = digits) -> String {
        var counter = UInt64(bitPattern: step).bigEndian
        let message = withUnsafeBytes(of: &counter) { Array($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary =
            (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8)
            | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus *= 10 }
        let text = String(binary % modulus)
        return String(repeating: "0", count: digits - text.count) + text
    }

    /// The step a typed code matches, one step either side of now allowed for a phone's clock, and
    /// only a step after `after` (the last one used), so a code seen over a shoulder or replayed
    /// is refused. Spaces and Thai digits are forgiven.
    public static func verify(_ typed: String, secret: [UInt8], at date: Date, after lastUsed: Int64?) -> Int64? {
        let digitsOnly = String(
            String.UnicodeScalarView(
                typed.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                    if ("\u{0E50}"..."\u{0E59}").contains(scalar) {
                        return Unicode.Scalar(scalar.value - 0x0E50 + 0x30)
                    }
                    return scalar.properties.isWhitespace || scalar == "-" ? nil : scalar
                }
            )
        )
        guard digitsOnly.count == digits, digitsOnly.allSatisfy(\.isASCII), digitsOnly.allSatisfy(\.isNumber) else {
            return nil
        }
        let now = step(at: date)
        for candidate in [now - 1, now, now + 1] where candidate > (lastUsed ?? .min) {
            if constantTimeEqual(code(secret: secret, step: candidate), digitsOnly) { return candidate }
        }
        return nil
    }

    /// The `otpauth://` address an authenticator app reads from the enrolment QR code.
    public static func uri(secret: [UInt8], account: String, issuer: String) -> String {
        func escaped(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))) ?? ""
        }
        return "otpauth://totp/\(escaped(issuer)):\(escaped(account))?secret=\(Base32.encode(secret))"
            + "&issuer=\(escaped(issuer))&algorithm=SHA1&digits=\(digits)&period=\(Int(period))"
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}

/// RFC 4648 Base32 without padding, as `otpauth://` secrets are written.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                output.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 0x1F)])
                bits -= 5
            }
        }
        if bits > 0 { output.append(alphabet[Int((buffer << UInt32(5 - bits)) & 0x1F)]) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Reads Base32 in either case, spaces and padding ignored; nil on any other character.
    public static func decode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text.uppercased().utf8 where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "=") {
            guard let value = alphabet.firstIndex(of: byte) else { return nil }
            buffer = (buffer << 5) | UInt32(value)
            bits += 5
            if bits >= 8 {
                output.append(UInt8((buffer >> UInt32(bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        return output
    }
}

/// Ten single-use recovery codes for when the phone is lost: shown once, kept only as digests.
public enum RecoveryCodes {
    public static let count = 10

    /// `ABCDE-FGHJK`: ten Base32 characters (50 bits), grouped to be copied by hand.
    public static func generate() -> [String] {
        (0..<count).map { _ in
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<7).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let text = String(Base32.encode(bytes).prefix(10))
            return text.prefix(5) + "-" + text.suffix(5)
        }
    }

    /// A code as typed, dashes, spaces and case forgiven: what is digested and matched. The
    /// digest is keyed (`NationalIDVault.secretDigest`), so the stored digests of fifty-bit codes
    /// cannot be searched without the key.
    public static func normalised(_ typed: String) -> String {
        typed.uppercased().filter { $0 != "-" && !$0.isWhitespace }
    }
}
