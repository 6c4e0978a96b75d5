/// Input that was refused, field by field, as phrases so each reader gets their own language.
struct FieldErrors: Error, Sendable {
    var fields: [String: Phrase] = [:]

    var isEmpty: Bool { fields.isEmpty }

    subscript(field: String) -> Phrase? {
        get { fields[field] }
        set { fields[field] = newValue }
    }

    func localized(_ t: Localizer) -> [String: String] { fields.mapValues { t($0) } }
}
