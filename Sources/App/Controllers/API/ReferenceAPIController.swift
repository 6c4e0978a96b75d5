import Fluent
import SanfanCore
import Vapor

/// Who am I, and the reference catalogues every role may read.
enum ReferenceAPIController {
    struct Me: Content {
        let id: UUID
        let username: String
        let display_name: String
        let role: String
        let language: String
        let estate_ids: [UUID]
        let organisation_id: UUID?
    }

    struct EstateDTO: Content {
        let id: UUID
        let code: String
        let name_th: String
        let name_en: String
        let province_code: Int
        let province_th: String
        let operator_kind: String
        let programme_year: Int?
    }

    struct OccupationDTO: Content {
        let id: UUID
        let code: String
        let name_th: String
        let name_en: String
        let certifying_body: String
    }

    struct OrganisationDTO: Content {
        let id: UUID
        let code: String
        let short_name: String
        let name_th: String
        let name_en: String
        let kind: String
    }

    struct ListEnvelope<Item: Content>: Content {
        let items: [Item]
    }

    static func me(req: Request) async throws -> Me {
        let principal = try req.requirePrincipal()
        guard let user = req.currentUser else { throw Abort(.unauthorized) }
        return Me(
            id: principal.userID,
            username: user.username,
            display_name: user.displayName,
            role: user.role.rawValue,
            language: user.language,
            estate_ids: principal.estateIDs.sorted { $0.uuidString < $1.uuidString },
            organisation_id: principal.organisationID
        )
    }

    static func estates(req: Request) async throws -> ListEnvelope<EstateDTO> {
        ListEnvelope(
            items: try await EstateQueries.all(on: req.db).map {
                EstateDTO(
                    id: $0.id,
                    code: $0.code,
                    name_th: $0.name_th,
                    name_en: $0.name_en,
                    province_code: $0.province_code,
                    province_th: $0.province_th,
                    operator_kind: $0.operator_kind,
                    programme_year: $0.programme_year
                )
            }
        )
    }

    static func occupations(req: Request) async throws -> ListEnvelope<OccupationDTO> {
        ListEnvelope(
            items: try await CatalogueQueries.occupations(activeOnly: true, on: req.db).map {
                OccupationDTO(
                    id: try $0.requireID(),
                    code: $0.code,
                    name_th: $0.nameTh,
                    name_en: $0.nameEn,
                    certifying_body: $0.certifyingBody.rawValue
                )
            }
        )
    }

    static func organisations(req: Request) async throws -> ListEnvelope<OrganisationDTO> {
        ListEnvelope(
            items: try await CatalogueQueries.organisations(activeOnly: true, on: req.db).map {
                OrganisationDTO(
                    id: try $0.requireID(),
                    code: $0.code,
                    short_name: $0.shortName,
                    name_th: $0.nameTh,
                    name_en: $0.nameEn,
                    kind: $0.kind.rawValue
                )
            }
        )
    }
}
