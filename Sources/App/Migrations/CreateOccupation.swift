import Fluent

struct CreateOccupation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Occupation.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("code", .string, .required)
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .field("sector_th", .string, .required)
            .field("certifying_body", .string, .required)
            .field("is_active", .bool, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Occupation.schema).delete()
    }
}
