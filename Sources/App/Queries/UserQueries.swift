import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The admin user list: one query for the users, one for all their estate assignments.
enum UserQueries {
    struct Row: Decodable, Sendable {
        let id: UUID
        let username: String
        let display_name: String
        let role: String
        let is_active: Bool
        let last_sign_in_at: Date?
        let organisation: String?
    }

    static func list(on database: any Database) async throws -> (rows: [Row], estateCodes: [UUID: [String]]) {
        let sql = database.sql
        let rows = try await sql.select()
            .column(SQLColumn("id", table: "u")).column(SQLColumn("username", table: "u"))
            .column(SQLColumn("display_name", table: "u")).column(SQLColumn("role", table: "u"))
            .column(SQLColumn("is_active", table: "u")).column(SQLColumn("last_sign_in_at", table: "u"))
            .column(SQLColumn("short_name", table: "o"), as: "organisation")
            .from(User.schema, as: "u")
            .join(
                Organisation.schema,
                as: "o",
                method: .left,
                on: SQLColumn("organisation_id", table: "u"),
                equals: SQLColumn("id", table: "o")
            )
            .orderBy(SQLColumn("username", table: "u"))
            .all(decoding: Row.self)
        struct Assignment: Decodable {
            let user_id: UUID
            let code: String
        }
        let assignments = try await sql.select()
            .column(SQLColumn("user_id", table: "ue")).column(SQLColumn("code", table: "e"))
            .from(UserEstate.schema, as: "ue")
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "ue"), equals: SQLColumn("id", table: "e"))
            .orderBy(SQLColumn("code", table: "e"))
            .all(decoding: Assignment.self)
        return (rows, Dictionary(grouping: assignments, by: \.user_id).mapValues { $0.map(\.code) })
    }

    /// One account by id: the signed-in user (`CurrentUser`) or the account an admin edits.
    static func find(_ id: UUID, on database: any Database) async throws -> User? {
        try await User.find(id, on: database)
    }

    static func find(username: String, on database: any Database) async throws -> User? {
        try await User.query(on: database).filter(\.$username == username).first()
    }

    /// Every account, by username (the audit log's filter).
    static func all(on database: any Database) async throws -> [User] {
        try await User.query(on: database).sort(\.$username).all()
    }

    /// The accounts linked to one organisation, or the count for each organisation.
    static func members(of organisation: UUID, on database: any Database) async throws -> [User] {
        try await User.query(on: database).filter(\.$organisation.$id == organisation).sort(\.$username).all()
    }

    static func memberCounts(on database: any Database) async throws -> [UUID: Int] {
        try await User.query(on: database).filter(\.$organisation.$id != nil).all()
            .reduce(into: [UUID: Int]()) { $0[$1.$organisation.id!, default: 0] += 1 }
    }

    /// The estates an officer is assigned to.
    static func estateIDs(of userID: UUID, on database: any Database) async throws -> [UUID] {
        try await database.sql.select().column("estate_id").from(UserEstate.schema)
            .where("user_id", .equal, userID).all().map { try $0.decode(column: "estate_id", as: UUID.self) }
    }
}
