import Foundation
import Testing

@testable import SanfanCore

/// Verification codes, the overall result, certificate dates and standing, and the QR symbol's
/// structure. (A real decoder reads the printed QR code in `Tests/browser`.)
@Suite struct CertificateRulesTests {
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    @Test func aCodeReadsBackHoweverItIsTyped() throws {
        var random = Seeded(state: 42)
        for _ in 0..<200 {
            let code = VerificationCode.make(using: &random)
            #expect(code.characters.count == 12)
            #expect(!code.characters.contains { "01OI".contains($0) })
            #expect(try VerificationCode.parse(code.description).get() == code)
            #expect(try VerificationCode.parse(code.characters.lowercased()).get() == code)
            #expect(
                try VerificationCode.parse(" " + code.description.replacingOccurrences(of: "-", with: " ")).get()
                    == code
            )
        }
    }

    @Test func everySingleMistakeAndNeighbourSwapIsCaught() throws {
        var random = Seeded(state: 7)
        let alphabet = VerificationCode.alphabet
        for _ in 0..<50 {
            let code = Array(VerificationCode.make(using: &random).characters)
            for position in code.indices {
                for replacement in alphabet where replacement != code[position] {
                    var typed = code
                    typed[position] = replacement
                    #expect(VerificationCode.parse(String(typed)) == .failure(.checkFailed))
                }
            }
            for position in 0..<(code.count - 1) where code[position] != code[position + 1] {
                var typed = code
                typed.swapAt(position, position + 1)
                // Luhn mod N misses only the swap of the two values whose doubles wrap alike.
                let values = [position, position + 1].map { alphabet.firstIndex(of: typed[$0])! }
                if Set(values) == [0, 31] { continue }
                #expect(VerificationCode.parse(String(typed)) == .failure(.checkFailed))
            }
        }
    }

    @Test func aCodeThatIsNotACodeSaysWhy() {
        #expect(VerificationCode.parse("ABCD-EFGH") == .failure(.wrongLength(8)))
        #expect(VerificationCode.parse("ABCD-EFGH-JKL0") == .failure(.notInAlphabet("0")))
        #expect(VerificationCode.parse("ABCD-EFGH-JKLO") == .failure(.notInAlphabet("O")))
        #expect(VerificationCode.parse("") == .failure(.wrongLength(0)))
        #expect(VerificationCode.parse("ก" + String(repeating: "A", count: 11)) == .failure(.notInAlphabet("ก")))
    }

    @Test func theOverallResultFollowsTheUnits() {
        let units = [UUID(), UUID(), UUID()]
        func overall(_ outcomes: [UnitOutcome?]) -> OverallResult {
            var results: [UUID: UnitOutcome] = [:]
            for (unit, outcome) in zip(units, outcomes) where outcome != nil { results[unit] = outcome }
            return AssessmentRules.overall(units: units, results: results)
        }
        #expect(overall([.pass, .pass, .pass]) == .passed)
        #expect(overall([.pass, .notYetCompetent, .pass]) == .notYetCompetent)
        #expect(overall([.pass, .absent, .pass]) == .notYetCompetent)
        #expect(overall([.absent, .absent, .absent]) == .absent)
        #expect(overall([.pass, nil, .pass]) == .pending)
        #expect(AssessmentRules.overall(units: [], results: [:]) == .pending)
    }

    @Test func datesAndStanding() throws {
        let assessed = try #require(ThaiCalendar.Day(iso: "2020-03-10"))
        let day = { (iso: String) in ThaiCalendar.Day(iso: iso)! }
        #expect(
            AssessmentRules.checkDates(assessedOn: assessed, issuedOn: day("2020-03-09"), expiresOn: nil)
                == .issuedBeforeAssessment
        )
        #expect(
            AssessmentRules.checkDates(assessedOn: assessed, issuedOn: day("2020-03-10"), expiresOn: day("2020-03-10"))
                == .expiresBeforeIssue
        )
        #expect(
            AssessmentRules.checkDates(assessedOn: assessed, issuedOn: day("2020-03-10"), expiresOn: day("2025-03-10"))
                == nil
        )
        #expect(AssessmentRules.standing(expiresOn: day("2025-03-10"), revokedOn: nil, on: day("2025-03-10")) == .valid)
        #expect(
            AssessmentRules.standing(expiresOn: day("2025-03-10"), revokedOn: nil, on: day("2025-03-11")) == .expired
        )
        #expect(
            AssessmentRules.standing(expiresOn: nil, revokedOn: day("2021-01-01"), on: day("2021-01-01")) == .revoked
        )
        #expect(AssessmentRules.maskedName(first: "สมชาย", last: "ใจดี") == "สมชาย ใจ.")
        #expect(AssessmentRules.maskedName(first: "สมหญิง", last: "รักษ์ดี") == "สมหญิง ร.")
        #expect(AssessmentRules.maskedName(first: "Somchai", last: "Jaidee") == "Somchai J.")
    }

    @Test func aQRSymbolHasItsFunctionPatternsAndFormat() throws {
        let url = "https://sanfan.example/verify/K7M2PQX4RA9W"
        let qr = try QRCode(url)
        #expect(qr.version == 3)  // 46 bytes at level M
        #expect(qr.size == 29)
        // Finder pattern corners are dark, their inner ring light.
        for (x, y) in [(0, 0), (qr.size - 1, 0), (0, qr.size - 1)] { #expect(qr.modules[y][x]) }
        #expect(!qr.modules[1][1])
        #expect(qr.modules[3][3])
        // Timing pattern alternates.
        #expect((8..<(qr.size - 8)).allSatisfy { qr.modules[6][$0] == ($0 % 2 == 0) })
        // The format information says level M and the chosen mask, in both copies.
        var bits = 0
        for i in 0...5 { bits |= (qr.modules[i][8] ? 1 : 0) << i }
        bits |= (qr.modules[7][8] ? 1 : 0) << 6
        bits |= (qr.modules[8][8] ? 1 : 0) << 7
        bits |= (qr.modules[8][7] ? 1 : 0) << 8
        for i in 9..<15 { bits |= (qr.modules[8][14 - i] ? 1 : 0) << i }
        let data = (bits ^ 0x5412) >> 10
        #expect(data >> 3 == 0)  // level M
        #expect(data & 7 == qr.mask)
        #expect(qr.modules[qr.size - 8][8])  // the dark module
        // Long enough texts move to larger versions; too long is refused.
        #expect(try QRCode(String(repeating: "A", count: 200)).version == 10)
        #expect(throws: QRCode.Failure.tooLong(bytes: 300)) { try QRCode(String(repeating: "A", count: 300)) }
        #expect(try QRCode(url).svg().hasPrefix("<svg"))
    }

    @Test func reedSolomonMatchesTheStandardsExample() {
        // ISO/IEC 18004 Annex I: "01234567" at version 1-M gives these error correction codewords.
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        let ecc = ReedSolomon.remainder(data, ReedSolomon.divisor(degree: 10))
        #expect(ecc == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }
}
