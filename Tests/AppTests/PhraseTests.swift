import Testing

@testable import App

/// The compiler already demands a Thai and an English text for every phrase; this checks that
/// neither is empty and that the Thai one is really Thai.
@Suite struct PhraseTests {
    /// Phrases whose Thai text may legitimately contain no Thai letters.
    static let thaiWithoutThaiLetters: Set<String> = ["switchToOtherLanguage", "noneYet"]

    @Test(arguments: Phrase.allCases)
    func everyPhraseHasThaiAndEnglish(phrase: Phrase) {
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
