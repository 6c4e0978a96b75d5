import Foundation
import SanfanCore
import Testing

/// Reading people sheets as Thai offices write them (issue 15): dates, genders, names, places,
/// headers, and how alike two names are for the duplicate review.
@Suite struct ImportValuesTests {
    let mar15 = ThaiCalendar.Day(year: 1967, month: 3, day: 15)

    @Test func datesInTheFormsSheetsUse() {
        for text in [
            "15/03/2510", "15/3/2510", "15-03-2510", "15.03.2510", "2510-03-15", "๑๕/๐๓/๒๕๑๐", "15/03/1967",
            "15 มี.ค. 2510", "15 มีค 2510", "15 มีนาคม 2510", "๑๕ มี.ค. ๒๕๑๐", "15 Mar 1967", "15 March 1967",
            " 15/03/2510 ", "24546",
        ] {
            #expect(SheetValues.day(text) == mar15, "\(text)")
        }
        for text in ["", "31/02/2510", "15/13/2510", "2510", "15 มีนา 2510x", "15 foo 2510", "9999999", "15/03"] {
            #expect(SheetValues.day(text) == nil, "\(text)")
        }
        // Excel's serials either side of its 1900 leap-year bug's reach, and a modern one.
        #expect(SheetValues.excelSerial(45_000) == ThaiCalendar.Day(year: 2023, month: 3, day: 15))
        #expect(SheetValues.excelSerial(1_000) == nil)
    }

    @Test func gendersPrefixesAndPlaces() {
        #expect(SheetValues.gender("ชาย") == .male)
        #expect(SheetValues.gender(" หญิง ") == .female)
        #expect(SheetValues.gender("F") == .female)
        #expect(SheetValues.gender("male") == .male)
        #expect(SheetValues.gender("ไม่รู้") == nil)
        #expect(SheetValues.splitFullName("นางสาวสมศรี  ใจดี")! == ("นางสาว", "สมศรี", "ใจดี"))
        #expect(SheetValues.splitFullName("น.ส. สมศรี ใจดี")! == ("นางสาว", "สมศรี", "ใจดี"))
        #expect(SheetValues.splitFullName("นายสมชาย ณ อยุธยา")! == ("นาย", "สมชาย", "ณ อยุธยา"))
        #expect(SheetValues.splitFullName("สมชาย") == nil)
        #expect(SheetValues.placeName("ต.ปากน้ำ") == "ปากน้ำ")
        #expect(SheetValues.placeName("อำเภอ เมืองสมุทรปราการ") == "เมืองสมุทรปราการ")
        #expect(SheetValues.placeName(" จ.ระยอง ") == "ระยอง")
        #expect(SheetValues.placeName("แขวงบางรัก") == "บางรัก")
        #expect(SheetValues.asciiDigits("๐๘๑-๒๓๔-๕๖๗๘") == "081-234-5678")
    }

    @Test func headersSuggestTheirColumns() {
        let headers = [
            "ลำดับ", "คำนำหน้า", "ชื่อ*", "นามสกุล", "เพศ", "วัน/เดือน/ปีเกิด", "เลขบัตรประชาชน", "เบอร์โทร",
            "ตำบล", "อำเภอ", "จังหวัด", "ชุมชน",
        ]
        let mapping = PeopleSheet.suggestMapping(headers)
        #expect(mapping["prefix"] == 1)
        #expect(mapping["first_name_th"] == 2)
        #expect(mapping["last_name_th"] == 3)
        #expect(mapping["birth_date"] == 5)
        #expect(mapping["national_id"] == 6)
        #expect(mapping["phone"] == 7)
        #expect(mapping["province"] == 10)
        #expect(PeopleSheet.missing(in: mapping).isEmpty)
        let english = PeopleSheet.suggestMapping(["First Name", "Last name", "Sex", "Date of Birth", "Province"])
        #expect(english["first_name_th"] == 0 && english["gender"] == 2 && english["birth_date"] == 3)
        #expect(PeopleSheet.missing(in: english) == ["prefix", "subdistrict", "district"])
        // One column for the whole name stands in for the three.
        let whole = PeopleSheet.suggestMapping(["ชื่อ-นามสกุล", "เพศ", "วันเกิด", "ตำบล", "อำเภอ", "จังหวัด"])
        #expect(whole["full_name"] == 0)
        #expect(PeopleSheet.missing(in: whole).isEmpty)
    }

