import Fluent
import SQLKit

/// Provinces, districts and subdistricts for the address picker and for showing an address.
enum AddressQueries {
    struct Province: Decodable, Sendable {
        let code: Int
        let name_th: String
        let name_en: String
    }

    struct Subdistrict: Decodable, Sendable {
        let code: Int
        let name_th: String
        let name_en: String
        let district_th: String
        let district_en: String
        let province_code: Int
        let province_th: String
        let province_en: String
        let postcode: String

        /// Bangkok has แขวง and เขต where other provinces have ตำบล and อำเภอ.
        var isBangkok: Bool { province_code == 10 }
    }

    static func provinces(on database: any Database) async throws -> [Province] {
        try await database.sql.select().columns("code", "name_th", "name_en").from("provinces")
            .orderBy("name_th").all(decoding: Province.self)
    }

    static func subdistricts(inProvince province: Int, on database: any Database) async throws -> [Subdistrict] {
        try await base(database).where(SQLColumn("province_code", table: "s"), .equal, SQLBind(province))
            .orderBy(SQLColumn("name_th", table: "d")).orderBy(SQLColumn("name_th", table: "s"))
            .all(decoding: Subdistrict.self)
    }

    static func subdistrict(_ code: Int, on database: any Database) async throws -> Subdistrict? {
        try await base(database).where(SQLColumn("code", table: "s"), .equal, SQLBind(code)).first(
            decoding: Subdistrict.self
        )
    }

    private static func base(_ database: any Database) -> SQLSelectBuilder {
        database.sql.select()
            .column(SQLColumn("code", table: "s")).column(SQLColumn("name_th", table: "s"))
            .column(SQLColumn("name_en", table: "s")).column(SQLColumn("postcode", table: "s"))
            .column(SQLColumn("province_code", table: "s"))
            .column(SQLColumn("name_th", table: "d"), as: "district_th")
            .column(SQLColumn("name_en", table: "d"), as: "district_en")
            .column(SQLColumn("name_th", table: "v"), as: "province_th")
            .column(SQLColumn("name_en", table: "v"), as: "province_en")
            .from("subdistricts", as: "s")
            .join(
                "districts",
                as: "d",
                on: SQLColumn("district_code", table: "s"),
                equals: SQLColumn("code", table: "d")
            )
            .join(
                "provinces",
                as: "v",
                on: SQLColumn("province_code", table: "s"),
                equals: SQLColumn("code", table: "v")
            )
    }
}
