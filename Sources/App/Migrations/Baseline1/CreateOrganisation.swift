import Fluent

struct CreateOrganisation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Organisation.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("code", .string, .required)
            .field("name_th", .string, .required)
            .field("name_en", .string, .required)
            .field("short_name", .string, .required)
            .field("kind", .string, .required)
            .field("is_active", .bool, .required)
            .field("contact_name", .string)
            .field("contact_phone", .string)
            .field("contact_email", .string)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Organisation.schema).delete()
    }
}
