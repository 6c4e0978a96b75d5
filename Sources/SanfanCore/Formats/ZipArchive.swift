/// Reads the files inside a ZIP archive (an .xlsx is one), from its central directory.
public struct ZipArchive: Sendable {
    public struct NotAZip: Error, Equatable, Sendable {}

    public struct Entry: Sendable {
        public let name: String
        let method: Int
        let compressedSize: Int
        let size: Int
        let localHeader: Int
    }

    public let entries: [Entry]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
        guard bytes.count >= 22 else { throw NotAZip() }
        var end = bytes.count - 22
        let floor = max(0, bytes.count - 22 - 65_535)
        while end >= floor, u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= floor else { throw NotAZip() }
        let count = u16(end + 10)
        var at = u32(end + 16)
        var entries: [Entry] = []
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw NotAZip() }
            let nameLength = u16(at + 28)
            let extra = u16(at + 30)
            let comment = u16(at + 32)
            guard at + 46 + nameLength <= bytes.count else { throw NotAZip() }
            entries.append(
                Entry(
                    name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
                    method: u16(at + 10),
                    compressedSize: u32(at + 20),
                    size: u32(at + 24),
                    localHeader: u32(at + 42)
                )
            )
            at += 46 + nameLength + extra + comment
        }
        self.entries = entries
    }

    /// The contents of the file called `name`, or `nil` if the archive has none.
    public func contents(of name: String) throws -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        let at = entry.localHeader
        guard at + 30 <= bytes.count else { throw NotAZip() }
        let start =
            at + 30 + (Int(bytes[at + 26]) | Int(bytes[at + 27]) << 8)
            + (Int(bytes[at + 28]) | Int(bytes[at + 29]) << 8)
        guard start + entry.compressedSize <= bytes.count else { throw NotAZip() }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        switch entry.method {
        case 0: return data
        case 8: return try Inflate.decompress(data, expectedSize: entry.size)
        default: throw NotAZip()
        }
    }
}
