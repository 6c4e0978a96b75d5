import Fluent
import Foundation
import SanfanCore

/// The demo accounts `serve --demo` creates, each with the password `sanfan-demo`.
///
/// Only ever created by `--demo`, and never into a database that has real accounts: no other mode
/// has a default password.
enum DemoData {
    static let password = "sanfan-demo"

    struct Account: Sendable {
        let username: String
        let displayName: String
        let role: Role
        let estateCode: String?
        let organisationCode: String?
    }

    static let accounts = [
        Account(
            username: "demo-admin",
            displayName: "ผู้ดูแลระบบ (สาธิต)",
            role: .admin,
            estateCode: nil,
            organisationCode: nil
        ),
        Account(
            username: "demo-officer",
            displayName: "สมศรี ใจดี (นิคมฯ บางปู)",
            role: .estateOfficer,
            estateCode: "BANGPOO",
            organisationCode: nil
        ),
        Account(
            username: "demo-officer-lcb",
            displayName: "วิชัย รักถิ่น (นิคมฯ แหลมฉบัง)",
            role: .estateOfficer,
            estateCode: "LAEMCHABANG",
            organisationCode: nil
        ),
        Account(
            username: "demo-trainer",
            displayName: "ครูฝึก กพร. (สาธิต)",
            role: .partner,
            estateCode: nil,
            organisationCode: "DSD"
        ),
        Account(
            username: "demo-partner",
            displayName: "ธนาคารออมสิน (สาธิต)",
            role: .partner,
            estateCode: nil,
            organisationCode: "GSB"
        ),
        Account(
            username: "demo-assessor",
            displayName: "ผู้ประเมิน ศูนย์ประเมินฯ ภาคตะวันออก (สาธิต)",
            role: .partner,
            estateCode: nil,
            organisationCode: assessmentCentreCode
        ),
        Account(
            username: "demo-employer",
            displayName: "ฝ่ายบุคคล บริษัท อาหารตะวันออก (สาธิต)",
            role: .partner,
            estateCode: nil,
            organisationCode: employerCode
        ),
        Account(
            username: "demo-viewer",
            displayName: "ผู้บริหาร (สาธิต)",
            role: .viewer,
            estateCode: nil,
            organisationCode: nil
        ),
    ]

    enum Outcome: Equatable {
        case created
        case alreadyThere
        /// The database holds other accounts: demo passwords are not added to it.
        case refused
    }

    /// A TPQI-accredited assessment centre, for the demo assessor: not in the reference catalogue,
    /// since no real centre's name belongs in a demo.
    static let assessmentCentreCode = "EEC-ASSESS"

    static func createAssessmentCentre(on database: any Database) async throws {
        guard try await CatalogueQueries.organisation(code: assessmentCentreCode, on: database) == nil else { return }
        let centre = Organisation()
        centre.code = assessmentCentreCode
        centre.shortName = "ศูนย์ประเมินฯ ตะวันออก"
        centre.nameTh = "ศูนย์ทดสอบและประเมินสมรรถนะภาคตะวันออก (สาธิต)"
        centre.nameEn = "Eastern Competency Assessment Centre (demo)"
        centre.kind = .certifyingBody
        centre.isActive = true
        try await centre.create(on: database)
    }

    /// A food factory in the estates that hires trained people, for the demo employer: not in the
    /// reference catalogue either.
    static let employerCode = "EEC-FOODS"

    static func createEmployer(on database: any Database) async throws {
        guard try await CatalogueQueries.organisation(code: employerCode, on: database) == nil else { return }
        let employer = Organisation()
        employer.code = employerCode
        employer.shortName = "อาหารตะวันออก"
        employer.nameTh = "บริษัท อาหารตะวันออก จำกัด (สาธิต)"
        employer.nameEn = "Eastern Foods Co., Ltd. (demo)"
        employer.kind = .employer
        employer.isActive = true
        try await employer.create(on: database)
    }

    static func createAccounts(on database: any Database, _ deps: Accounts.Dependencies) async throws -> Outcome {
        let demoNames = accounts.map(\.username)
        let others = try await User.query(on: database).filter(\.$username !~ demoNames).count()
        if others > 0 { return .refused }
        try await createAssessmentCentre(on: database)
        try await createEmployer(on: database)
        let existing = try await User.query(on: database).filter(\.$username ~~ demoNames).count()
        if existing == accounts.count { return .alreadyThere }
        for account in accounts
        where try await User.query(on: database).filter(\.$username == account.username).count() == 0 {
            var draft = Accounts.Draft(
                username: account.username,
                displayName: account.displayName,
                password: password,
                role: account.role.rawValue
            )
            if let code = account.estateCode,
                let estate = try await Estate.query(on: database).filter(\.$code == code).first()
            {
                draft.estateIDs = [try estate.requireID().uuidString]
            }
            if let code = account.organisationCode,
                let organisation = try await Organisation.query(on: database).filter(\.$code == code).first()
            {
                draft.organisationID = try organisation.requireID().uuidString
            }
            _ = try await Accounts.create(draft, by: .system, on: database, deps)
        }
        return .created
    }
}
