import Foundation
import ZIPFoundation

/// The first worksheet of an .xlsx file as rows of text, the way a CSV would give them. Only what
/// a sheet of names and numbers needs: shared strings, inline strings, numbers.
public enum XLSX {
    public struct Unreadable: Error, Equatable, Sendable {}

    /// Past these a workbook is refused before it is read further: a few hundred bytes of XML can
    /// name row two billion or column XFD, and a small ZIP can inflate to gigabytes.
    public struct Limits: Sendable {
        public var rows: Int
        public var columns: Int
        /// Cells once short rows are padded to their last cell.
        public var cells: Int
        /// Inflated bytes of one part (the sheet, the shared strings).
        public var partBytes: Int

        public init(rows: Int = 100_000, columns: Int = 256, cells: Int = 2_000_000, partBytes: Int = 64 << 20) {
            self.rows = rows
            self.columns = columns
            self.cells = cells
            self.partBytes = partBytes
        }
    }

    /// The workbook is larger than `Limits` allow.
    public struct TooLarge: Error, Equatable, Sendable {}

    public static func firstSheetRows(_ bytes: [UInt8], limits: Limits = Limits()) throws -> [[String]] {
        // Read from a file, not from memory: ZIPFoundation's in-memory reader traps (a range with its
        // bounds reversed) when a damaged entry points past the end, which the fuzz test found; its
        // file reader reads nothing there instead, and the entry fails its checksum.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sanfan-xlsx-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(bytes)) else { throw Unreadable() }
        defer { try? FileManager.default.removeItem(at: file) }
        let archive: Archive
        do { archive = try Archive(url: file, accessMode: .read) } catch { throw Unreadable() }
        let sheets = archive.map(\.path).filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
        // sheet1.xml before sheet10.xml: shorter names first, then in order.
        let sheetName = sheets.min { ($0.count, $0) < ($1.count, $1) }
        guard let sheetName, let sheet = try contents(of: sheetName, in: archive, limit: limits.partBytes) else {
            throw Unreadable()
        }
        var shared: [String] = []
        if let data = try contents(of: "xl/sharedStrings.xml", in: archive, limit: limits.partBytes) {
            shared = sharedStrings(String(decoding: data, as: UTF8.self))
        }
        return try rows(String(decoding: sheet, as: UTF8.self), shared: shared, limits: limits)
    }

    private struct PartTooLarge: Error {}

    /// An entry's bytes; nil when it is missing or does not inflate to what its CRC says. Throws
    /// `TooLarge` as soon as it inflates past `limit`.
    private static func contents(of path: String, in archive: Archive, limit: Int) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(limit) else { throw TooLarge() }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                // The size the entry declares may lie: count what actually comes out.
                guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw TooLarge()
        } catch {
            return nil
        }
        return data
    }

    /// `<si>` items, each the concatenation of its `<t>` runs.
    static func sharedStrings(_ xml: String) -> [String] {
        elements("si", in: xml).map { item in elements("t", in: item.body).map { unescape($0.body) }.joined() }
    }

    /// The rows, in order. Row and cell references must ascend, as Excel and LibreOffice write
    /// them; a reference going back, or one past `limits`, makes the sheet unreadable or too large.
    static func rows(_ xml: String, shared: [String], limits: Limits = Limits()) throws -> [[String]] {
        var result: [[String]] = []
        var cellCount = 0
        for row in elements("row", in: xml) {
            let number =
                try attribute("r", of: row.tag).map { text -> Int in
                    guard let number = Int(text), number > result.count else { throw Unreadable() }
                    return number
                } ?? result.count + 1
            guard number <= limits.rows else { throw TooLarge() }
            while result.count < number - 1 { result.append([]) }
            var cells: [String] = []
            for cell in elements("c", in: row.body) {
                let column =
                    try attribute("r", of: cell.tag).map { reference -> Int in
                        guard let column = columnIndex(reference), column >= cells.count else { throw Unreadable() }
                        return column
                    } ?? cells.count
                guard column < limits.columns else { throw TooLarge() }
                cellCount += column + 1 - cells.count
                guard cellCount <= limits.cells else { throw TooLarge() }
                while cells.count < column { cells.append("") }
                let type = attribute("t", of: cell.tag)
                let value = elements("v", in: cell.body).first.map { unescape($0.body) } ?? ""
                let text: String
                switch type {
                case "s": text = Int(value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
                case "inlineStr": text = elements("t", in: cell.body).map { unescape($0.body) }.joined()
                case "str", "e", "b": text = value
                default: text = plainNumber(value)
                }
                cells.append(text)
            }
            result.append(cells)
        }
        return result
    }

    /// `120` rather than `120.0` or `1.2E2`: numbers as a person typed them.
    static func plainNumber(_ value: String) -> String {
        guard let number = Double(value), number == number.rounded(), abs(number) < 1e15 else { return value }
        return String(Int64(number))
    }

    /// `B3` → 1 (zero-based column); nil for a reference without letters or with more than
    /// three (past Excel's last column, XFD).
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            index = index * 26 + Int(scalar.value) - 64
        }
        return letters == 0 ? nil : index - 1
    }

    struct Element {
        let tag: Substring
        let body: String
    }

    /// Every `<name …>body</name>` (or `<name …/>`) directly findable in `xml`, in order. Elements of
    /// this name do not nest in the parts read here, so a scan suffices.
    static func elements(_ name: String, in xml: String) -> [Element] {
        var found: [Element] = []
        var rest = xml[...]
        while let open = rest.range(of: "<" + name) {
            let afterName = open.upperBound
            guard afterName < rest.endIndex else { break }
            let next = rest[afterName]
            guard next == " " || next == ">" || next == "/" else {
                rest = rest[afterName...]
                continue
            }
            guard let close = rest[afterName...].firstIndex(of: ">") else { break }
            let tag = rest[afterName..<close]
            if tag.hasSuffix("/") {
                found.append(Element(tag: tag, body: ""))
                rest = rest[rest.index(after: close)...]
                continue
            }
            let bodyStart = rest.index(after: close)
            guard let end = rest[bodyStart...].range(of: "</" + name + ">") else { break }
            found.append(Element(tag: tag, body: String(rest[bodyStart..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        return found
    }

    static func attribute(_ name: String, of tag: Substring) -> String? {
        guard let start = tag.range(of: " " + name + "=\"") else { return nil }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(tag[start.upperBound..<end])
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                if let number, let scalar = Unicode.Scalar(number) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return result + rest
    }
}
