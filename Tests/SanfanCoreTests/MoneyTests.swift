import Testing

@testable import SanfanCore

@Suite struct MoneyTests {
    @Test func bahtFromSatangInBothLanguages() {
        #expect(Satang(123_450).formatted(in: .thai) == "1,234.50 บาท")
        #expect(Satang(123_450).formatted(in: .english) == "฿1,234.50")
        #expect(Satang(baht: 5_000_000).formatted(in: .thai) == "5,000,000.00 บาท")
        #expect(Satang(-5).formatted(in: .thai) == "-0.05 บาท")
        #expect(Satang(0).formatted(in: .english) == "฿0.00")
    }

    @Test func groupsThousands() {
        #expect(1223.grouped == "1,223")
        #expect(999.grouped == "999")
        #expect((-1_000_000).grouped == "-1,000,000")
    }
}
