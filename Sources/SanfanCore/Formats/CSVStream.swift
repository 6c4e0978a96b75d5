/// A CSV reader fed bytes a chunk at a time, for sheets too large to hold whole: the rows `CSV.parse`
/// would read from the decoded text, row by row, without the file ever in memory.
///
/// It splits on bytes: in UTF-8 and in Windows-874 alike every byte below 0x80 is the ASCII
/// character it looks like and never part of a Thai letter, so commas, quotes and line ends can be
/// found before decoding. Each field is then decoded on its own, strictly (a byte sequence that is
/// not the encoding's is refused with its offset in the file, as `TextDecoding` refuses it).
public struct CSVStream: Sendable {
    public enum Encoding: Sendable, Equatable {
        case utf8
        case windows874
    }

    public let encoding: Encoding
    private var field: [UInt8] = []
    private var row: [String] = []
    private var inQuotes = false
    private var quoteSeen = false
    private var crSeen = false
    private var atStart = true
    /// The first bytes, held until a byte-order mark can be told apart from data.
    private var head: [UInt8] = []
    /// Bytes read so far, for the offset of a byte that cannot be decoded.
    private(set) var offset = 0
    private var fieldStart = 0

    public init(encoding: Encoding) { self.encoding = encoding }

    /// UTF-8 when the bytes begin with its byte-order mark or read as UTF-8 (a sequence cut at the
    /// end of the sample is allowed); Windows-874 otherwise.
    public static func detect(_ sample: some Collection<UInt8>) -> Encoding {
        let bytes = Array(sample)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        // Up to three bytes of a sequence cut off by the sample's end do not count against it.
        for cut in 0...min(3, bytes.count) where String(validating: bytes.dropLast(cut), as: UTF8.self) != nil {
            return .utf8
        }
        return .windows874
    }

    /// Reads `bytes` and returns the rows they complete.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws(TextDecoding.Failure) -> [[String]] {
        guard atStart else { return try read(bytes) }
        head += bytes
        guard head.count >= 3 else { return [] }
        return try readHead()
    }

    private mutating func readHead() throws(TextDecoding.Failure) -> [[String]] {
        atStart = false
        var start = head[...]
        if encoding == .utf8, head.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = start.dropFirst(3)
            offset = 3
        }
        defer { head = [] }
        return try read(start)
    }

    private mutating func read(_ input: some Collection<UInt8>) throws(TextDecoding.Failure) -> [[String]] {
        var rows: [[String]] = []
        for byte in input {
            defer { offset += 1 }
            if quoteSeen {
                quoteSeen = false
                if byte == 0x22 {
                    field.append(0x22)
                    continue
                }
                inQuotes = false
            }
            if crSeen {
                crSeen = false
                if byte == 0x0A { continue }
            }
            if inQuotes {
                if byte == 0x22 { quoteSeen = true } else { field.append(byte) }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty: inQuotes = true
            case 0x2C: try endField()
            case 0x0D:
                try endField()
                rows.append(row)
                row = []
                crSeen = true
            case 0x0A:
                try endField()
                rows.append(row)
                row = []
            default: field.append(byte)
            }
        }
        return rows
    }

    /// The last row, when the file does not end with a line break.
    public mutating func finish() throws(TextDecoding.Failure) -> [[String]] {
        var rows = atStart ? try readHead() : []
        guard !field.isEmpty || !row.isEmpty else { return rows }
        try endField()
        rows.append(row)
        row = []
        return rows
    }

    private mutating func endField() throws(TextDecoding.Failure) {
        defer {
            field.removeAll(keepingCapacity: true)
            fieldStart = offset + 1
        }
        if field.allSatisfy({ $0 < 0x80 }) {
            row.append(String(decoding: field, as: UTF8.self))
            return
        }
        switch encoding {
        case .utf8:
            guard let text = String(validating: field, as: UTF8.self) else {
                throw .unknownEncoding(offset: fieldStart)
            }
            row.append(text)
        case .windows874:
            switch TextDecoding.windows874(field) {
            case .success(let text): row.append(text)
            case .failure: throw .unknownEncoding(offset: fieldStart)
            }
        }
    }
}
