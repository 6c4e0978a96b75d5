import Foundation
import Testing

@testable import SanfanCore

@Suite struct XLSXTests {
    @Test func writesAWorkbookThatReadsBackWithThaiNumbersAndDates() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = try XLSXWriter.Sheet(
            name: "ตัวชี้วัด",
            columns: [.init("นิคม", width: 30), .init("คน", .integer), .init("บาท", .money), .init("วันที่", .date)],
            directory: directory
        )
        try sheet.append([
            .text("บางปู & <ทดสอบ>"), .integer(1_223), .money(-150_050), .date(.init(year: 2019, month: 9, day: 30)),
        ])
        try sheet.append([.text("=HYPERLINK(\"x\")"), .empty, .money(5), .date(.init(year: 1900, month: 3, day: 1))])
        let url = directory.appendingPathComponent("out.xlsx")
        try XLSXWriter.write([sheet], to: url)
        let rows = try XLSX.firstSheetRows(Array(try Data(contentsOf: url)))
        #expect(rows[0] == ["นิคม", "คน", "บาท", "วันที่"])
        // 30 September 2019 is Excel's day 43,738; 1 March 1900 is day 61.
        #expect(rows[1] == ["บางปู & <ทดสอบ>", "1223", "-1500.50", "43738"])
        #expect(rows[2] == ["=HYPERLINK(\"x\")", "", "0.05", "61"])
        #expect(XLSXWriter.column(0) == "A" && XLSXWriter.column(25) == "Z" && XLSXWriter.column(26) == "AA")
        #expect(XLSXWriter.column(701) == "ZZ" && XLSXWriter.column(702) == "AAA")
    }

    @Test func readsTheFirstWorksheetOfARealWorkbook() throws {
        let url = try #require(
            Bundle.module.url(forResource: "targets", withExtension: "xlsx", subdirectory: "Fixtures")
        )
        let rows = try XLSX.firstSheetRows(Array(try Data(contentsOf: url)))
        #expect(rows[0].first == "รหัสนิคม")
        #expect(rows[1] == ["BANGPOO", "นิคมอุตสาหกรรมบางปู", "120", "90", "30", "5000000"])
        #expect(rows[2] == ["", "นิคมอุตสาหกรรมบางพลี", "๘๐", "60", "๑๐", "4500000.5"])
        #expect(rows[4].prefix(2) == ["BANGCHAN", "บางชัน & <ทดสอบ>"])

        let estates = ["BANGPOO": "BANGPOO", "นิคมอุตสาหกรรมบางพลี": "BANGPLEE", "BANGCHAN": "BANGCHAN"]
        let targets = try TargetSheet.read(rows: rows) { estates[$0] }.get()
        #expect(targets.map(\.estateCode) == ["BANGPOO", "BANGPLEE", "BANGCHAN"])
        #expect(targets[1].target == .init(trained: 80, certified: 60, livelihoods: 10, income: Satang(450_000_050)))
        #expect(targets[2].line == 5)  // the blank row still counts, as the spreadsheet numbers rows
    }

    @Test func refusesWhatIsNotAWorkbook() {
        #expect(throws: XLSX.Unreadable.self) { try XLSX.firstSheetRows(Array("PK\u{3}\u{4} not really".utf8)) }
    }

    /// What an attacker's few hundred bytes of sheet XML could do, refused (an officer's upload
    /// once crashed the server with a negative shared-string index).
    /// Random and mutated sheets and workbooks are read or refused, never a crash or a hang: the
    /// sheet's XML cut, changed, and repeated in pieces, and a real workbook's bytes changed or cut.
    @Test func mutatedSheetsAndWorkbooksAreReadOrRefused() throws {
        var generator = SystemRandomNumberGenerator()
        let xml = Array(
            #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>ชื่อ</t></is></c></row><row r="2"><c r="A2"><v>15</v></c><c r="C2" t="str"><f>1+1</f><v>2</v></c></row></sheetData></worksheet>"#
                .utf8
        )
        let alphabet = Array("<>/=\"' rcvtis0123456789AZ-&;#x".utf8)
        let small = XLSX.Limits(rows: 1_000, columns: 100, cells: 10_000)
        var read = 0
        for _ in 0..<3_000 {
            var bytes = xml
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: bytes[index] = alphabet.randomElement(using: &generator)!
                case 1: bytes.remove(at: index)
                case 2:
                    let end = min(bytes.count, index + Int.random(in: 1...20, using: &generator))
                    bytes.insert(contentsOf: Array(bytes[index..<end]), at: index)
                default: bytes = Array(bytes.prefix(index))
                }
                if bytes.isEmpty { bytes = Array("<".utf8) }
            }
            if (try? XLSX.rows(String(decoding: bytes, as: UTF8.self), shared: ["a", "b"], limits: small)) != nil {
                read += 1
            }
        }
        #expect(read > 0)  // some mutations leave a readable sheet: the reader was reached
        let url = try #require(
            Bundle.module.url(forResource: "targets", withExtension: "xlsx", subdirectory: "Fixtures")
        )
        let workbook = Array(try Data(contentsOf: url))
        for _ in 0..<2_000 {
            var bytes = workbook
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            if Bool.random(using: &generator) {
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
            }
            _ = try? XLSX.firstSheetRows(bytes, limits: small)
        }
    }

    @Test func hostileSheetsAreRefusedNotTrappedOrInflated() throws {
        let shared = ["a"]
        func sheet(_ rows: String) -> String { "<worksheet><sheetData>\(rows)</sheetData></worksheet>" }
        // A shared-string index out of range, either way, reads as empty.
        let negative = try XLSX.rows(
            sheet(#"<row r="1"><c t="s"><v>-5</v></c><c t="s"><v>7</v></c></row>"#),
            shared: shared
        )
        #expect(negative == [["", ""]])
        // Row two billion, or column XFD and beyond, past the limits: too large, before padding.
        #expect(throws: XLSX.TooLarge.self) {
            try XLSX.rows(sheet(#"<row r="2000000000"><c><v>1</v></c></row>"#), shared: [])
        }
        #expect(throws: XLSX.TooLarge.self) {
            try XLSX.rows(sheet(#"<row r="1"><c r="XFD1"><v>1</v></c></row>"#), shared: [])
        }
        #expect(throws: XLSX.Unreadable.self) {
            try XLSX.rows(sheet(#"<row r="1"><c r="ZZZZZZZZZZZZZZZZ1"><v>1</v></c></row>"#), shared: [])
        }
        // References going back (Excel never writes them) make the sheet unreadable.
        #expect(throws: XLSX.Unreadable.self) {
            try XLSX.rows(sheet(#"<row r="3"></row><row r="2"></row>"#), shared: [])
        }
        #expect(throws: XLSX.Unreadable.self) {
            try XLSX.rows(sheet(#"<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>2</v></c></row>"#), shared: [])
        }
        // Padding counts against the cell limit.
        let wide = XLSX.Limits(rows: 100, columns: 100, cells: 150)
        #expect(throws: XLSX.TooLarge.self) {
            try XLSX.rows(
                sheet(#"<row r="1"><c r="CV1"><v>1</v></c></row><row r="2"><c r="CV2"><v>1</v></c></row>"#),
                shared: [],
                limits: wide
            )
        }
        #expect(XLSX.columnIndex("A1") == 0 && XLSX.columnIndex("XFD7") == 16_383 && XLSX.columnIndex("12") == nil)
    }

    /// A part that inflates past the limit is refused while it inflates.
    @Test func aPartInflatingPastTheLimitIsTooLarge() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = try XLSXWriter.Sheet(name: "s", columns: [.init("a", width: 10)], directory: directory)
        for _ in 0..<2_000 { try sheet.append([.text(String(repeating: "ก", count: 100))]) }
        let url = directory.appendingPathComponent("big.xlsx")
        try XLSXWriter.write([sheet], to: url)
        let bytes = Array(try Data(contentsOf: url))
        #expect(try XLSX.firstSheetRows(bytes).count == 2_001)
        #expect(throws: XLSX.TooLarge.self) { try XLSX.firstSheetRows(bytes, limits: XLSX.Limits(partBytes: 100_000)) }
    }
}
