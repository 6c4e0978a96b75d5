import Fluent
import Foundation
import SanfanCore

/// Cycles and the estates that take part in them. A cycle is the programme's plan, which everyone
/// with the dashboard reads whole, so these take no record scope; the figures inside a cycle are
/// scoped in `ProgressQueries`.
enum CycleQueries {
    /// One cycle by id (`ScopedRecords.cycle` is the door to it).
    static func find(_ id: UUID, on database: any Database) async throws -> Cycle? {
        try await Cycle.find(id, on: database)
    }

    /// Every cycle, newest fiscal year first.
    static func all(on database: any Database) async throws -> [Cycle] {
        try await Cycle.query(on: database).sort(\.$fiscalYear, .descending).all()
    }

    /// The newest cycle that is not closed: where a new course goes by default.
    static func newestOpen(on database: any Database) async throws -> Cycle? {
        try await Cycle.query(on: database).filter(\.$status != .closed).sort(\.$fiscalYear, .descending).first()
    }

    /// Whether another cycle already has this fiscal year.
    static func yearTaken(_ year: Int, except id: UUID?, on database: any Database) async throws -> Bool {
        try await Cycle.query(on: database).filter(\.$fiscalYear == year).filter(\.$id != (id ?? UUID())).count() > 0
    }

    /// How many estates take part in each cycle.
    static func estateCounts(on database: any Database) async throws -> [UUID: Int] {
        try await CycleEstate.query(on: database).all().reduce(into: [UUID: Int]()) {
            $0[$1.$cycle.id, default: 0] += 1
        }
    }

    /// A cycle's estates with their targets; `withEstate` loads each estate too.
    static func estates(
        of cycle: UUID,
        withEstate: Bool = false,
        on database: any Database
    ) async throws
        -> [CycleEstate]
    {
        let query = CycleEstate.query(on: database).filter(\.$cycle.$id == cycle)
        return try await (withEstate ? query.with(\.$estate) : query).all()
    }
}
