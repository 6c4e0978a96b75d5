import Foundation
import SanfanCore

extension PeopleImport {
    /// One row of a people sheet read into a registration (`Registry.Submission`), noting each
    /// value it cannot read as a problem at that row and column.
    struct RowReader {
        let cells: [String]
        let line: Int
        let check: Check
        private(set) var problems: [Problem] = []

        init(cells: [String], line: Int, check: Check) {
            self.cells = cells
            self.line = line
            self.check = check
        }

        /// The cell mapped to `field`, trimmed; empty when the field has no column or the row is short.
        func value(_ field: String) -> String {
            guard let index = check.mapping[field], cells.indices.contains(index) else { return "" }
            return SheetValues.trimmed(cells[index])
        }

        /// The header of the column a form field's error belongs to.
        func header(for field: String) -> String? {
            var column = field
            if ["prefix", "first_name_th", "last_name_th"].contains(field), check.mapping[field] == nil {
                column = "full_name"
            }
            if field == "subdistrict_code" { column = "subdistrict" }
            if field == "community_id" { column = "community" }
            return check.mapping[column].flatMap { check.headers.indices.contains($0) ? check.headers[$0] : nil }
        }

        func problem(_ field: String, _ phrase: Phrase, _ arguments: String...) -> Problem {
            Problem(row: line, column: header(for: field), message: .init(phrase: phrase, arguments: arguments))
        }

        mutating func submission(
            estate: UUID,
            importID: UUID,
            places: Places,
            communities: [String: UUID]
        ) -> Registry.Submission? {
            var submission = Registry.Submission()
            var input = ParticipantInput()
            if check.mapping["full_name"] != nil, check.mapping["first_name_th"] == nil {
                let whole = value("full_name")
                if let name = SheetValues.splitFullName(whole) {
                    (input.prefix, input.firstNameTh, input.lastNameTh) = name
                } else {
                    problems.append(problem("full_name", .importBadName, whole))
                }
            } else {
                input.prefix = value("prefix")
                input.firstNameTh = value("first_name_th")
                input.lastNameTh = value("last_name_th")
            }
            input.firstNameEn = value("first_name_en")
            input.lastNameEn = value("last_name_en")
            let gender = value("gender")
            if let read = SheetValues.gender(gender) {
                input.gender = read == .unspecified && gender.isEmpty ? "" : read.rawValue
            } else {
                problems.append(problem("gender", .importBadGender, gender))
            }
            let born = value("birth_date")
            if born.isEmpty {
                input.birthDate = ""
            } else if let day = SheetValues.day(born) {
                input.birthDate = day.iso
            } else {
                problems.append(problem("birth_date", .importBadDate, born))
            }
            input.nationalID = SheetValues.asciiDigits(value("national_id"))
            input.phone = SheetValues.phone(value("phone"))
            input.houseNo = SheetValues.asciiDigits(value("house_no"))
            input.moo = SheetValues.asciiDigits(value("moo"))
            input.soi = value("soi")
            input.road = value("road")
            input.priorOccupation = value("prior_occupation")
            input.baselineIncome = SheetValues.asciiDigits(value("baseline_income"))
            input.educationLevel = Self.educationLevel(value("education_level")) ?? value("education_level")
            let (subdistrict, district, province) = (value("subdistrict"), value("district"), value("province"))
            let place = places.code(subdistrict, district, province)
            if let code = place.code {
                input.subdistrictCode = String(code)
            } else {
                problems.append(
                    place.ambiguous
                        ? problem("subdistrict", .importAmbiguousPlace, subdistrict)
                        : problem("subdistrict", .importUnknownPlace, subdistrict, district, province)
                )
            }
            let community = value("community")
            if !community.isEmpty {
                if let id = communities[ThaiText.normalise(community)] {
                    submission.communityID = id.uuidString
                } else {
                    problems.append(problem("community", .importUnknownCommunity, community))
                }
            }
            submission.input = input
            submission.estateID = estate.uuidString
            // The officer confirmed the signed paper forms for the programme itself; other purposes
            // are asked of each person later, on their page.
            submission.consents = [Consent.Purpose.programme.rawValue]
            submission.consentChannel = Consent.Channel.paperImported.rawValue
            submission.importID = importID
            return problems.isEmpty ? submission : nil
        }

        /// An education level by its code or its Thai or English name; nil when it is none of them.
        static func educationLevel(_ text: String) -> String? {
            guard !text.isEmpty else { return nil }
            return educationLevels[ThaiText.normalise(text)]
        }

        /// Each level by its code and its Thai and English names, normalised.
        private static let educationLevels: [String: String] = {
            var levels: [String: String] = [:]
            for level in EducationLevel.allCases {
                let phrase = RegistryText.education(level).text
                for name in [level.rawValue, ThaiText.normalise(phrase.th), ThaiText.normalise(phrase.en)] {
                    levels[name] = level.rawValue
                }
            }
            return levels
        }()
    }
}
