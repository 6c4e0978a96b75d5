import Testing

@testable import SanfanCore

@Suite struct NationalIDTests {
    @Test(arguments: ["1234545678781", "1111111111119", "1-2345-45678-78-1", " 1 2345 45678 78 1 ", "๑๒๓๔๕๔๕๖๗๘๗๘๑"])
    func acceptsValidNumbersHoweverTyped(input: String) throws {
        let id = try NationalID.parse(input).get()
        #expect(id.digits.count == 13)
    }

    @Test func rejectsWithTheReason() {
        #expect(NationalID.parse("1234545678782") == .failure(.wrongCheckDigit))
        #expect(NationalID.parse("123454567878") == .failure(.wrongLength(12)))
        #expect(NationalID.parse("12345456787a1") == .failure(.notDigits))
        #expect(NationalID.parse("  ") == .failure(.empty))
    }

    @Test func formatsAndMasks() throws {
        let id = try NationalID.parse("1234545678781").get()
        #expect(id.formatted == "1-2345-45678-78-1")
        #expect(id.masked == "1-2345-xxxxx-78-1")
        #expect("\(id)" == id.masked)  // string interpolation never leaks the whole number
    }

    @Test func categoryZeroIsFlagged() throws {
        // 0-0000-00000-00-? : weights sum to 0 → check (11 - 0) % 10 = 1
        let id = try NationalID.parse("0000000000001").get()
        #expect(id.hasNoRegistrationStatus)
    }
}
