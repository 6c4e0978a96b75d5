import Fluent
import SQLKit

extension DatabaseSchema.DataType {
    /// Text compared byte by byte. Sort keys and prefix searches rely on code-point order, which is
    /// SQLite's default but not PostgreSQL's (its default collation follows the locale).
    static func binaryText(on database: any Database) -> Self {
        !database.isSQLite ? .custom(SQLRaw(#"TEXT COLLATE "C""#)) : .string
    }
}
