import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1` for mentoring, loans, enterprises, placements, baselines and follow-ups: the same
/// inputs, services and livelihood scopes as the pages.
enum LivelihoodsAPIController {
    /// One page of a list, newest first; `next_page` when there are more (`?page=`).
    struct Items<Item: Content>: Content {
        let items: [Item]
        var next_page: Int?

        init(next: Int? = nil, items: [Item]) {
            self.items = items
            next_page = next
        }
    }

    struct LoanItem: Content {
        let id: UUID
        let referral_id: UUID
        let participant_id: UUID
        let estate_id: UUID
        let bank_id: UUID
        let product: String
        let status: String
        let amount_requested_baht: String
        let amount_approved_baht: String?
        let amount_disbursed_baht: String?
        let guaranteed: Bool
        let guaranteed_baht: String?
        let decline_reason: String?
        let referred_on: String
        let applied_on: String?
        let approved_on: String?
        let declined_on: String?
        let withdrawn_on: String?
        let disbursed_on: String?

        init(_ loan: Loan) {
            id = loan.id!
            referral_id = loan.$referral.id
            participant_id = loan.$participant.id
            estate_id = loan.$estate.id
            bank_id = loan.$bank.id
            product = loan.product
            status = loan.status.rawValue
            amount_requested_baht = Satang(loan.amountRequestedSatang).plainBaht
            amount_approved_baht = loan.amountApprovedSatang.map { Satang($0).plainBaht }
            amount_disbursed_baht = loan.amountDisbursedSatang.map { Satang($0).plainBaht }
            guaranteed = loan.guaranteed
            guaranteed_baht = loan.guaranteedSatang.map { Satang($0).plainBaht }
            decline_reason = loan.declineReason?.rawValue
            referred_on = loan.referredOn
            applied_on = loan.appliedOn
            approved_on = loan.approvedOn
            declined_on = loan.declinedOn
            withdrawn_on = loan.withdrawnOn
            disbursed_on = loan.disbursedOn
        }
    }

    struct LoanRow: Content {
        let id: UUID
        let participant_id: UUID
        let bank: String
        let product: String
        let status: String
        let amount_requested_baht: String
        let amount_approved_baht: String?
        let referred_on: String
    }

    static func loans(req: Request) async throws -> Items<LoanRow> {
        var filter = LoanQueries.Filter()
        filter.status = req.query[String.self, at: "status"].flatMap(LoanStatus.init(rawValue:))
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await LoanQueries.list(
                filter,
                scope: AccessPolicy.livelihoodScope(.loan, for: try req.requirePrincipal()),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        return Items(
            next: next,
            items: rows.map {
                LoanRow(
                    id: $0.id,
                    participant_id: $0.participant_id,
                    bank: $0.bank_short_name,
                    product: $0.product,
                    status: $0.status,
                    amount_requested_baht: Satang($0.amount_requested_satang).plainBaht,
                    amount_approved_baht: $0.amount_approved_satang.map { Satang($0).plainBaht },
                    referred_on: $0.referred_on
                )
            }
        )
    }

    static func loan(req: Request) async throws -> LoanItem {
        LoanItem(try await req.scoped.loan())
    }

    static func openLoan(req: Request) async throws -> Response {
        let referral = try await req.scoped.referral()
        let loan = try await Loans.open(
            try req.input(Loans.OpenInput.self),
            for: referral,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(LoanItem(loan), at: "/api/v1/loans/\(try loan.requireID())")
    }

    static func moveLoan(req: Request) async throws -> LoanItem {
        let loan = try await req.scoped.movableLoan()
        let moved = try await Loans.move(
            loan,
            try req.input(Loans.MoveInput.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return LoanItem(moved)
    }

    struct MentoringItem: Content {
        let id: UUID
        let held_on: String
        let topic: String
        let mentor: String
        let attendees: Int
        let enterprise: String?
    }

    static func mentoring(req: Request) async throws -> Items<MentoringItem> {
        let principal = try req.requirePrincipal()
        let page = ListPage(req)
        let (rows, next) = page.split(
            try await MentoringQueries.list(
                scope: AccessPolicy.livelihoodScope(.mentoring, for: principal),
                readerScope: AccessPolicy.recordScope(for: principal),
                limit: page.limit,
                offset: page.offset,
                on: req.db
            )
        )
        return Items(
            next: next,
            items: rows.map {
                MentoringItem(
                    id: $0.id,
                    held_on: $0.held_on,
                    topic: $0.topic,
                    mentor: $0.mentor_short_name,
                    attendees: $0.attendees,
                    enterprise: $0.enterprise_name
                )
            }
        )
    }

    struct MentoringCreated: Content {
        let id: UUID
        let estate_id: UUID
        let mentor_id: UUID
        let topic: String
        let held_on: String
    }

    static func logMentoring(req: Request) async throws -> Response {
        let session = try await Mentoring.log(
            try req.input(Mentoring.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            MentoringCreated(
                id: try session.requireID(),
                estate_id: session.$estate.id,
                mentor_id: session.$mentor.id,
                topic: session.topic.rawValue,
                held_on: session.heldOn
            ),
            at: "/api/v1/mentoring"
        )
    }

    struct EnterpriseItem: Content {
        let id: UUID
        let kind: String
        let name: String
        let registration_code: String?
        let juristic_id: String?
        let products: String
        let estate_id: UUID
        let community_id: UUID?
        let started_on: String

        init(_ enterprise: Enterprise) {
            id = enterprise.id!
            kind = enterprise.kind.rawValue
            name = enterprise.name
            registration_code = enterprise.registrationCode
            juristic_id = enterprise.juristicID
            products = enterprise.products
            estate_id = enterprise.$estate.id
            community_id = enterprise.$community.id
            started_on = enterprise.startedOn
        }
    }

    struct EnterpriseRow: Content {
        let id: UUID
        let kind: String
        let name: String
        let started_on: String
        let members: Int
    }

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

    struct MemberItem: Content {
        let enterprise_id: UUID
        let participant_id: UUID
        let role: String
        let joined_on: String
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

    struct PlacementItem: Content {
        let id: UUID
        let participant_id: UUID
        let employer: String
        let position: String
        let started_on: String
        let ended_on: String?
        let monthly_wage_baht: String
        let inside_estate: Bool
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
        return Items(
            next: next,
            items: rows.map {
                PlacementItem(
                    id: $0.id,
                    participant_id: $0.participant_id,
                    employer: $0.employer_name,
                    position: $0.position,
                    started_on: $0.started_on,
                    ended_on: $0.ended_on,
                    monthly_wage_baht: Satang($0.monthly_wage_satang).plainBaht,
                    inside_estate: $0.inside_estate
                )
            }
        )
    }

    static func createPlacement(req: Request) async throws -> Response {
        let placement = try await Placements.create(
            try req.input(Placements.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            PlacementItem(
                id: try placement.requireID(),
                participant_id: placement.$participant.id,
                employer: placement.employerName,
                position: placement.position,
                started_on: placement.startedOn,
                ended_on: placement.endedOn,
                monthly_wage_baht: Satang(placement.monthlyWageSatang).plainBaht,
                inside_estate: placement.insideEstate
            ),
            at: "/api/v1/placements"
        )
    }

    struct DueItem: Content {
        let participant_id: UUID
        let course_id: UUID
        let months: Int
        let due_on: String
        let overdue: Bool
    }

    struct DueList: Content {
        let items: [DueItem]
        let total: Int
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

    struct FollowUpItem: Content {
        let id: UUID
        let participant_id: UUID
        let course_id: UUID
        let months: Int
        let due_on: String
        let done_on: String
        let reached: Bool
        let monthly_income_baht: String?
        let main_source: String?
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
            FollowUpItem(
                id: try followUp.requireID(),
                participant_id: followUp.$participant.id,
                course_id: followUp.$course.id,
                months: followUp.months,
                due_on: followUp.dueOn,
                done_on: followUp.doneOn,
                reached: followUp.reached,
                monthly_income_baht: followUp.monthlyIncomeSatang.map { Satang($0).plainBaht },
                main_source: followUp.mainSource?.rawValue
            ),
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

    struct Livelihood: Content {
        let participant_id: UUID
        let baseline_monthly_income_baht: String?
        let follow_ups: [FollowUpItem]
        let placements: [PlacementItem]
        let loans: [LoanRow]
        let mentoring: [MentoringItem]
    }

    /// One person's livelihood record, each part within the caller's scope, as the page shows it.
    static func livelihood(req: Request) async throws -> Livelihood {
        let person = try await req.scoped.participant()
        let data = try await LivelihoodPageData.load(person, for: try req.requirePrincipal(), req)
        return Livelihood(
            participant_id: try person.requireID(),
            baseline_monthly_income_baht: (data.baseline?.monthlyIncomeSatang ?? data.registrationBaseline).map {
                Satang($0).plainBaht
            },
            follow_ups: data.followUps.map {
                FollowUpItem(
                    id: $0.id!,
                    participant_id: $0.$participant.id,
                    course_id: $0.$course.id,
                    months: $0.months,
                    due_on: $0.dueOn,
                    done_on: $0.doneOn,
                    reached: $0.reached,
                    monthly_income_baht: $0.monthlyIncomeSatang.map { Satang($0).plainBaht },
                    main_source: $0.mainSource?.rawValue
                )
            },
            placements: data.placements.map {
                PlacementItem(
                    id: $0.id,
                    participant_id: $0.participant_id,
                    employer: $0.employer_name,
                    position: $0.position,
                    started_on: $0.started_on,
                    ended_on: $0.ended_on,
                    monthly_wage_baht: Satang($0.monthly_wage_satang).plainBaht,
                    inside_estate: $0.inside_estate
                )
            },
            loans: data.loans.map {
                LoanRow(
                    id: $0.id,
                    participant_id: $0.participant_id,
                    bank: $0.bank_short_name,
                    product: $0.product,
                    status: $0.status,
                    amount_requested_baht: Satang($0.amount_requested_satang).plainBaht,
                    amount_approved_baht: $0.amount_approved_satang.map { Satang($0).plainBaht },
                    referred_on: $0.referred_on
                )
            },
            mentoring: data.mentoring.map {
                MentoringItem(
                    id: $0.id,
                    held_on: $0.held_on,
                    topic: $0.topic,
                    mentor: $0.mentor_short_name,
                    attendees: $0.attendees,
                    enterprise: $0.enterprise_name
                )
            }
        )
    }

    private static func created(_ item: some Content, at location: String) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(item, as: .json)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
