import Fluent
import SQLKit

struct CreateCommunity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Community.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("estate_id", .uuid, .required, .references(Estate.schema, "id"))
            .field("name_th", .string, .required)
            .field("subdistrict_code", .int, .required, .references("subdistricts", "code"))
            .field("households", .int)
            .field("is_active", .bool, .required)
            .unique(on: "estate_id", "name_th")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Community.schema).delete()
    }
}
