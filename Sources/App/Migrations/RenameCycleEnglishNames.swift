import Fluent
import Foundation
import SQLKit

/// English cycle names stored as "Fiscal year 2563 …" put a Buddhist-Era year where English pages
/// name years by their Gregorian end; they become "FY 2020 (BE 2563) …", the rule every English page
/// now follows. Names an admin wrote otherwise are left as they are.
struct RenameCycleEnglishNames: AsyncMigration {
    func prepare(on database: any Database) async throws {
        struct Row: Decodable {
            let id: UUID
            let fiscal_year: Int
            let name_en: String
        }
        let sql = database.sql
        for row in try await sql.select().columns("id", "fiscal_year", "name_en").from(Cycle.schema).all(
            decoding: Row.self
        ) {
            let old = "Fiscal year \(row.fiscal_year)"
            guard row.name_en.hasPrefix(old) else { continue }
            var rest = String(row.name_en.dropFirst(old.count))
            // "Fiscal year 2562 (10 pilot estates)" → "FY 2019 (BE 2562): 10 pilot estates"
            if rest.hasPrefix(" ("), rest.hasSuffix(")") { rest = ": " + rest.dropFirst(2).dropLast() }
            try await sql.update(Cycle.schema).set(
                "name_en",
                to: SQLBind(Cycles.defaultEnglishName(row.fiscal_year) + rest)
            )
            .where("id", .equal, SQLBind(row.id)).run()
        }
    }

    func revert(on database: any Database) async throws {}
}
