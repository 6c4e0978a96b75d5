import Fluent

/// Occupations gain their qualification standard and units of competency; organisations their
/// contacts. One column per `ALTER TABLE`, which SQLite requires.
struct ExtendCatalogues: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for column in ["standard_name", "standard_code", "standard_level"] {
            try await database.schema(Occupation.schema).field(
                .definition(name: .key(.string(column)), dataType: .string, constraints: [])
            ).update()
        }
        for column in ["contact_name", "contact_phone", "contact_email"] {
            try await database.schema(Organisation.schema).field(
                .definition(name: .key(.string(column)), dataType: .string, constraints: [])
            ).update()
        }
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
        for column in ["standard_name", "standard_code", "standard_level"] {
            try await database.schema(Occupation.schema).deleteField(.key(.string(column))).update()
        }
        for column in ["contact_name", "contact_phone", "contact_email"] {
            try await database.schema(Organisation.schema).deleteField(.key(.string(column))).update()
        }
    }
}
