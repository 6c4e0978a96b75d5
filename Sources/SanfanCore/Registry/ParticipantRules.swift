import Foundation

/// What the registry form and API submit, as typed.
public struct ParticipantInput: Sendable, Codable, Equatable {
    public var prefix = ""
    public var firstNameTh = ""
    public var lastNameTh = ""
    public var firstNameEn = ""
    public var lastNameEn = ""
    public var gender = ""
    public var birthDate = ""
    public var nationalID = ""
    public var noIDReason = ""
    public var phone = ""
    public var houseNo = ""
    public var moo = ""
    public var soi = ""
    public var road = ""
    public var subdistrictCode = ""
    public var educationLevel = ""
    public var priorOccupation = ""
    public var baselineIncome = ""
    public var disability = ""
    public var notes = ""

    public init() {}
}

public enum Gender: String, CaseIterable, Codable, Sendable {
    case female, male, other, unspecified
}

public enum EducationLevel: String, CaseIterable, Codable, Sendable {
    case none, primary
    case lowerSecondary = "lower_secondary"
    case upperSecondary = "upper_secondary"
    case vocational
    case highVocational = "high_vocational"
    case bachelor, postgraduate, unknown
}

/// The checked, normalised values of a person record.
public struct ParticipantFields: Sendable, Equatable {
    public var prefix: String
    public var firstNameTh: String
    public var lastNameTh: String
    public var firstNameEn: String?
    public var lastNameEn: String?
    public var gender: Gender
    public var birthDate: ThaiCalendar.Day
    public var nationalID: NationalID?
    public var noIDReason: String?
    public var phone: String?
    public var houseNo: String?
    public var moo: Int?
    public var soi: String?
    public var road: String?
    public var subdistrictCode: Int
    public var educationLevel: EducationLevel
    public var priorOccupation: String?
    public var baselineIncome: Satang
    public var disability: String?
    public var notes: String?

    /// `นายสมชาย ใจดี`: in Thai the prefix joins the first name without a space.
    public var displayNameTh: String { "\(prefix)\(firstNameTh) \(lastNameTh)" }
}

/// Field-by-field validation of a person record. Pure: the app adds the checks that need the
/// database (the subdistrict exists, the ID is not registered yet).
public enum ParticipantRules {
    public enum Problem: Error, Equatable, Sendable {
        case required
        case tooLong(Int)
        case notAChoice
        case invalidDate
        case yearOutOfRange
        case bornInTheFuture
        case tooYoung(Int)
        case tooOld
        case nationalID(NationalID.Problem)
        case idOrReasonRequired
        case phone(PhoneNumber.Problem)
        case notANumber
        case amountInvalid
    }

    /// Every field that is wrong, keyed by its form name.
    public struct Problems: Error, Equatable, Sendable {
        public var fields: [String: Problem]
    }

    public static let maxNameLength = 100
    public static let maxTextLength = 2000
    public static let maxAge = 120

