import Foundation
import Testing

@testable import SanfanCore

@Suite struct RegistryRulesTests {
    let today = ThaiCalendar.Day(year: 2020, month: 3, day: 5)

    func input(_ change: (inout ParticipantInput) -> Void = { _ in }) -> ParticipantInput {
        var input = ParticipantInput()
        input.prefix = "นาย"
        input.firstNameTh = "สมชาย"
        input.lastNameTh = "ใจดี"
        input.gender = "male"
        input.birthDate = "5/3/2533"
        input.nationalID = "1234545678781"
        input.subdistrictCode = "110101"
        change(&input)
        return input
    }

    func problems(_ input: ParticipantInput) -> [String: ParticipantRules.Problem] {
        if case .failure(let problems) = ParticipantRules.validate(input, today: today) { return problems.fields }
        return [:]
    }

    @Test func buddhistAndGregorianYearsMeanTheSameBirthDate() throws {
        let be = try ParticipantRules.validate(input(), today: today).get()
        let ce = try ParticipantRules.validate(input { $0.birthDate = "5/3/1990" }, today: today).get()
        #expect(be.birthDate == ce.birthDate)
        #expect(be.birthDate.iso == "1990-03-05")
    }

    @Test func impossibleAndImplausibleDatesAreRefusedWithTheirReason() {
        #expect(problems(input { $0.birthDate = "31/2/2533" })["birth_date"] == .invalidDate)
        #expect(problems(input { $0.birthDate = "1/1/1200" })["birth_date"] == .yearOutOfRange)
        #expect(problems(input { $0.birthDate = "1/1/3000" })["birth_date"] == .yearOutOfRange)
        #expect(problems(input { $0.birthDate = "1/1/2564" })["birth_date"] == .bornInTheFuture)
        #expect(problems(input { $0.birthDate = "1/1/2560" })["birth_date"] == .tooYoung(15))
        #expect(problems(input { $0.birthDate = "" })["birth_date"] == .required)
    }

