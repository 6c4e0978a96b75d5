import Fluent
import SQLKit

/// Provinces, districts and subdistricts keyed by their DOPA codes, loaded from shipped reference data.
struct CreateAdminDivisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("provinces")
            .field("code", .int, .identifier(auto: false))
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .create()
        try await database.schema("districts")
            .field("code", .int, .identifier(auto: false))
            .field("province_code", .int, .required, .references("provinces", "code"))
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .field("postcode", .string, .required)
            .create()
        try await database.schema("subdistricts")
            .field("code", .int, .identifier(auto: false))
            .field("district_code", .int, .required, .references("districts", "code"))
            .field("province_code", .int, .required, .references("provinces", "code"))
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .field("postcode", .string, .required)
            .create()
        let sql = database.sql
        try await sql.create(index: "districts_province").on("districts").column("province_code").run()
        try await sql.create(index: "subdistricts_district").on("subdistricts").column("district_code").run()
        try await sql.create(index: "subdistricts_postcode").on("subdistricts").column("postcode").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("subdistricts").delete()
        try await database.schema("districts").delete()
        try await database.schema("provinces").delete()
    }
}