    public static func validate(
        _ input: ParticipantInput,
        today: ThaiCalendar.Day,
        bands: AgeBands = .default
    )
        -> Result<ParticipantFields, Problems>
    {
        var problems: [String: Problem] = [:]
        func text(_ field: String, _ value: String, required: Bool = false, max: Int = maxNameLength) -> String? {
            let trimmed = value.trimmingSpace()
            if trimmed.isEmpty {
                if required { problems[field] = .required }
                return nil
            }
            if trimmed.count > max {
                problems[field] = .tooLong(max)
                return nil
            }
            return trimmed
        }

        let prefix = text("prefix", input.prefix, required: true, max: 40)
        let firstNameTh = text("first_name_th", input.firstNameTh, required: true)
        let lastNameTh = text("last_name_th", input.lastNameTh, required: true)
        let firstNameEn = text("first_name_en", input.firstNameEn)
        let lastNameEn = text("last_name_en", input.lastNameEn)

        let gender = Gender(rawValue: input.gender)
        if gender == nil { problems["gender"] = input.gender.isEmpty ? .required : .notAChoice }

        var birthDate: ThaiCalendar.Day?
        let typedDate = input.birthDate.trimmingSpace()
        if typedDate.isEmpty {
            problems["birth_date"] = .required
        } else if let day = ThaiCalendar.parseDay(typedDate) {
            let age = AgeBands.age(born: day, on: today)
            if day > today {
                problems["birth_date"] = .bornInTheFuture
            } else if age > maxAge {
                problems["birth_date"] = .tooOld
            } else if age < bands.minimumAge {
                problems["birth_date"] = .tooYoung(bands.minimumAge)
            } else {
                birthDate = day
            }
        } else {
            let yearText = typedDate.split(whereSeparator: { "/-.".contains($0) }).last.map(String.init) ?? ""
            let year = Int(ThaiText.normalise(yearText))
            problems["birth_date"] =
                year != nil && ThaiCalendar.gregorianYear(fromTyped: year!) == nil && yearText.count == 4
                ? .yearOutOfRange : .invalidDate
        }

        var nationalID: NationalID?
        let noIDReason = text("no_id_reason", input.noIDReason, max: 200)
        if !input.nationalID.trimmingSpace().isEmpty {
            switch NationalID.parse(input.nationalID) {
            case .success(let id): nationalID = id
            case .failure(let problem): problems["national_id"] = .nationalID(problem)
            }
        } else if noIDReason == nil && problems["no_id_reason"] == nil {
            problems["national_id"] = .idOrReasonRequired
        }

        var phone: String?
        if !input.phone.trimmingSpace().isEmpty {
            switch PhoneNumber.normalise(input.phone) {
            case .success(let number): phone = number
            case .failure(let problem): problems["phone"] = .phone(problem)
            }
        }

        let houseNo = text("house_no", input.houseNo, max: 40)
        var moo: Int?
        if let typed = text("moo", input.moo, max: 4) {
            if let number = Int(ThaiText.normalise(typed)), (1...99).contains(number) {
                moo = number
            } else {
                problems["moo"] = .notANumber
            }
        }
        let soi = text("soi", input.soi)
        let road = text("road", input.road)
        let subdistrictCode = Int(input.subdistrictCode.trimmingSpace())
        if subdistrictCode == nil {
            problems["subdistrict_code"] = input.subdistrictCode.isEmpty ? .required : .notAChoice
        }

        let education =
            input.educationLevel.isEmpty ? EducationLevel.unknown : EducationLevel(rawValue: input.educationLevel)
        if education == nil { problems["education_level"] = .notAChoice }
        let priorOccupation = text("prior_occupation", input.priorOccupation, max: 200)

        var income = Satang(0)
        if !input.baselineIncome.trimmingSpace().isEmpty {
            if let amount = Satang.parseBaht(input.baselineIncome), amount.value <= 1_000_000_000 {
                income = amount
            } else {
                problems["baseline_income"] = .amountInvalid
            }
        }
        let disability = text("disability", input.disability, max: 500)
        let notes = text("notes", input.notes, max: maxTextLength)

        guard problems.isEmpty, let prefix, let firstNameTh, let lastNameTh, let gender, let birthDate,
            let subdistrictCode, let education
        else { return .failure(Problems(fields: problems)) }
        return .success(
            ParticipantFields(
                prefix: prefix,
                firstNameTh: firstNameTh,
                lastNameTh: lastNameTh,
                firstNameEn: firstNameEn,
                lastNameEn: lastNameEn,
                gender: gender,
                birthDate: birthDate,
                nationalID: nationalID,
                noIDReason: nationalID == nil ? noIDReason : nil,
                phone: phone,
                houseNo: houseNo,
                moo: moo,
                soi: soi,
                road: road,
                subdistrictCode: subdistrictCode,
                educationLevel: education,
                priorOccupation: priorOccupation,
                baselineIncome: income,
                disability: disability,
                notes: notes
            )
        )
    }
}
