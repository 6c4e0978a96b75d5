/// Input that was refused, field by field, as phrases so each reader gets their own language.
struct FieldErrors: Error, Sendable {
    struct Message: Sendable, Equatable {
        let phrase: Phrase
        var arguments: [String] = []
    }

    var fields: [String: Message] = [:]

    init() {}

    init(fields: [String: Phrase]) {
        self.fields = fields.mapValues { Message(phrase: $0) }
    }

    var isEmpty: Bool { fields.isEmpty }

    subscript(field: String) -> Phrase? {
        get { fields[field]?.phrase }
        set { fields[field] = newValue.map { Message(phrase: $0) } }
    }

    mutating func set(_ field: String, _ phrase: Phrase, _ arguments: String...) {
        fields[field] = Message(phrase: phrase, arguments: arguments)
    }

    func localized(_ t: Localizer) -> [String: String] {
        fields.mapValues { t($0.phrase, arguments: $0.arguments) }
    }
}
