import Foundation
import SanfanCore
import Testing

/// The fast UUID reader (`UUIDText`) reads what Foundation reads and refuses what it refuses, its
/// writer writes what Foundation writes, and its random ids are well-formed version 4; and
/// the Thai normaliser's shortcuts give what the general path gives.
@Suite struct UUIDTextTests {
    @Test func readsWhatFoundationReads() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
        let refused = [
            "", "not-a-uuid", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
            "00000000_0000-0000-0000-000000000000", "g0000000-0000-0000-0000-000000000000",
            "0000000-00000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}",
            "00000000-0000-0000-0000-00000000000\u{E01}",
        ]
        for text in refused {
            #expect(UUIDText.parse(text) == nil, "\(text)")
            #expect(UUID(uuidString: text) == nil, "Foundation refuses \(text) too")
        }
    }

    @Test func writesWhatFoundationWritesInLowerCase() {
        for _ in 0..<1_000 {
            let id = UUID()
            #expect(UUIDText.lowercased(id) == id.uuidString.lowercased())
        }
        let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        #expect(UUIDText.lowercased(zero) == "00000000-0000-0000-0000-000000000000")
    }

    @Test func randomIdsAreVersionFourAndDistinct() {
        var seen = Set<UUID>()
        for _ in 0..<10_000 {
            let id = UUIDText.random()
            let text = id.uuidString
            #expect(text[text.index(text.startIndex, offsetBy: 14)] == "4", "version digit of \(text)")
            #expect("89AB".contains(text[text.index(text.startIndex, offsetBy: 19)]), "variant digit of \(text)")
            seen.insert(id)
        }
        #expect(seen.count == 10_000)
    }

    @Test func thaiNormalisingShortcutsAgreeWithTheGeneralPath() {
        // The general path: what `normalise` did before its shortcuts for Thai and ASCII.
        func reference(_ text: String) -> String {
            var result = ""
            var pendingSpace = false
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
                case 0x0E50...0x0E59:
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0E50 + 0x30)!)
                default:
                    if scalar.properties.isWhitespace {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
            }
            return result
        }
        let alphabet = Array("สมชาย ใจดี้ ก่อ ก้อง ๑๒๓ ABCxyz 09 ÉéÇ\t\u{200B}\u{A0}İ ฯๆ".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                text.append(alphabet.randomElement(using: &generator)!)
            }
            let string = String(text)
            #expect(ThaiText.normalise(string) == reference(string), "\(string)")
        }
    }
}
