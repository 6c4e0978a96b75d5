import Foundation
import SanfanCore

/// Turns a `Phrase` into text in one language, and formats dates and money the way that language
/// expects (Buddhist Era in Thai, Gregorian in English).
struct Localizer: Sendable {
    let language: Language

    func callAsFunction(_ phrase: Phrase) -> String {
        let pair = phrase.text
        return language == .thai ? pair.th : pair.en
    }

    /// Fills `{0}`, `{1}` … with `arguments`.
    func callAsFunction(_ phrase: Phrase, _ arguments: any CustomStringConvertible...) -> String {
        self(phrase, arguments: arguments.map(\.description))
    }

    func callAsFunction(_ phrase: Phrase, arguments: [String]) -> String {
        var text = self(phrase)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    func date(_ date: Date) -> String { ThaiCalendar.format(date, in: language) }
    func dateTime(_ date: Date) -> String { ThaiCalendar.formatDateTime(date, in: language) }
    /// An ISO day (`2020-03-05`) as `5 มี.ค. 2563`; the text itself if it is not one.
    func day(_ iso: String) -> String {
        guard let day = ThaiCalendar.Day(iso: iso) else { return iso }
        return ThaiCalendar.format(year: day.year, month: day.month, day: day.day, in: language)
    }
    func money(_ amount: Satang) -> String { amount.formatted(in: language) }

    /// `ปีงบประมาณ 2563` in Thai; `FY 2020 (BE 2563)` in English: the Gregorian year it ends in,
    /// then the Buddhist-Era name the programme's papers and stored cycle names use. One rule for
    /// every English page, so "2563" and "2020" never stand side by side unexplained.
    func fiscalYear(_ buddhistYear: Int) -> String {
        switch language {
        case .thai: self(.fiscalYear, buddhistYear)
        case .english:
            "\(self(.fiscalYear, buddhistYear - ThaiCalendar.buddhistEraOffset)) (\(self(.buddhistEraYear, buddhistYear)))"
        }
    }

    /// `14:05`, Bangkok time.
    func time(_ date: Date) -> String {
        String(ThaiCalendar.formatDateTime(date, in: language).suffix(5))
    }

    /// `items` in this language's dictionary order of `name`: Thai by the Royal Institute's order
    /// (leading vowels do not count), English alphabetically. A list sorted by name follows the
    /// language the page is read in.
    func sortedByName<T>(_ items: [T], _ name: (T) -> String) -> [T] {
        switch language {
        case .thai:
            // Keys compared scalar by scalar: the same order as comparing them as strings (Thai has
            // nothing to normalise), without the string comparison's cost.
            return items.map { (Array(ThaiText.sortKey(name($0)).unicodeScalars), $0) }
                .sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
        case .english:
            return items.map { (name($0).lowercased(), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
