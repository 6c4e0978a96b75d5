import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/referrals`: the same input, rules and referral scope as the pages.
enum ReferralsAPIController {
    struct Item: Content {
        let id: UUID
        let participant_id: UUID
        let estate_id: UUID
        let bank_id: UUID
        let purpose: String
        /// Baht, as a decimal string.
        let amount_sought_baht: String
        let referred_on: String
    }

    struct List: Content {
        let items: [Item]
    }

    static func list(req: Request) async throws -> List {
        let scope = AccessPolicy.referralScope(for: try req.requirePrincipal())
        return List(
            items: try await ReferralQueries.list(scope: scope, on: req.db).map {
                Item(
                    id: $0.id,
                    participant_id: $0.participant_id,
                    estate_id: $0.estate_id,
                    bank_id: $0.bank_id,
                    purpose: $0.purpose,
                    amount_sought_baht: Satang($0.amount_sought_satang).plainBaht,
                    referred_on: $0.referred_on
                )
            }
        )
    }

    static func get(req: Request) async throws -> Item {
        item(try await req.scoped.referral())
    }

    static func create(req: Request) async throws -> Response {
        // The service refuses a person the caller may not change, as on the page.
        let input = try req.input(Referrals.Input.self)
        let referral = try await Referrals.refer(
            input,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        let response = Response(status: .created)
        try response.content.encode(item(referral), as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/referrals/\(try referral.requireID())")
        return response
    }

    private static func item(_ referral: Referral) -> Item {
        Item(
            id: referral.id!,
            participant_id: referral.$participant.id,
            estate_id: referral.$estate.id,
            bank_id: referral.$bank.id,
            purpose: referral.purpose.rawValue,
            amount_sought_baht: Satang(referral.amountSoughtSatang).plainBaht,
            referred_on: referral.referredOn
        )
    }
}
