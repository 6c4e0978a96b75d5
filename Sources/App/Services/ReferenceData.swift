import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Loads the reference data shipped in the bundle (see `Resources/reference/SOURCES.md`).
///
/// Idempotent: rows are inserted only where their code is missing, so an admin's corrections to an
/// estate or an organisation survive a second run.
enum ReferenceData {
    struct Counts: Equatable {
        var provinces = 0, districts = 0, subdistricts = 0, estates = 0, occupations = 0, organisations = 0
    }

    static func seed(on database: any Database) async throws {
        let sql = database.sql
        try await seedDivisions(sql)
        try await seedCatalogue(sql, file: "estates", table: Estate.schema) { row in
            [
                "code": row["code"]!, "name_th": row["name_th"]!, "name_en": row["name_en"]!,
                "province_code": Int(row["province_code"]!)!, "district_th": row["district_th"]!,
                "operator": row["operator"]!, "programme_year": Int(row["programme_year"]!),
            ]
        }
        try await seedCatalogue(sql, file: "occupations", table: Occupation.schema) { row in
            [
                "code": row["code"]!, "name_th": row["name_th"]!, "name_en": row["name_en"]!,
                "sector_th": row["sector_th"]!, "certifying_body": row["certifying_body"]!,
            ]
        }
        try await seedCatalogue(sql, file: "organisations", table: Organisation.schema) { row in
            [
                "code": row["code"]!, "name_th": row["name_th"]!, "name_en": row["name_en"]!,
                "short_name": row["short_name"]!, "kind": row["kind"]!,
            ]
        }
    }

    static func counts(on database: any Database) async throws -> Counts {
        let sql = database.sql
        func count(_ table: String) async throws -> Int {
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                .first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return Counts(
            provinces: try await count("provinces"),
            districts: try await count("districts"),
            subdistricts: try await count("subdistricts"),
            estates: try await count(Estate.schema),
            occupations: try await count(Occupation.schema),
            organisations: try await count(Organisation.schema)
        )
    }

    // MARK: - Administrative divisions

    private struct ProvinceRow: Decodable {
        let provinceCode: Int
        let provinceNameTh: String
        let provinceNameEn: String
    }
    private struct DistrictRow: Decodable {
        let provinceCode: Int
        let districtCode: Int
        let districtNameTh: String
        let districtNameEn: String
        let postalCode: Int
    }
    private struct SubdistrictRow: Decodable {
        let provinceCode: Int
        let districtCode: Int
        let subdistrictCode: Int
        let subdistrictNameTh: String
        let subdistrictNameEn: String
        let postalCode: Int
    }

    private static func seedDivisions(_ sql: any SQLDatabase) async throws {
        let provinces = try decode([ProvinceRow].self, from: "provinces")
        try await insertMissing(sql, table: "provinces", columns: ["code", "name_th", "name_en"], rows: provinces) {
            [SQLBind($0.provinceCode), SQLBind($0.provinceNameTh), SQLBind($0.provinceNameEn)]
        }
        let districts = try decode([DistrictRow].self, from: "districts")
        try await insertMissing(
            sql,
            table: "districts",
            columns: ["code", "province_code", "name_th", "name_en", "postcode"],
            rows: districts
        ) {
            [
                SQLBind($0.districtCode), SQLBind($0.provinceCode), SQLBind($0.districtNameTh),
                SQLBind($0.districtNameEn), SQLBind(String($0.postalCode)),
            ]
        }
        let subdistricts = try decode([SubdistrictRow].self, from: "subdistricts")
        try await insertMissing(
            sql,
            table: "subdistricts",
            columns: ["code", "district_code", "province_code", "name_th", "name_en", "postcode"],
            rows: subdistricts
        ) {
            [
                SQLBind($0.subdistrictCode), SQLBind($0.districtCode), SQLBind($0.provinceCode),
                SQLBind($0.subdistrictNameTh), SQLBind($0.subdistrictNameEn), SQLBind(String($0.postalCode)),
            ]
        }
    }

    /// Multi-row inserts in batches; rows whose key already exists are skipped.
    private static func insertMissing<Row>(
        _ sql: any SQLDatabase,
        table: String,
        columns: [String],
        rows: [Row],
        values: (Row) -> [any SQLExpression]
    ) async throws {
        let existing =
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
            .first()?.decode(column: "n", as: Int.self) ?? 0
        guard existing < rows.count else { return }
        for batch in stride(from: 0, to: rows.count, by: 500) {
            let slice = rows[batch..<min(batch + 500, rows.count)]
            try await sql.insert(into: table).columns(columns)
                .rows(slice.map(values))
                .ignoringConflicts(with: [columns[0]])
                .run()
        }
    }

    private static func seedCatalogue(
        _ sql: any SQLDatabase,
        file: String,
        table: String,
        values: ([String: String]) -> [String: (any Encodable & Sendable)?]
    ) async throws {
        let records = try csvRecords(file)
        let now = Date()
        for batch in stride(from: 0, to: records.count, by: 200) {
            let slice = records[batch..<min(batch + 200, records.count)]
            var columns: [String] = []
            let rows: [[any SQLExpression]] = slice.map { record in
                var row = values(record)
                row["id"] = UUID()
                row["is_active"] = true
                row["created_at"] = now
                row["updated_at"] = now
                let ordered = row.sorted { $0.key < $1.key }
                columns = ordered.map(\.key)
                return ordered.map { entry -> any SQLExpression in entry.value.map { SQLBind($0) } ?? SQLLiteral.null }
            }
            try await sql.insert(into: table).columns(columns).rows(rows).ignoringConflicts(with: ["code"]).run()
        }
    }

    // MARK: - Bundle resources

    static func resource(_ name: String, _ ext: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources/reference")
        else { throw MissingResource(name: "\(name).\(ext)") }
        return try Data(contentsOf: url)
    }

    private static func decode<T: Decodable>(_ type: T.Type, from name: String) throws -> T {
        try JSONDecoder().decode(type, from: resource(name, "json"))
    }

    private static func csvRecords(_ name: String) throws -> [[String: String]] {
        CSV.records(String(decoding: try resource(name, "csv"), as: UTF8.self))
    }

    struct MissingResource: Error, CustomStringConvertible {
        let name: String
        var description: String { "reference data file \(name) is missing from the app bundle" }
    }
}