    @Test func phonesGetBackTheLeadingZeroExcelDropped() {
        #expect(SheetValues.phone("812345678") == "0812345678")
        #expect(SheetValues.phone("๘๑๒๓๔๕๖๗๘") == "0812345678")
        #expect(SheetValues.phone("21234567") == "021234567")
        #expect(SheetValues.phone("081-234-5678") == "081-234-5678")  // the form reads the rest
        #expect(SheetValues.phone("+66 81 234 5678") == "+66 81 234 5678")
        #expect(SheetValues.phone("66812345678") == "66812345678")
        #expect(SheetValues.phone("12345") == "12345")  // still refused by the form, as typed
        #expect(PhoneNumber.normalise(SheetValues.phone("812345678")) == .success("0812345678"))
    }

    @Test func namesAlikeSayWhichRuleMatched() {
        #expect(NameSimilarity.match(("สมชาย", "ใจดี"), ("สมชาย", "ใจดี")) == .sameSortKey)
        #expect(NameSimilarity.match(("ก้อง", "ใจดี"), ("กอง", "ใจดี")) == .ignoringToneMarks)
        #expect(NameSimilarity.match(("ณัฐพล", "ศรีสุข"), ("นัฐพล", "สรีสุข")) == .soundsAlike)
        #expect(NameSimilarity.match(("สมชาย", "ลักษณ์"), ("สมชาย", "ลักสน")) == .soundsAlike)
        #expect(NameSimilarity.match(("สมชาย", "ใจดี"), ("สมศักดิ์", "ใจดี")) == nil)
        #expect(NameSimilarity.match(("สมชาย", "ใจดี"), ("สมชาย", "ไจดี")) == .soundsAlike)
    }

    @Test func duplicatesArePairedWithinADayOrAPhoneOnlyWhenTheNamesAreAlike() {
        typealias P = DuplicateRules.Person
        let day = [
            P(id: "c", firstName: "ศักดิ์ชัย", lastName: "ทองดี", birthDate: "1980-01-01", phone: nil),
            P(id: "a", firstName: "สักดิ์ชัย", lastName: "ทองดี", birthDate: "1980-01-01", phone: nil),
            P(id: "b", firstName: "มานี", lastName: "ทองดี", birthDate: "1980-01-01", phone: nil),
            P(id: "d", firstName: "ศักดิ์ชัย", lastName: "ทองดี", birthDate: "1980-01-01", phone: nil),
        ]
        let pairs = Set(DuplicateRules.sameBirthDate(day))
        #expect(
            pairs == [
                .init("a", "c", reason: .birthDateAndName, rule: .soundsAlike),
                .init("a", "d", reason: .birthDateAndName, rule: .soundsAlike),
                .init("c", "d", reason: .birthDateAndName, rule: .sameSortKey),
            ]
        )
        // One household phone: the mother and son are not paired; the same woman after marriage is.
        let phone = [
            P(id: "m", firstName: "มาลี", lastName: "ใจดี", birthDate: "1960-01-01", phone: "0812345678"),
            P(id: "s", firstName: "สมชาย", lastName: "ใจดี", birthDate: "1985-01-01", phone: "0812345678"),
            P(id: "k", firstName: "มาลี", lastName: "ทองคำ", birthDate: "1960-01-02", phone: "0812345678"),
        ]
        #expect(DuplicateRules.samePhone(phone) == [.init("k", "m", reason: .phoneAndName, rule: .sameSortKey)])
        #expect(DuplicateRules.sameBirthDate([day[0]]).isEmpty)
    }

    /// Random and mutated files never crash the readers: every byte string decodes to text or is
    /// refused, and every text parses into rows.
    @Test func readersSurviveRandomAndMutatedFiles() {
        var generator = SystemRandomNumberGenerator()
        let seed = Array("ชื่อ,นามสกุล,วันเกิด\r\n\"สม,ชาย\",\"ใจ\"\"ดี\",15/03/2510\n".utf8)
        for round in 0..<3_000 {
            var bytes = seed
            if round % 3 == 0 {
                bytes = (0..<Int.random(in: 0...200, using: &generator)).map { _ in
                    UInt8.random(in: 0...255, using: &generator)
                }
            } else {
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    let at = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: bytes[at] = UInt8.random(in: 0...255, using: &generator)
                    case 1: bytes.remove(at: at)
                    default:
                        bytes.insert(
                            [0x22, 0x2C, 0x0A, 0x0D, 0xE0, 0xA1][Int.random(in: 0..<6, using: &generator)],
                            at: at
                        )
                    }
                    if bytes.isEmpty { break }
                }
            }
            switch TextDecoding.decode(bytes) {
            case .success(let decoded):
                let rows = CSV.parse(decoded.text)
                #expect(rows.allSatisfy { !$0.isEmpty })
                for row in rows {
                    for cell in row {
                        _ = SheetValues.day(cell)
                        _ = SheetValues.splitFullName(cell)
                    }
                }
            case .failure: continue
            }
        }
    }
}
