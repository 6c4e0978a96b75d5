import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Estates, occupations with their units of competency, and partner organisations: the reference
/// catalogues HQ keeps. Not personal data, so no record scope; their pages need `manageCatalogues`.
enum CatalogueQueries {
    /// One catalogue record by id: an estate, an occupation or an organisation.
    static func find<M: Model>(_ type: M.Type, _ id: UUID, on database: any Database) async throws -> M?
    where M.IDValue == UUID {
        try await M.find(id, on: database)
    }

    /// Estates by code, for the seeders and the command line.
    static func estate(code: String, on database: any Database) async throws -> Estate? {
        try await Estate.query(on: database).filter(\.$code == code).first()
    }

    static func organisation(code: String, on database: any Database) async throws -> Organisation? {
        try await Organisation.query(on: database).filter(\.$code == code).first()
    }

    /// How many of `ids` name an estate that exists.
    static func knownEstates(_ ids: Set<UUID>, on database: any Database) async throws -> Int {
        ids.isEmpty ? 0 : try await Estate.query(on: database).filter(\.$id ~~ ids).count()
    }

    static func allEstates(on database: any Database) async throws -> [Estate] {
        try await Estate.query(on: database).sort(\.$code).all()
    }

    static func estateCodes(_ ids: Set<UUID>, on database: any Database) async throws -> [String] {
        try await Estate.query(on: database).filter(\.$id ~~ ids).sort(\.$code).all().map(\.code)
    }

    static func occupations(activeOnly: Bool = false, on database: any Database) async throws -> [Occupation] {
        let query = Occupation.query(on: database).sort(\.$code)
        return try await (activeOnly ? query.filter(\.$isActive == true) : query).all()
    }

    static func organisations(activeOnly: Bool = false, on database: any Database) async throws -> [Organisation] {
        let query = Organisation.query(on: database).sort(\.$code)
        return try await (activeOnly ? query.filter(\.$isActive == true) : query).all()
    }

    /// What a consent item needs of an active organisation.
    struct Recipient: Sendable {
        let id: UUID
        let code: String
        let kind: Organisation.Kind?
        let nameTh: String
        let nameEn: String
    }

    /// The active organisations as consent recipients, by code: every person's page lists them,
    /// so they are read by column rather than into models.
    static func recipients(on database: any Database) async throws -> [Recipient] {
        try await database.sql.raw(
            "SELECT id, code, kind, name_th, name_en FROM organisations WHERE is_active = \(SQLLiteral.boolean(true)) ORDER BY code"
        ).all().map {
            Recipient(
                id: try $0.decodeID(column: "id"),
                code: try $0.decode(column: "code", as: String.self),
                kind: Organisation.Kind(rawValue: try $0.decode(column: "kind", as: String.self)),
                nameTh: try $0.decode(column: "name_th", as: String.self),
                nameEn: try $0.decode(column: "name_en", as: String.self)
            )
        }
    }

    /// An active organisation chosen on a form by its id, if it is one `accepts` allows (a bank, an
    /// employer, a mentor); nil for anything else.
    static func activeOrganisation(
        _ text: String,
        _ accepts: (Organisation) -> Bool,
        on database: any Database
    ) async throws -> Organisation? {
        guard let id = UUID(uuidString: text), let organisation = try await find(Organisation.self, id, on: database),
            organisation.isActive, accepts(organisation)
        else { return nil }
        return organisation
    }

    static func organisations(codes: [String], on database: any Database) async throws -> [Organisation] {
        try await Organisation.query(on: database).filter(\.$code ~~ codes).sort(\.$code).all()
    }

    /// An occupation's units of competency, in the standard's order.
    static func units(of occupation: UUID, on database: any Database) async throws -> [OccupationUnit] {
        try await OccupationUnit.query(on: database).filter(\.$occupation.$id == occupation).sort(\.$position).all()
    }

    /// How many units each occupation lists.
    static func unitCounts(on database: any Database) async throws -> [UUID: Int] {
        try await OccupationUnit.query(on: database).all().reduce(into: [UUID: Int]()) {
            $0[$1.$occupation.id, default: 0] += 1
        }
    }

    /// Whether another row of `table` already has `code` (codes are unique per catalogue).
    static func codeTaken(
        _ code: String,
        in table: String,
        except id: UUID?,
        on database: any Database
    ) async throws
        -> Bool
    {
        var query = database.sql.select().column(SQLLiteral.numeric("1")).from(table)
            .where("code", .equal, SQLBind(code))
        if let id { query = query.where("id", .notEqual, SQLBind(id)) }
        return try await query.first() != nil
    }
}
