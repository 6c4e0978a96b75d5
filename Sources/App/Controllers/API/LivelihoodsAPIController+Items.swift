import Foundation
import SanfanCore
import Vapor

/// The JSON shapes of livelihood records, each built in one place from its query row or model.
extension LivelihoodsAPIController {
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

        init(_ row: LoanQueries.Row) {
            id = row.id
            participant_id = row.participant_id
            bank = row.bank_short_name
            product = row.product
            status = row.status
            amount_requested_baht = Satang(row.amount_requested_satang).plainBaht
            amount_approved_baht = row.amount_approved_satang.map { Satang($0).plainBaht }
            referred_on = row.referred_on
        }
    }

    struct MentoringItem: Content {
        let id: UUID
        let held_on: String
        let topic: String
        let mentor: String
        let attendees: Int
        let enterprise: String?

        init(_ row: MentoringQueries.Row) {
            id = row.id
            held_on = row.held_on
            topic = row.topic
            mentor = row.mentor_short_name
            attendees = row.attendees
            enterprise = row.enterprise_name
        }
    }

    struct MentoringCreated: Content {
        let id: UUID
        let estate_id: UUID
        let mentor_id: UUID
        let topic: String
        let held_on: String
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

    struct MemberItem: Content {
        let enterprise_id: UUID
        let participant_id: UUID
        let role: String
        let joined_on: String
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

        init(_ row: PlacementQueries.Row) {
            id = row.id
            participant_id = row.participant_id
            employer = row.employer_name
            position = row.position
            started_on = row.started_on
            ended_on = row.ended_on
            monthly_wage_baht = Satang(row.monthly_wage_satang).plainBaht
            inside_estate = row.inside_estate
        }

        init(_ placement: Placement) {
            id = placement.id!
            participant_id = placement.$participant.id
            employer = placement.employerName
            position = placement.position
            started_on = placement.startedOn
            ended_on = placement.endedOn
            monthly_wage_baht = Satang(placement.monthlyWageSatang).plainBaht
            inside_estate = placement.insideEstate
        }
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

        init(_ followUp: IncomeFollowUp) {
            id = followUp.id!
            participant_id = followUp.$participant.id
            course_id = followUp.$course.id
            months = followUp.months
            due_on = followUp.dueOn
            done_on = followUp.doneOn
            reached = followUp.reached
            monthly_income_baht = followUp.monthlyIncomeSatang.map { Satang($0).plainBaht }
            main_source = followUp.mainSource?.rawValue
        }
    }

    struct Livelihood: Content {
        let participant_id: UUID
        let baseline_monthly_income_baht: String?
        let follow_ups: [FollowUpItem]
        let placements: [PlacementItem]
        let loans: [LoanRow]
        let mentoring: [MentoringItem]
    }

    static func created(_ item: some Content, at location: String) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(item, as: .json)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
