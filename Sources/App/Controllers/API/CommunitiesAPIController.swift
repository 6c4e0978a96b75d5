import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/communities`, and the address lists a registration needs: the same inputs, services
/// and scope as the communities pages and the registration form.
enum CommunitiesAPIController {
    struct Item: Content {
        let id: UUID
        let name_th: String
        let estate_id: UUID
        let subdistrict_code: Int?
        let households: Int?
        let people: Int?
    }

    struct List: Content {
        let items: [Item]
    }

    static func list(req: Request) async throws -> List {
        let scope = AccessPolicy.recordScope(for: try req.requirePrincipal())
        return List(
            items: try await CommunityQueries.list(scope: scope, on: req.db).map {
                Item(
                    id: $0.id,
                    name_th: $0.name_th,
                    estate_id: $0.estate_id,
                    subdistrict_code: nil,
                    households: $0.households,
                    people: $0.people
                )
            }
        )
    }

    static func create(req: Request) async throws -> Response {
        let community = Community()
        try await Communities.save(
            community,
            try req.input(Communities.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        let response = Response(status: .created)
        try response.content.encode(item(community), as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/communities/\(try community.requireID())")
        return response
    }

    /// Changes what a PATCH names; the rest stays as stored.
    static func update(req: Request) async throws -> Item {
        let community = try await req.scoped.community()
        try await Communities.save(
            community,
            try req.patch(Communities.Input(stored: community)),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return item(community)
    }

    private static func item(_ community: Community) -> Item {
        Item(
            id: community.id!,
            name_th: community.nameTh,
            estate_id: community.$estate.id,
            subdistrict_code: community.subdistrictCode,
            households: community.households,
            people: nil
        )
    }

    // MARK: - Addresses

    struct Province: Content {
        let code: Int
        let name_th: String
        let name_en: String
    }

    struct Subdistrict: Content {
        let code: Int
        let name_th: String
        let name_en: String
        let district_th: String
        let district_en: String
        let province_code: Int
        let postcode: String
    }

    static func provinces(req: Request) async throws -> ReferenceAPIController.ListEnvelope<Province> {
        ReferenceAPIController.ListEnvelope(
            items: try await AddressQueries.provinces(on: req.db).map {
                Province(code: $0.code, name_th: $0.name_th, name_en: $0.name_en)
            }
        )
    }

    /// The subdistricts of one province, by district: what the registration form lists.
    static func subdistricts(req: Request) async throws -> ReferenceAPIController.ListEnvelope<Subdistrict> {
        guard let province = req.query[Int.self, at: "province_code"], (1...99).contains(province) else {
            throw FieldErrors(fields: ["province_code": .unknownChoice])
        }
        return ReferenceAPIController.ListEnvelope(
            items: try await AddressQueries.subdistricts(inProvince: province, on: req.db).map {
                Subdistrict(
                    code: $0.code,
                    name_th: $0.name_th,
                    name_en: $0.name_en,
                    district_th: $0.district_th,
                    district_en: $0.district_en,
                    province_code: $0.province_code,
                    postcode: $0.postcode
                )
            }
        )
    }
}
