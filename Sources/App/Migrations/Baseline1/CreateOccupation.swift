import Fluent

/// Occupations with their qualification standard, and each standard's units of competency.
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
            .field("standard_name", .string)
            .field("standard_code", .string)
            .field("standard_level", .string)
            .unique(on: "code")
            .create()
        try await database.schema(OccupationUnit.schema)
            .id()
            .field("occupation_id", .uuid, .required, .references(Occupation.schema, "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("code", .string, .required)
            .field("name_th", .string, .required)
            .unique(on: "occupation_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OccupationUnit.schema).delete()
        try await database.schema(Occupation.schema).delete()
    }
}
