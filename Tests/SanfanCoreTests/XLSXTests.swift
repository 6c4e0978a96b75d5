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
}
