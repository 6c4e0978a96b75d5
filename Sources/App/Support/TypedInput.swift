import Foundation
import Vapor

/// A service's input as the person typed it: every field is text, because that is what a form
/// sends and what the service validates (Thai digits, commas, Buddhist-Era years). The page's form
/// and the API's JSON body decode into the same input through `Request.input`, and a PATCH is the
/// stored input with the body's fields laid over it (`Request.patch`), so each operation is
/// validated once, in its service, whichever door it came through.
protocol TypedInput: Sendable {
    init()
    /// Each text field's name on the form and in JSON, and where it goes.
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] { get }
    /// Fields that carry several values (ticked boxes; a JSON array).
    static var listFields: [(name: String, path: WritableKeyPath<Self, [String]>)] { get }
}

extension TypedInput {
    static var listFields: [(name: String, path: WritableKeyPath<Self, [String]>)] { [] }

    /// The text of every field by name, to show a refused form again as it was typed.
    var values: [String: String] {
        Dictionary(uniqueKeysWithValues: Self.textFields.map { ($0.name, self[keyPath: $0.path]) })
    }
}

/// The coding of a `TypedInput`. A JSON number or boolean is read as its text, so `"hours": 6` and
/// `hours=6` arrive the same; JSON `null` or an absent field leaves the field as it was.
struct Typed<Input: TypedInput>: Codable, Sendable {
    var value: Input

    init(_ value: Input) { self.value = value }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldKey.self)
        var value = Input()
        for field in Input.textFields {
            if let text = try container.text(FieldKey(field.name)) { value[keyPath: field.path] = text }
        }
        for field in Input.listFields {
            if let texts = try container.texts(FieldKey(field.name)) { value[keyPath: field.path] = texts }
        }
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        for field in Input.textFields { try container.encode(value[keyPath: field.path], forKey: FieldKey(field.name)) }
        for field in Input.listFields { try container.encode(value[keyPath: field.path], forKey: FieldKey(field.name)) }
    }
}

struct FieldKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == FieldKey {
    /// A field as text: a string as sent, a number or a boolean as written. Anything else (an
    /// object, an array) is a body of the wrong shape.
    func text(_ key: FieldKey) throws -> String? {
        guard contains(key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if (try? decodeNil(forKey: key)) == true { return nil }
        if let number = try? decode(Int64.self, forKey: key) { return String(number) }
        if let number = try? decode(Decimal.self, forKey: key) { return "\(number)" }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
        throw DecodingError.typeMismatch(
            String.self,
            .init(codingPath: codingPath + [key], debugDescription: "\(key.stringValue) must be text or a number")
        )
    }

    /// A list field: an array, or a single value sent on its own.
    func texts(_ key: FieldKey) throws -> [String]? {
        guard contains(key) else { return nil }
        if let texts = try? decode([String].self, forKey: key) { return texts }
        if (try? decodeNil(forKey: key)) == true { return nil }
        return try text(key).map { [$0] }
    }
}

extension Request {
    /// The body, from a form or JSON, as the operation's input.
    func input<Input: TypedInput>(_ type: Input.Type) throws -> Input {
        try content.decode(Typed<Input>.self).value
    }

    /// A JSON PATCH body laid over what is stored: the fields it names replace the stored ones
    /// and the service validates the whole input, exactly as when the page's form is saved.
    func patch<Input: TypedInput>(_ stored: Input) throws -> Input {
        guard let buffer = body.data,
            let changes = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any]
        else { throw Abort(.badRequest) }
        let encoded = try JSONEncoder().encode(Typed(stored))
        var merged = (try JSONSerialization.jsonObject(with: encoded) as? [String: Any]) ?? [:]
        for (name, change) in changes where !(change is NSNull) { merged[name] = change }
        let data = try JSONSerialization.data(withJSONObject: merged)
        do {
            return try JSONDecoder().decode(Typed<Input>.self, from: data).value
        } catch {
            throw Abort(.badRequest)
        }
    }
}
