import Fluent
import SQLKit

/// The registry. Designed for a million rows: every list, filter and search walks an index.
struct CreateParticipant: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Participant.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("created_by", .uuid)
            .field("estate_id", .uuid, .required, .references(Estate.schema, "id"))
            .field("community_id", .uuid, .references(Community.schema, "id"))
            .field("prefix", .string, .required)
            .field("first_name_th", .string, .required)
            .field("last_name_th", .string, .required)
            .field("first_name_en", .string)
            .field("last_name_en", .string)
            .field("gender", .string, .required)
            .field("birth_date", .string, .required)
            .field("national_id_sealed", .string)
            .field("national_id_index", .string)
            .field("no_id_reason", .string)
            .field("phone", .string)
            .field("house_no", .string)
            .field("moo", .int)
            .field("soi", .string)
            .field("road", .string)
            .field("subdistrict_code", .int, .required, .references("subdistricts", "code"))
            .field("education_level", .string, .required)
            .field("prior_occupation", .string)
            .field("baseline_income_satang", .int64, .required)
            .field("disability", .string)
            .field("notes", .string)
            // Derived, for ordering and search; written with the record, never typed.
            .field("sort_key", .binaryText(on: database), .required)
            .field("first_name_key", .binaryText(on: database), .required)
            .field("last_name_key", .binaryText(on: database), .required)
            .field("latin_name_key", .binaryText(on: database))
            .field("duplicate_key", .string, .required)
            .unique(on: "national_id_index")
            .create()
        let sql = database.sql
        let indexes: [(String, [String])] = [
            ("participants_sort", ["sort_key", "id"]),
            ("participants_estate_sort", ["estate_id", "sort_key", "id"]),
            ("participants_first_name", ["first_name_key"]),
            ("participants_last_name", ["last_name_key"]),
            ("participants_full_name", ["first_name_key", "last_name_key"]),
            // Officers search within their estates: these keep that from walking the whole estate.
            ("participants_estate_last_name", ["estate_id", "last_name_key"]),
            ("participants_latin_name", ["latin_name_key"]),
            ("participants_phone", ["phone"]),
            ("participants_duplicate", ["duplicate_key"]),
            ("participants_birth_date", ["birth_date"]),
            ("participants_community", ["community_id"]),
        ]
        for (name, columns) in indexes {
            var index = sql.create(index: name).on(Participant.schema)
            for column in columns { index = index.column(column) }
            try await index.run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Participant.schema).delete()
    }
}
