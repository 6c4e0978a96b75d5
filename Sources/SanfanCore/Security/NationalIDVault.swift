import Crypto
import Foundation

/// Encrypts national IDs at rest and computes their blind index.
///
/// One 256-bit master key, kept outside the database, yields two keys through HKDF: an AES-GCM key
/// for the ciphertext and an HMAC-SHA256 key for the blind index. The index lets the database find
/// and refuse duplicates without ever holding an ID in clear; because it is keyed, a stolen
/// database cannot be matched against a list of ID numbers.
public struct NationalIDVault: Sendable {
    private let encryptionKey: SymmetricKey
    /// The index's HMAC with its key already taken in, copied for each ID: setting the key up
    /// (two hashes of padded key blocks) was half of each index's cost in a bulk import.
    private let indexHMAC: HMAC<SHA256>
    /// Seals other secrets kept in the database (two-factor sign-in's TOTP secrets), under a key of
    /// their own from the same master key.
    private let secretKey: SymmetricKey

    public enum Problem: Error, Equatable, Sendable {
        case badKey
        case cannotDecrypt
    }

    public init(masterKey: Data) throws {
        guard masterKey.count == 32 else { throw Problem.badKey }
        let master = SymmetricKey(data: masterKey)
        encryptionKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: master,
            info: Data("sanfan national-id encryption v1".utf8),
            outputByteCount: 32
        )
        secretKey = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: master,
            info: Data("sanfan sign-in secret v1".utf8),
            outputByteCount: 32
        )
        indexHMAC = HMAC(
            key: HKDF<SHA256>.deriveKey(
                inputKeyMaterial: master,
                info: Data("sanfan national-id blind index v1".utf8),
                outputByteCount: 32
            )
        )
    }

    /// A fresh random master key.
    public static func generateMasterKey() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }

    /// Nonce, ciphertext and tag together, Base64: safe in a text column on both databases.
    public func seal(_ id: NationalID) throws -> String {
        try AES.GCM.seal(Data(id.digits.utf8), using: encryptionKey).combined!.base64EncodedString()
    }

    public func open(_ sealed: String) throws -> NationalID {
        guard let data = Data(base64Encoded: sealed),
            let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: encryptionKey),
            let id = try? NationalID.parse(String(decoding: plain, as: UTF8.self)).get()
        else { throw Problem.cannotDecrypt }
        return id
    }

    /// A secret sealed for a text column (nonce, ciphertext and tag, Base64).
    public func sealSecret(_ bytes: [UInt8]) throws -> String {
        try AES.GCM.seal(bytes, using: secretKey).combined!.base64EncodedString()
    }

    /// A keyed digest (HMAC-SHA256, hex) for short secrets kept only to be matched, such as
    /// recovery codes: a copy of the database alone cannot test guesses against it.
    public func secretDigest(_ text: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Array(text.utf8), using: secretKey).map { String(format: "%02x", $0) }
            .joined()
    }

    public func openSecret(_ sealed: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: sealed), let box = try? AES.GCM.SealedBox(combined: data),
            let plain = try? AES.GCM.open(box, using: secretKey)
        else { return nil }
        return Array(plain)
    }

    /// Hex HMAC of the digits: equal IDs give equal indexes, and nothing else can be read from it.
    public func blindIndex(_ id: NationalID) -> String {
        var hmac = indexHMAC
        hmac.update(data: Array(id.digits.utf8))
        let code = hmac.finalize()
        // Written byte by byte: `String(format:)` per byte cost a bulk import a fifth of its time.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in code {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
