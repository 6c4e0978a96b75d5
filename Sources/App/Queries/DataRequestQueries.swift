import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The register of PDPA requests, always within the reader's estates (a partner reaches none). A
/// request is answered by the estate that holds the person now: it follows a person who moves, so
/// its scope is the person's current estate, never the one it was recorded under.
enum DataRequestQueries {
    static func find(_ id: UUID, scope: RecordScope, on database: any Database) async throws -> DataRequest? {
        try await database.sql.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("r")))
            .from(DataRequest.schema, as: "r")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "r"),
                equals: SQLColumn("id", table: "p")
            )
            .where(SQLColumn("id", table: "r"), .equal, SQLBind(id))
            .whereEstates(in: scope, column: SQLColumn("estate_id", table: "p"))
            .first()?.decode(fluentModel: DataRequest.self)
    }

    struct Row: Sendable {
        let id: UUID
        let participantID: UUID
        let person: String
        let estateTh: String
        let estateEn: String
        let kind: DataRequestKind
        let channel: DataRequestChannel
        let receivedOn: String
        let dueOn: String
        let status: DataRequestStatus
        let closedOn: String?
    }

    /// Open requests by deadline (the overdue first), or the latest closed ones; or one person's.
    static func list(
        scope: RecordScope,
        open: Bool,
        participant: UUID? = nil,
        limit: Int = 200,
        on database: any Database
    ) async throws -> [Row] {
        var query = database.sql.select()
            .column(SQLColumn("id", table: "r")).column(SQLColumn("participant_id", table: "r"))
            .column(SQLColumn("kind", table: "r")).column(SQLColumn("channel", table: "r"))
            .column(SQLColumn("received_on", table: "r")).column(SQLColumn("due_on", table: "r"))
            .column(SQLColumn("status", table: "r")).column(SQLColumn("closed_on", table: "r"))
            .column(SQLColumn("prefix", table: "p")).column(SQLColumn("first_name_th", table: "p"))
            .column(SQLColumn("last_name_th", table: "p"))
            .column(SQLColumn("name_th", table: "e"), as: "estate_th")
            .column(SQLColumn("name_en", table: "e"), as: "estate_en")
            .from(DataRequest.schema, as: "r")
            .join(
                Participant.schema,
                as: "p",
                on: SQLColumn("participant_id", table: "r"),
                equals: SQLColumn("id", table: "p")
            )
            .join(Estate.schema, as: "e", on: SQLColumn("estate_id", table: "p"), equals: SQLColumn("id", table: "e"))
            .whereEstates(in: scope, column: SQLColumn("estate_id", table: "p"))
        if let participant {
            query = query.where(SQLColumn("participant_id", table: "r"), .equal, SQLBind(participant))
                .orderBy(SQLColumn("received_on", table: "r"), SQLDirection.descending)
        } else if open {
            query = query.where(SQLColumn("status", table: "r"), .equal, SQLBind(DataRequestStatus.open.rawValue))
                .orderBy(SQLColumn("due_on", table: "r")).orderBy(SQLColumn("received_on", table: "r"))
        } else {
            query = query.where(SQLColumn("status", table: "r"), .notEqual, SQLBind(DataRequestStatus.open.rawValue))
                .orderBy(SQLColumn("closed_on", table: "r"), SQLDirection.descending)
        }
        return try await query.orderBy(SQLColumn("id", table: "r")).limit(limit).all().map { row in
            Row(
                id: try row.decodeID(column: "id"),
                participantID: try row.decodeID(column: "participant_id"),
                person: try row.decode(column: "prefix", as: String.self)
                    + row.decode(column: "first_name_th", as: String.self) + " "
                    + row.decode(column: "last_name_th", as: String.self),
                estateTh: try row.decode(column: "estate_th", as: String.self),
                estateEn: try row.decode(column: "estate_en", as: String.self),
                kind: DataRequestKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .access,
                channel: DataRequestChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .inPerson,
                receivedOn: try row.decode(column: "received_on", as: String.self),
                dueOn: try row.decode(column: "due_on", as: String.self),
                status: DataRequestStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .open,
                closedOn: try row.decode(column: "closed_on", as: String?.self)
            )
        }
    }
}
