import Foundation
import SanfanCore
import Testing

/// Two-step sign-in's codes: RFC 6238's own test vectors, RFC 4648's Base32, the one-step window
/// either side, no code twice, and recovery codes' digests.
@Suite struct TOTPTests {
    let rfcSecret = Array("12345678901234567890".utf8)

    @Test func theRFC6238VectorsForSHA1() {
        let vectors: [(seconds: TimeInterval, code: String)] = [
            (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
        ]
        for (seconds, code) in vectors {
            let step = TOTP.step(at: Date(timeIntervalSince1970: seconds))
            #expect(TOTP.code(secret: rfcSecret, step: step, digits: 8) == code, "\(seconds)")
            #expect(TOTP.code(secret: rfcSecret, step: step) == String(code.suffix(6)), "\(seconds)")
        }
    }

    @Test func aCodeWorksOneStepEitherSideAndNeverTwice() {
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = TOTP.step(at: now)
        for offset in [-1, 0, 1] {
            let code = TOTP.code(secret: rfcSecret, step: step + Int64(offset))
            #expect(TOTP.verify(code, secret: rfcSecret, at: now, after: nil) == step + Int64(offset))
        }
        let late = TOTP.code(secret: rfcSecret, step: step - 2)
        #expect(TOTP.verify(late, secret: rfcSecret, at: now, after: nil) == nil)
        let code = TOTP.code(secret: rfcSecret, step: step)
        #expect(TOTP.verify(code, secret: rfcSecret, at: now, after: step) == nil, "the step already used")
        #expect(TOTP.verify(code, secret: rfcSecret, at: now, after: step - 1) == step)
        // Spaces and Thai digits are forgiven; anything else is not a code.
        let thai = String(code.map { Character(Unicode.Scalar(UInt32($0.asciiValue!) - 0x30 + 0x0E50)!) })
        #expect(TOTP.verify(thai, secret: rfcSecret, at: now, after: nil) == step)
        #expect(
            TOTP.verify(String(code.prefix(3)) + " " + code.suffix(3), secret: rfcSecret, at: now, after: nil) == step
        )
        for bad in ["", "12345", "1234567", "abcdef", "12345x"] {
            #expect(TOTP.verify(bad, secret: rfcSecret, at: now, after: nil) == nil, "\(bad)")
        }
    }

    @Test func base32AsRFC4648WritesItWithoutPadding() {
        let vectors = [
            ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ]
        for (plain, encoded) in vectors {
            #expect(Base32.encode(Array(plain.utf8)) == encoded)
            #expect(Base32.decode(encoded) == Array(plain.utf8))
            #expect(Base32.decode(encoded.lowercased() + "==") == Array(plain.utf8))
        }
        #expect(Base32.decode("MZ1W") == nil)
        let secret = TOTP.generateSecret()
        #expect(secret.count == 20 && Base32.decode(Base32.encode(secret)) == secret)
    }

    @Test func theEnrolmentAddressIsWhatAuthenticatorAppsRead() {
        let uri = TOTP.uri(secret: rfcSecret, account: "hq.admin", issuer: "Sanfan IEAT")
        #expect(
            uri
                == "otpauth://totp/Sanfan%20IEAT:hq.admin?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Sanfan%20IEAT&algorithm=SHA1&digits=6&period=30"
        )
    }

    @Test func recoveryCodesAreTenDistinctAndMatchAsTyped() throws {
        let codes = RecoveryCodes.generate()
        #expect(codes.count == 10 && Set(codes).count == 10)
        for code in codes {
            #expect(code.count == 11 && code.dropFirst(5).first == "-")
            #expect(
                RecoveryCodes.normalised(code)
                    == RecoveryCodes.normalised(code.lowercased().replacingOccurrences(of: "-", with: " "))
            )
        }
        let vault = try NationalIDVault(masterKey: NationalIDVault.generateMasterKey())
        let other = try NationalIDVault(masterKey: NationalIDVault.generateMasterKey())
        #expect(vault.secretDigest(codes[0]) != vault.secretDigest(codes[1]))
        #expect(vault.secretDigest(codes[0]) != other.secretDigest(codes[0]), "keyed: another key, another digest")
    }
}
