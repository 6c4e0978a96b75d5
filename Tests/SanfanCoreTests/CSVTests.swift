import Testing

@testable import SanfanCore

@Suite struct CSVTests {
    @Test func readsQuotedFieldsAndBothLineEnds() {
        let text = "code,name\r\nA,\"Bang, Poo\"\r\nB,\"say \"\"hi\"\"\"\nC,\"two\nlines\"\n"
        #expect(
            CSV.parse(text) == [["code", "name"], ["A", "Bang, Poo"], ["B", "say \"hi\""], ["C", "two\nlines"]]
        )
    }

    @Test func recordsByHeader() {
        let records = CSV.records("code,name_th\nBANGPOO,นิคมอุตสาหกรรมบางปู\nSHORT")
        #expect(records.count == 2)
        #expect(records[0]["name_th"] == "นิคมอุตสาหกรรมบางปู")
        #expect(records[1]["name_th"] == "")
    }
}
