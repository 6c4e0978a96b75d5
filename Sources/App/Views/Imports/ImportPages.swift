import Foundation
import SanfanCore

/// The people import's pages: the upload form with recent sheets, and one sheet's check (its
/// columns, what its rows would add, every problem by row and column) and commit.
enum ImportPages {
    struct Recent: Sendable {
        let id: UUID
        let fileName: String
        let estate: String
        let status: String
        let rows: String
        let when: String
    }

    struct Index: Sendable {
        var estateChoices: [Components.Choice] = []
        var values: [String: String] = [:]
        var errors: [String: String] = [:]
        var recent: [Recent] = []
    }

    /// One mapped field: its label and the column chosen (nil: none).
    struct FieldChoice: Sendable {
        let field: String
        let label: String
        let required: Bool
        let column: Int?
    }

    struct Problem: Sendable {
        let row: Int
        let column: String
        let message: String
    }

    struct Show: Sendable {
        var id: UUID
        var fileName: String
        var estate: String
        var committed = false
        var rowsCreated = 0
        var summary = ""
        var headers: [String] = []
        var fields: [FieldChoice] = []
        var missing: String?
        var problems: [Problem] = []
        var readyCount = 0
        /// People already registered at this estate whom the sheet could bring up to date.
        var updatable = 0
        var notice: String?
        /// While the commit is queued or running: how far it got.
        var progress: String?
        /// The commit was given up; nothing was added.
        var failed: String?
    }

    /// The field's label on the registration form.
    static func label(_ field: String) -> Phrase {
        switch field {
        case "full_name": .fullName
        case "prefix": .prefix
        case "first_name_th": .firstNameTh
        case "last_name_th": .lastNameTh
        case "first_name_en": .firstNameEn
        case "last_name_en": .lastNameEn
        case "gender": .gender
        case "birth_date": .birthDate
        case "national_id": .nationalID
        case "phone": .phone
        case "house_no": .houseNo
        case "moo": .moo
        case "soi": .soi
        case "road": .road
        case "subdistrict": .subdistrict
        case "district": .district
        case "province": .province
        case "community": .community
        case "education_level": .educationLevel
        case "prior_occupation": .priorOccupation
        default: .baselineIncome
        }
    }
}
