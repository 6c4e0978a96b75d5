import Foundation
import SQLKit
import SanfanCore

extension SQLRow {
    /// An id column, read as text and parsed by `UUIDText`: SQLite stores ids as text, and
    /// PostgreSQL hands its native ones over as text when asked. Foundation's own parser is slow
    /// on Linux, and a page of rows reads a hundred ids or more.
    func decodeID(column: String) throws -> UUID {
        let text = try decode(column: column, as: String.self)
        guard let id = UUIDText.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not an id"))
        }
        return id
    }

    func decodeOptionalID(column: String) throws -> UUID? {
        guard try !decodeNil(column: column) else { return nil }
        return try decodeID(column: column)
    }
}
