import Foundation
import NIOCore

/// JSON written straight into bytes, for the API's hot lists (issue 14): Foundation's `JSONEncoder`
/// goes through keyed containers and boxes every value, which a profile of `GET
/// /api/v1/participants` found to be an eighth of its time. The output is what `JSONEncoder` would
/// write (a `nil` member is left out), so clients and the OpenAPI schema see no difference.
struct JSONWriter {
    private static let hex = Array("0123456789abcdef".utf8)

    private(set) var bytes: [UInt8] = []
    /// Whether the object being written has a member yet (one entry per open object).
    private var hasMember: [Bool] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        hasMember.append(false)
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        hasMember.removeLast()
    }

    /// An array member of the current object, whose elements `body` writes as objects.
    mutating func array(_ name: StaticString, _ body: (inout JSONWriter) throws -> Void) rethrows {
        key(name)
        bytes.append(UInt8(ascii: "["))
        hasMember.append(false)
        try body(&self)
        hasMember.removeLast()
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func member(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    mutating func member(_ name: StaticString, _ value: UUID?) {
        member(name, value?.uuidString)
    }

    /// The comma before every member or element but the first.
    private mutating func separate() {
        guard let last = hasMember.last else { return }
        if last { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
    }

    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\":".utf8)
    }

    /// A string with `"`, `\` and control characters escaped, and `/` as `\/` as `JSONEncoder`
    /// writes it; everything else, Thai included, as its UTF-8 bytes.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "/"): bytes.append(contentsOf: "\\/".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0x08: bytes.append(contentsOf: "\\b".utf8)
            case 0x0C: bytes.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
