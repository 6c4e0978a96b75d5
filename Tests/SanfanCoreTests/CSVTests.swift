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

    /// The streaming reader reads what `CSV.parse` reads, however the bytes are cut into chunks,
    /// in UTF-8 (with or without its mark) and in Windows-874.
    @Test func theStreamReadsWhatTheWholeTextReadsInAnyChunks() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "ก", "ข้", "\"", ",", "\r", "\n", "\r\n", " ", "๑", "\"\"", "สมชาย"]
        for round in 0..<2_000 {
            let text = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let expected = CSV.parse(text)
            for encoding in [CSVStream.Encoding.utf8, .windows874] {
                var bytes = encoding == .utf8 ? Array(text.utf8) : try #require(TextDecoding.encodeWindows874(text))
                if encoding == .utf8, round % 3 == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
                var stream = CSVStream(encoding: encoding)
                var rows: [[String]] = []
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + Int.random(in: 1...7, using: &generator))
                    rows += try stream.feed(bytes[start..<end])
                    start = end
                }
                rows += try stream.finish()
                #expect(rows == expected, "\(encoding) \(text.debugDescription)")
            }
        }
    }

    @Test func theStreamRefusesBytesItsEncodingDoesNotHave() {
        var stream = CSVStream(encoding: .utf8)
        #expect(throws: TextDecoding.Failure.self) { _ = try stream.feed([0x61, 0x2C, 0xE0, 0x41, 0x0A]) }
        #expect(CSVStream.detect(Array("ชื่อ".utf8).dropLast()) == .utf8)
        #expect(CSVStream.detect(TextDecoding.encodeWindows874("ชื่อ,นามสกุล")!) == .windows874)
    }
}
