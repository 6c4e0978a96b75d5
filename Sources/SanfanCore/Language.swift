/// The languages Sanfan speaks. Thai comes first: it is the default everywhere.
public enum Language: String, CaseIterable, Codable, Sendable {
    case thai = "th"
    case english = "en"

    public static let `default` = Language.thai

    /// Reads a stored or submitted code; anything unknown falls back to Thai.
    public init(code: String?) {
        self = code.flatMap(Language.init(rawValue:)) ?? .default
    }

    /// The other language: what the header's switch offers.
    public var other: Language { self == .thai ? .english : .thai }
}
