import Fluent

struct CreateEstate: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Estate.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("code", .string, .required)
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .field("province_code", .int, .required, .references("provinces", "code"))
            .field("district_th", .string, .required)
            .field("operator", .string, .required)
            .field("programme_year", .int)
            .field("is_active", .bool, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Estate.schema).delete()
    }
}
