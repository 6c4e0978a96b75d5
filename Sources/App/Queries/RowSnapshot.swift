import FluentKit
import Foundation
import SQLKit
import SQLiteKit

/// A database row copied whole, every column with its stored type, so it can be put back exactly:
/// a merge keeps the person it removes this way, and its undo restores them byte for byte (the
/// sealed national ID, the timestamps, the ids, all as they were).
///
/// PostgreSQL copies a row as `row_to_json` and puts it back with `json_populate_record`, which
/// round-trips every column type. SQLite keeps each value's storage class (integer, real, text,
/// blob), since its UUIDs are 16-byte blobs that JSON cannot hold.
struct RowSnapshot: Codable, Sendable, Equatable {
    let table: String
    /// PostgreSQL: the row as JSON text.
    var json: String?
    /// SQLite: column → value.
    var cells: [String: Cell]?

    enum Cell: Codable, Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)
    }

    /// Every row of `table` whose `column` is `value`.
    static func take(
        _ table: String,
        where column: String,
        equals value: UUID,
        on database: any Database
    ) async throws -> [RowSnapshot] {
        // SQLKit's SQLite rows hide their storage classes; the driver's own rows keep them.
        if let sqlite = database as? any SQLiteDatabase {
            let rows = try await sqlite.query(
                "SELECT * FROM \"\(table)\" WHERE \"\(column)\" = ?",
                [.text(value.uuidString)]
            )
            return rows.map { row in
                var cells: [String: Cell] = [:]
                for column in row.columns {
                    cells[column.name] =
                        switch column.data {
                        case .null: .null
                        case .integer(let value): .integer(Int64(value))
                        case .float(let value): .real(value)
                        case .text(let value): .text(value)
                        case .blob(let buffer): .blob(Data(buffer.readableBytesView))
                        }
                }
                return RowSnapshot(table: table, cells: cells)
            }
        }
        let rows = try await database.sql.raw(
            "SELECT row_to_json(t)::text AS j FROM \(ident: table) t WHERE \(ident: column) = \(bind: value)"
        ).all()
        return try rows.map { RowSnapshot(table: table, json: try $0.decode(column: "j", as: String.self)) }
    }

    /// Inserts the row again, as it was.
    func insert(on sql: any SQLDatabase) async throws {
        if let cells {
            let columns = cells.keys.sorted()
            try await sql.insert(into: table).columns(columns).values(columns.map { cells[$0]!.expression }).run()
        } else if let json {
            try await sql.raw(
                "INSERT INTO \(ident: table) SELECT * FROM json_populate_record(NULL::\(ident: table), \(bind: json)::json)"
            ).run()
        }
    }

    /// Sets `columns` of the row whose `id` is `id` back to their values in this copy.
    func restore(columns: [String], id: UUID, on sql: any SQLDatabase) async throws {
        guard !columns.isEmpty else { return }
        if let cells {
            var update = sql.update(table).where("id", .equal, SQLBind(id))
            for column in columns {
                update = update.set(SQLIdentifier(column), to: cells[column]?.expression ?? SQLLiteral.null)
            }
            try await update.run()
        } else if let json {
            let assignments = SQLList(
                columns.map { SQLQueryString("\(ident: $0) = r.\(ident: $0)") },
                separator: SQLRaw(", ")
            )
            try await sql.raw(
                """
                UPDATE \(ident: table) SET \(assignments) \
                FROM json_populate_record(NULL::\(ident: table), \(bind: json)::json) r WHERE \(ident: table).id = \(bind: id)
                """
            ).run()
        }
    }
}

extension RowSnapshot.Cell {
    /// The value bound with the same storage class it was read with.
    var expression: any SQLExpression {
        switch self {
        case .null: SQLLiteral.null
        case .integer(let value): SQLBind(value)
        case .real(let value): SQLBind(value)
        case .text(let value): SQLBind(value)
        case .blob(let value): SQLBind(value)
        }
    }
}