    @Test func badIDsPhonesAndAmountsSayWhy() {
        #expect(problems(input { $0.nationalID = "1234545678782" })["national_id"] == .nationalID(.wrongCheckDigit))
        #expect(
            problems(
                input {
                    $0.nationalID = ""
                    $0.noIDReason = ""
                }
            )["national_id"] == .idOrReasonRequired
        )
        #expect(
            problems(
                input {
                    $0.nationalID = ""
                    $0.noIDReason = "แรงงานข้ามชาติ"
                }
            ).isEmpty
        )
        #expect(problems(input { $0.phone = "08l-234-5678" })["phone"] == .phone(.notDigits))
        #expect(problems(input { $0.phone = "12345" })["phone"] == .phone(.wrongLength))
        #expect(problems(input { $0.baselineIncome = "-5" })["baseline_income"] == .amountInvalid)
        #expect(
            problems(input { $0.firstNameTh = String(repeating: "ก", count: 101) })["first_name_th"] == .tooLong(100)
        )
        #expect(problems(input { $0.gender = "robot" })["gender"] == .notAChoice)
    }

    @Test func namesAreKeptAsTypedEvenWithMarkup() throws {
        let fields = try ParticipantRules.validate(input { $0.firstNameTh = "<b>สม</b>" }, today: today).get()
        #expect(fields.firstNameTh == "<b>สม</b>")
        #expect(fields.displayNameTh == "นาย<b>สม</b> ใจดี")
    }

    @Test func phonesAreNormalised() throws {
        #expect(try PhoneNumber.normalise("081-234-5678").get() == "0812345678")
        #expect(try PhoneNumber.normalise("+66 81 234 5678").get() == "0812345678")
        #expect(try PhoneNumber.normalise("(02) 123 4567").get() == "021234567")
        #expect(try PhoneNumber.normalise("๐๘๑๒๓๔๕๖๗๘").get() == "0812345678")
    }

    @Test func bahtIsReadIntoSatang() {
        #expect(Satang.parseBaht("12,500.50") == Satang(1_250_050))
        #expect(Satang.parseBaht("฿9000") == Satang(900_000))
        #expect(Satang.parseBaht("9000.5") == Satang(900_050))
        #expect(Satang.parseBaht("๙,๐๐๐") == Satang(900_000))
        #expect(Satang.parseBaht("9.999") == nil)
        #expect(Satang.parseBaht("nine") == nil)
        #expect(Satang(1_250_050).plainBaht == "12500.50")
    }

    @Test func ageGroupsFollowTheBands() {
        let bands = AgeBands.default
        #expect(bands.group(forAge: 14) == nil)
        #expect(bands.group(forAge: 15) == .workingAge)
        #expect(bands.group(forAge: 49) == .workingAge)
        #expect(bands.group(forAge: 50) == .nearRetirement)
        #expect(bands.group(forAge: 60) == .elderly)
        let born = ThaiCalendar.Day(year: 1970, month: 3, day: 6)
        #expect(AgeBands.age(born: born, on: today) == 49)  // the birthday is tomorrow
        let range = bands.birthDateRange(of: .nearRetirement, on: today)
        #expect(range.from == "1960-03-06")
        #expect(range.to == "1970-03-05")
        #expect(bands.group(born: ThaiCalendar.Day(iso: range.from!)!, on: today) == .nearRetirement)
        #expect(bands.group(born: ThaiCalendar.Day(iso: range.to)!, on: today) == .nearRetirement)
    }

    @Test func thaiDictionaryOrderIgnoresLeadingVowels() {
        let names = ["ขวัญ", "เกษม", "กมล", "ไก่", "โกวิท", "ก้อง", "กอง", "อำไพ", "แก้ว"]
        let sorted = names.sorted { ThaiText.sortKey($0) < ThaiText.sortKey($1) }
        #expect(sorted == ["กมล", "กอง", "ก้อง", "เกษม", "แก้ว", "โกวิท", "ไก่", "ขวัญ", "อำไพ"])
        // Code-point order would file every leading-vowel name after อ.
        #expect(names.sorted().last == "ไก่")
    }

    @Test func vaultSealsOpensAndIndexesWithoutLeaking() throws {
        let vault = try NationalIDVault(masterKey: Data(repeating: 7, count: 32))
        let id = try NationalID.parse("1234545678781").get()
        let sealed = try vault.seal(id)
        #expect(!sealed.contains("1234545678781"))
        #expect(try vault.seal(id) != sealed)  // a fresh nonce every time
        #expect(try vault.open(sealed) == id)
        #expect(vault.blindIndex(id) == vault.blindIndex(try NationalID.parse("1-2345-45678-78-1").get()))
        let other = try NationalIDVault(masterKey: Data(repeating: 8, count: 32))
        #expect(throws: NationalIDVault.Problem.cannotDecrypt) { try other.open(sealed) }
        #expect(other.blindIndex(id) != vault.blindIndex(id))
        #expect(throws: NationalIDVault.Problem.badKey) { try NationalIDVault(masterKey: Data(count: 16)) }
    }

    @Test func syntheticPeopleHaveValidUniqueIDs() throws {
        let ids = (0..<20_000).map { SyntheticPeople.nationalID(number: $0) }
        #expect(Set(ids).count == ids.count)
        for id in ids.prefix(100) { #expect(try NationalID.parse(id.digits).get() == id) }
        var people = SyntheticPeople(seed: 1)
        let groups = Set(
            (0..<300).map { people.next(today: today, index: $0) }.map {
                AgeBands.default.group(born: $0.birthDate, on: today)
            }
        )
        #expect(groups == [.workingAge, .nearRetirement, .elderly])
    }
}

@Suite struct ISODayTests {
    /// The fast reader of stored days agrees with the general one on every day of two leap cycles,
    /// and refuses what it refused: impossible days, Buddhist-Era years, implausible years.
    @Test func readsExactlyWhatTheGeneralReaderReads() {
        var day = ThaiCalendar.Day(year: 1999, month: 1, day: 1)
        while day.year < 2005 {
            #expect(ThaiCalendar.Day(iso: day.iso) == day)
            #expect(ThaiCalendar.parseDay(day.iso) == day)
            day = day.next
        }
        for text in ["2019-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "2563-03-05", "1200-01-01", "20x0-01-01"] {
            #expect(ThaiCalendar.Day(iso: text) == nil, "\(text)")
        }
        #expect(ThaiCalendar.Day(iso: "2020-02-29")?.iso == "2020-02-29")
        #expect(ThaiCalendar.Day(year: 987, month: 3, day: 5).iso == "0987-03-05")
    }
}
