/// Turns an uploaded file's bytes into text. Thai offices save CSV from Excel in three ways: UTF-8,
/// UTF-8 with a byte-order mark, and the Windows Thai code page (Windows-874, a superset of TIS-620).
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8
        case utf8BOM = "utf8-bom"
        case windows874 = "windows-874"
    }

    public enum Failure: Error, Equatable, Sendable {
        /// Neither valid UTF-8 nor Windows-874; `offset` is the first byte that fits neither.
        case unknownEncoding(offset: Int)
    }

    public static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: Encoding), Failure> {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = strictUTF8(bytes.dropFirst(3)) { return .success((text, .utf8BOM)) }
        } else if let text = strictUTF8(bytes[...]) {
            return .success((text, .utf8))
        }
        return windows874(bytes).map { ($0, .windows874) }
    }

    private static func strictUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        var text = ""
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return text
            case .error: return nil
            }
        }
    }

    /// Windows-874: ASCII below 0x80, Thai letters at 0xA1–0xFB mapped one-to-one onto U+0E01–U+0E5B,
    /// plus a few Windows punctuation marks. Bytes the code page leaves undefined are refused.
    public static func windows874(_ bytes: [UInt8]) -> Result<String, Failure> {
        var text = ""
        text.unicodeScalars.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            let value: UInt32
            switch byte {
            case 0x00..<0x80: value = UInt32(byte)
            case 0x80: value = 0x20AC
            case 0x85: value = 0x2026
            case 0x91: value = 0x2018
            case 0x92: value = 0x2019
            case 0x93: value = 0x201C
            case 0x94: value = 0x201D
            case 0x95: value = 0x2022
            case 0x96: value = 0x2013
            case 0x97: value = 0x2014
            case 0xA0: value = 0x00A0
            case 0xA1...0xDA, 0xDF...0xFB: value = 0x0E00 + UInt32(byte) - 0xA0
            default: return .failure(.unknownEncoding(offset: offset))
            }
            text.unicodeScalars.append(Unicode.Scalar(value)!)
        }
        return .success(text)
    }

    /// The reverse, for tests and for exports to old Windows tools. `nil` if a character has no byte.
    public static func encodeWindows874(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x0E01...0x0E3A, 0x0E3F...0x0E5B: bytes.append(UInt8(scalar.value - 0x0E00 + 0xA0))
            case 0x00A0: bytes.append(0xA0)
            default: return nil
            }
        }
        return bytes
    }
}
