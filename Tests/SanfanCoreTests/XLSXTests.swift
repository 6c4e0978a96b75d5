import Foundation
import Testing

@testable import SanfanCore

@Suite struct XLSXTests {
    @Test func inflatesFixedHuffmanAndStoredBlocks() throws {
        // zlib's raw DEFLATE of "abcabcabcabc" (a back-reference) and of "hi" stored.
        #expect(try Inflate.decompress([75, 76, 74, 78, 132, 33, 0]) == Array("abcabcabcabc".utf8))
        #expect(try Inflate.decompress([1, 2, 0, 253, 255, 104, 105]) == Array("hi".utf8))
        #expect(throws: Inflate.Corrupt.self) { try Inflate.decompress([75, 76]) }
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
