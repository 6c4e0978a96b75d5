import Testing

@testable import App

/// Every phrase has its Thai and English text in exactly one feature's file, neither empty, and the
/// Thai one really Thai.
@Suite struct PhraseTests {
    /// Phrases whose Thai text may legitimately contain no Thai letters.
    static let thaiWithoutThaiLetters: Set<String> = ["switchToOtherLanguage", "noneYet"]

    @Test(arguments: Phrase.allCases)
    func everyPhraseHasThaiAndEnglish(phrase: Phrase) {
        #expect(
            phrase.parts.compactMap { $0 }.count == 1,
            "\(phrase) is answered by \(phrase.parts.compactMap { $0 }.count) files"
        )
        let (th, en) = phrase.text
        #expect(!th.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty)
        if !Self.thaiWithoutThaiLetters.contains("\(phrase)") {
            #expect(th.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "\(phrase) has no Thai text")
        }
        // Placeholders must match, or one language would show a raw {0}.
        let placeholders = { (text: String) in Set(text.matches(of: /\{\d\}/).map { String($0.output) }) }
        #expect(placeholders(th) == placeholders(en), "\(phrase) placeholders differ")
    }
}
