import Testing

@testable import SanfanCore

@Suite struct HardeningRulesTests {
    @Test(arguments: [
        "/\r\nSet-Cookie: injected=1", "/\t/evil.example/", "/\n/evil.example", "//evil.example", "/\\evil.example",
        "https://evil.example/", "evil.example", "", "/\u{0}x", "/ /evil.example", "/\u{200B}/evil.example",
    ])
    func redirectTargetsThatLeaveTheSiteOrSplitAHeaderAreRefused(input: String) {
        #expect(LocalRedirect.sanitise(input) == nil)
        #expect(LocalRedirect.path(input) == "/")
    }

    @Test func localPathsAreKeptAndReEncoded() {
        #expect(LocalRedirect.path("/participants?q=a&estate=1") == "/participants?q=a&estate=1")
        #expect(LocalRedirect.path("/participants?q=สม") == "/participants?q=%E0%B8%AA%E0%B8%A1")
        #expect(LocalRedirect.path("/%0d%0aSet-Cookie") == "/%0d%0aSet-Cookie")  // stays printable text
        #expect(LocalRedirect.path(nil, fallback: "/home") == "/home")
    }

    @Test func exportedTextThatLooksLikeAFormulaIsNeutralised() {
        #expect(SpreadsheetCell.neutralised(#"=HYPERLINK("http://evil.example/","x")"#).hasPrefix("'="))
        for trigger in [
            "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=\u{0301}HYPERLINK(\"http://e/\")", "@\u{200D}SUM(1)",
            "-\u{0308}cmd", "+\u{20E3}1", "\u{FF1D}1+1",
        ] {
            #expect(SpreadsheetCell.neutralised(trigger) == "'" + trigger)
        }
        #expect(SpreadsheetCell.neutralised("-12") == "-12")  // a number stays a number
        #expect(SpreadsheetCell.neutralised("1500.50") == "1500.50")
        #expect(SpreadsheetCell.neutralised("นิคมอุตสาหกรรมบางปู") == "นิคมอุตสาหกรรมบางปู")
        #expect(SpreadsheetCell.restored("'=x") == "=x")
        #expect(SpreadsheetCell.restored("'quoted") == "'quoted")
        #expect(CSV.write([["=1+1", "ok"]]) == "'=1+1,ok\r\n")
    }

    @Test(arguments: ["nan", "NaN", "inf", "-inf", "infinity", "1e309", "1e3", "0x10", "", ".", "1.2.3", "๑๒x"])
    func decimalsAreFiniteAndPlain(text: String) {
        #expect(ThaiText.decimal(text) == nil)
    }

    @Test func decimalsAsPeopleTypeThem() {
        #expect(ThaiText.decimal("6") == 6)
        #expect(ThaiText.decimal("6,5") == 6.5)
        #expect(ThaiText.decimal("๖.๕") == 6.5)
        #expect(ThaiText.decimal(" 7.25 ") == 7.25)
    }

    @Test func noNationalIDStartsWithNine() {
        // 9-1234-56789-01-? with a correct check digit is still refused: there is no category 9.
        let twelve = "912345678901"
        let id = twelve + String(NationalID.checkDigit(of: twelve))
        #expect(NationalID.parse(id) == .failure(.noSuchCategory))
        #expect(NationalID.parse("9123456789010") == .failure(.noSuchCategory))
    }

    @Test func partnersSeeOnlyWhatTheirPartNeeds() {
        func principal(_ role: Role, _ part: PartnerPart? = nil) -> Principal {
            Principal(userID: .init(), username: "x", role: role, partnerPart: part)
        }
        #expect(Disclosure.fields(for: principal(.admin)) == Set(PersonalField.allCases))
        #expect(Disclosure.fields(for: principal(.estateOfficer)) == Set(PersonalField.allCases))
        #expect(Disclosure.fields(for: principal(.viewer)).isEmpty)
        for part in PartnerPart.allCases {
            let fields = Disclosure.fields(for: principal(.partner, part))
            // Sensitive and internal data is never a partner's.
            #expect(fields.isDisjoint(with: [.disability, .notes, .baselineIncome, .streetAddress, .recordKeeping]))
        }
        #expect(!Disclosure.fields(for: principal(.partner, .lender)).contains(.phone))
        #expect(Disclosure.fields(for: principal(.partner, .trainer)).contains(.phone))
        #expect(Disclosure.fields(for: principal(.partner, .assessor)).contains(.birthDate))
    }

    @Test func thaiAbbreviationsStayInOnePiece() {
        let shown = ThaiText.keepingAbbreviations("ศาลาประชาคม นิคมฯ บางปู")
        #expect(shown == "ศาลาประชาคม นิ\u{2060}ค\u{2060}ม\u{2060}ฯ บางปู")
        #expect(ThaiText.normalise(shown) == ThaiText.normalise("ศาลาประชาคม นิคมฯ บางปู"))
        #expect(ThaiText.keepingAbbreviations("นิคมอุตสาหกรรมบางปู") == "นิคมอุตสาหกรรมบางปู")
        // Never inside a character: นิ stays one cluster.
        #expect(shown.contains("นิ"))
    }
}
