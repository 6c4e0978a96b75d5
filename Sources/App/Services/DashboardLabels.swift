import Fluent
import Foundation
import SanfanCore
import Vapor

/// The names the dashboard shows for estates, occupations and provinces, in the reader's language.
struct DashboardLabels: Sendable {
    struct Estate: Sendable {
        let id: UUID
        let code: String
        let name: String
        let provinceCode: Int
        /// Set for the estates the programme works in.
        let programmeYear: Int?
    }

    let language: Language
    let estates: [Estate]
    let occupations: [(id: UUID, name: String)]

    func estate(_ id: UUID?) -> String? { estates.first { $0.id == id }?.name }
    func occupation(_ id: UUID?) -> String? { occupations.first { $0.id == id }?.name }

    func province(_ code: Int?) -> String? {
        guard let code, let province = ThailandMap.shared.province(code) else { return nil }
        return language == .thai ? province.name_th : province.name_en
    }

    static func load(_ req: Request) async throws -> DashboardLabels {
        try await load(language: req.language, on: req.db)
    }

    static func load(language: Language, on database: any Database) async throws -> DashboardLabels {
        let thai = language == .thai
        let estates = try await EstateQueries.all(on: database).map {
            Estate(
                id: $0.id,
                code: $0.code,
                name: thai ? $0.name_th : $0.name_en,
                provinceCode: $0.province_code,
                programmeYear: $0.programme_year
            )
        }
        let occupations = try await CatalogueQueries.occupations(on: database).compactMap { occupation in
            occupation.id.map { ($0, thai ? occupation.nameTh : occupation.nameEn) }
        }
        return DashboardLabels(language: language, estates: estates, occupations: occupations)
    }
}
