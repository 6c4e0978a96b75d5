import Fluent
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// Everything one person's livelihood page shows, each part read within the reader's scope.
struct LivelihoodPageData: Sendable {
    struct Membership: Decodable, Sendable {
        let id: UUID
        let name: String
        let kind_raw: String
        let role_raw: String
        let joined_on: String

        var kind: EnterpriseKind { EnterpriseKind(rawValue: kind_raw) ?? .individual }
        var role: MemberRole { MemberRole(rawValue: role_raw) ?? .member }
        var joinedOn: String { joined_on }
    }

    var baseline: IncomeBaseline?
    /// A non-zero income typed at registration (blank there is stored as 0: not asked).
    var registrationBaseline: Int64?
    var followUps: [IncomeFollowUp] = []
    var completions: [FollowUpQueries.Completion] = []
    var memberships: [Membership] = []
    var estateEnterprises: [Enterprise] = []
    var placements: [PlacementQueries.Row] = []
    var employers: [Organisation] = []
    var occupations: [Occupation] = []
    var mentoring: [MentoringQueries.Row] = []
    var mentors: [Organisation] = []
    var loans: [LoanQueries.Row] = []

    static func load(_ person: Participant, for principal: Principal, _ req: Request) async throws -> Self {
        let db = req.db
        let id = try person.requireID()
        var data = Self()
        // Incomes and follow-ups are the estate's own record: officers of the estate and HQ.
        if AccessPolicy.livelihoodScope(.followUp, for: principal) != .nothing,
            AccessPolicy.canReach(estate: person.$estate.id, principal)
        {
            data.baseline = try await FollowUpQueries.baseline(of: id, on: db)
            data.registrationBaseline = person.baselineIncomeSatang > 0 ? person.baselineIncomeSatang : nil
            data.followUps = try await FollowUpQueries.history(of: id, on: db)
            data.completions = try await FollowUpQueries.completions(of: id, on: db)
            data.estateEnterprises = try await EnterpriseQueries.ofEstate(person.$estate.id, on: db)
            data.employers = try await PlacementQueries.employers(on: db)
            data.occupations = try await CatalogueQueries.occupations(activeOnly: true, on: db)
            data.mentors = try await MentoringQueries.mentors(on: db)
        }
        if let condition = LivelihoodConditions.enterprises(AccessPolicy.livelihoodScope(.enterprise, for: principal)) {
            data.memberships = try await db.sql.select()
                .column(SQLColumn("id", table: "x")).column(SQLColumn("name", table: "x"))
                .column(SQLColumn("kind", table: "x"), as: "kind_raw")
                .column(SQLColumn("role", table: "m"), as: "role_raw").column(SQLColumn("joined_on", table: "m"))
                .from(EnterpriseMember.schema, as: "m")
                .join(
                    Enterprise.schema,
                    as: "x",
                    on: SQLColumn("enterprise_id", table: "m"),
                    equals: SQLColumn("id", table: "x")
                )
                .where(SQLColumn("participant_id", table: "m"), .equal, SQLBind(id))
                .where(condition)
                .orderBy(SQLColumn("joined_on", table: "m")).all(decoding: Membership.self)
        }
        data.placements = try await PlacementQueries.list(
            .init(participantID: id),
            scope: AccessPolicy.livelihoodScope(.placement, for: principal),
            on: db
        )
        data.mentoring = try await MentoringQueries.list(
            scope: AccessPolicy.livelihoodScope(.mentoring, for: principal),
            readerScope: AccessPolicy.recordScope(for: principal),
            participant: id,
            on: db
        )
        data.loans = try await LoanQueries.list(
            .init(participantID: id),
            scope: AccessPolicy.livelihoodScope(.loan, for: principal),
            on: db
        )
        return data
    }
}
