import Fluent

struct CreateUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("language", .string, .required)
            .field("is_active", .bool, .required)
            .field("last_sign_in_at", .datetime)
            .field("organisation_id", .uuid, .references(Organisation.schema, "id"))
            .unique(on: "username")
            .create()
        try await database.schema(UserEstate.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("estate_id", .uuid, .required, .references(Estate.schema, "id"))
            .unique(on: "user_id", "estate_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserEstate.schema).delete()
        try await database.schema(User.schema).delete()
    }
}
