import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1` for enterprises, placements, baselines and follow-ups.
extension LivelihoodsAPIController {
    static func enterprises(req: Request) async throws -> Items<EnterpriseRow> {
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await EnterpriseQueries.list(
                .init(),
                scope: AccessPolicy.livelihoodScope(.enterprise, for: try req.requirePrincipal()),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        return Items(
            next: next,
            items: rows.map {
                EnterpriseRow(id: $0.id, kind: $0.kind, name: $0.name, started_on: $0.started_on, members: $0.members)
            }
        )
    }

    static func enterprise(req: Request) async throws -> EnterpriseItem {
        EnterpriseItem(try await req.scoped.enterprise())
    }

    static func createEnterprise(req: Request) async throws -> Response {
        let enterprise = try await Enterprises.create(
            try req.input(Enterprises.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(EnterpriseItem(enterprise), at: "/api/v1/enterprises/\(try enterprise.requireID())")
    }

    static func addMember(req: Request) async throws -> Response {
        let enterprise = try await req.scoped.managedEnterprise()
        let member = try await Enterprises.addMember(
            try req.input(Enterprises.MemberInput.self),
            to: enterprise,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            MemberItem(
                enterprise_id: member.$enterprise.id,
                participant_id: member.$participant.id,
                role: member.role.rawValue,
                joined_on: member.joinedOn
            ),
            at: "/api/v1/enterprises/\(try enterprise.requireID())"
        )
    }

    static func recordRevenue(req: Request) async throws -> HTTPStatus {
        let enterprise = try await req.scoped.managedEnterprise()
        try await Enterprises.recordRevenue(
            try req.input(Enterprises.RevenueInput.self),
            of: enterprise,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return .noContent
    }

    static func placements(req: Request) async throws -> Items<PlacementItem> {
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await PlacementQueries.list(
                .init(),
                scope: AccessPolicy.livelihoodScope(.placement, for: try req.requirePrincipal()),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        return Items(next: next, items: rows.map { PlacementItem($0) })
    }

    static func createPlacement(req: Request) async throws -> Response {
        let placement = try await Placements.create(
            try req.input(Placements.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(PlacementItem(placement), at: "/api/v1/placements")
    }

    static func followUpsDue(req: Request) async throws -> DueList {
        let due = try await FollowUpQueries.workList(
            scope: AccessPolicy.livelihoodScope(.followUp, for: try req.requirePrincipal()),
            today: ThaiCalendar.Day.containing(req.sanfan.clock.now()),
            thai: req.language == .thai,
            on: req.db
        )
        return DueList(
            items: due.items.map {
                DueItem(
                    participant_id: $0.participantID,
                    course_id: $0.courseID,
                    months: $0.months,
                    due_on: $0.dueOn.iso,
                    overdue: $0.overdue
                )
            },
            total: due.total
        )
    }

    static func recordFollowUp(req: Request) async throws -> Response {
        let person = try await req.scoped.editableParticipant()
        let followUp = try await IncomeFollowUps.record(
            try req.input(IncomeFollowUps.Input.self),
            of: person,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            FollowUpItem(followUp),
            at: "/api/v1/participants/\(try person.requireID())/livelihood"
        )
    }

    static func setBaseline(req: Request) async throws -> HTTPStatus {
        let person = try await req.scoped.editableParticipant()
        try await IncomeFollowUps.setBaseline(
            try req.input(IncomeFollowUps.BaselineInput.self),
            of: person,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return .noContent
    }
}
