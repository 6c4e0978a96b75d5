import Foundation
import ZIPFoundation

/// Writes Office Open XML workbooks (.xlsx) that Excel, LibreOffice and openpyxl open: Thai text as
/// inline strings, numbers as numbers, dates as real dates, column widths, and a header row that
/// stays put while scrolling. Each sheet is streamed to a file row by row, so a sheet of a million
/// rows never sits in memory; ZIPFoundation then deflates the parts into the workbook.
public enum XLSXWriter {
    public enum Kind: Sendable {
        case text, integer, money, date
    }

    public struct Column: Sendable {
        public var header: String
        public var kind: Kind
        /// In characters, as Excel measures a column.
        public var width: Double

        public init(_ header: String, _ kind: Kind = .text, width: Double = 14) {
            self.header = header
            self.kind = kind
            self.width = width
        }
    }

    public enum Value: Sendable, Equatable {
        case text(String)
        case integer(Int64)
        /// Satang, shown as baht with two decimals.
        case money(Int64)
        case date(ThaiCalendar.Day)
        case empty
    }

    /// One worksheet being written to a file.
    public final class Sheet {
        public let name: String
        let url: URL
        let columns: [Column]
        private let handle: FileHandle
        private var buffer = ""
        public private(set) var rowCount = 0

        public init(name: String, columns: [Column], directory: URL) throws {
            self.name = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            self.columns = columns
            url = directory.appendingPathComponent("sheet-\(UUID().uuidString).xml")
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            handle = try FileHandle(forWritingTo: url)
            buffer.reserveCapacity(1 << 16)
            buffer += """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n\
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetViews><sheetView workbookViewId="0">\
                <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
                <selection pane="bottomLeft"/></sheetView></sheetViews>\
                <sheetFormatPr defaultRowHeight="15"/><cols>
                """
            for (index, column) in columns.enumerated() {
                buffer += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\"/>"
            }
            buffer += "</cols><sheetData>"
            try append(columns.map { .text($0.header) }, style: 1)
        }

        /// Appends a row; values beyond the columns are dropped.
        public func append(_ values: [Value]) throws {
            try append(values, style: nil)
        }

        private func append(_ values: [Value], style: Int?) throws {
            rowCount += 1
            let row = rowCount
            buffer += "<row r=\"\(row)\">"
            for (index, value) in values.prefix(max(columns.count, 1)).enumerated() {
                let reference = XLSXWriter.column(index) + String(row)
                switch value {
                case .empty: continue
                case .text(let text):
                    let s = style.map { " s=\"\($0)\"" } ?? ""
                    buffer += "<c r=\"\(reference)\" t=\"inlineStr\"\(s)><is><t xml:space=\"preserve\">"
                    buffer += XLSXWriter.escape(text)
                    buffer += "</t></is></c>"
                case .integer(let number):
                    buffer += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                case .money(let satang):
                    buffer += "<c r=\"\(reference)\" s=\"3\"><v>\(XLSXWriter.decimal(satang))</v></c>"
                case .date(let day):
                    buffer += "<c r=\"\(reference)\" s=\"2\"><v>\(XLSXWriter.serial(day))</v></c>"
                }
            }
            buffer += "</row>"
            if buffer.utf8.count >= 1 << 16 { try flush() }
        }

        private func flush() throws {
            try handle.write(contentsOf: Data(buffer.utf8))
            buffer.removeAll(keepingCapacity: true)
        }

        func finish() throws {
            buffer += "</sheetData></worksheet>"
            try flush()
            try handle.close()
        }
    }

    /// Finishes the sheets and writes the workbook to `url`; the sheets' files are removed.
    public static func write(_ sheets: [Sheet], to url: URL) throws {
        defer { for sheet in sheets { try? FileManager.default.removeItem(at: sheet.url) } }
        for sheet in sheets { try sheet.finish() }
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path,
                type: .file,
                uncompressedSize: Int64(data.count),
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        let overrides = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        try add(
            "[Content_Types].xml",
            header
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + overrides + "</Types>"
        )
        try add(
            "_rels/.rels",
            header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"
        )
        var names = Set<String>()
        let sheetEntries = sheets.enumerated().map { index, sheet -> String in
            // Sheet names must be unique and not empty.
            var name = sheet.name.isEmpty ? "Sheet\(index + 1)" : sheet.name
            while names.contains(name) { name = String(name.prefix(28)) + "~\(index + 1)" }
            names.insert(name)
            return "<sheet name=\"\(escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        try add(
            "xl/workbook.xml",
            header
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>\(sheetEntries)</sheets></workbook>"
        )
        let relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        try add(
            "xl/_rels/workbook.xml.rels",
            header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships
                + "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>"
        )
        // Styles: 0 plain, 1 bold header, 2 a date (d/m/yyyy, which Thai Excel shows in its own
        // calendar setting), 3 an amount with thousands and two decimals.
        try add(
            "xl/styles.xml",
            header + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d/m/yyyy\"/></numFmts>"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Tahoma\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Tahoma\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>"
        )
        for (index, sheet) in sheets.enumerated() {
            try archive.addEntry(
                with: "xl/worksheets/sheet\(index + 1).xml",
                fileURL: sheet.url,
                compressionMethod: .deflate
            )
        }
    }

    /// `A`, `B`, … `Z`, `AA`, … for a zero-based column.
    static func column(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    /// Excel's serial day (1900 date system): days since 30 December 1899.
    static func serial(_ day: ThaiCalendar.Day) -> Int {
        func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
            // Days from civil (Howard Hinnant's algorithm), proleptic Gregorian.
            let y = m <= 2 ? y - 1 : y
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146_097 + doe - 719_468
        }
        return days(day.year, day.month, day.day) - days(1899, 12, 30)
    }

    public static func decimal(_ satang: Int64) -> String {
        let sign = satang < 0 ? "-" : ""
        let magnitude = satang.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// XML text; characters XML 1.0 cannot carry at all (most control characters) are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
