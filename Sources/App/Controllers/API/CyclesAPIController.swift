import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/cycles`: target against actual for everyone with the dashboard; HQ plans cycles and
/// sets targets through the same inputs and services as the planning pages.
enum CyclesAPIController {
    struct Target: Content {
        let trained: Int
        let certified: Int
        let livelihoods: Int
        let income_per_community_baht: String
    }

    struct Actual: Content {
        let registered: Int
        let enrolled: Int
        let completed: Int
        let assessed: Int
        let certified: Int
    }

    /// What the estate's trained people went on to, as on the cycle page (`LivelihoodProgressQueries`).
    struct Livelihoods: Content {
        let referred: Int
        let mentored: Int
        let loans_approved: Int
        let loans_approved_baht: String
        let businesses_created: Int
        let placed: Int
        let income_gain_baht_per_year: String
        let income_measured: Int
        let income_unreached: Int
        let income_no_baseline: Int
    }

    struct CycleEstateItem: Content {
        let estate_id: UUID
        let estate_code: String
        let target: Target
        let actual: Actual
        var livelihoods: Livelihoods?
    }

    struct CommunityIncomeItem: Content {
        let community_id: UUID?
        let community_name: String?
        let estate_id: UUID?
        let income_gain_baht_per_year: String
        let income_measured: Int
        let income_unreached: Int
        let income_no_baseline: Int
    }

    struct CycleItem: Content {
        let id: UUID
        let fiscal_year: Int
        let name_th: String
        let name_en: String
        let status: String
        var estates: [CycleEstateItem]?
        /// Enrolled and completed people by age group (one cycle only), as on the cycle page.
        var age_groups: [AgeGroupItem]?
        /// The income gain per community (one cycle only), as on the cycle page.
        var community_income: [CommunityIncomeItem]?
    }

    struct AgeGroupItem: Content {
        /// working_age, near_retirement, elderly, or outside (younger than the cycle's bands)
        let age_group: String
        let enrolled: Int
        let completed: Int
    }

    static func cycles(req: Request) async throws -> [CycleItem] {
        try await CycleQueries.all(on: req.db).map { item($0) }
    }

    static func cycle(req: Request) async throws -> CycleItem {
        try await detail(try await req.scoped.cycle(), req)
    }

    private static func detail(_ cycle: Cycle, _ req: Request) async throws -> CycleItem {
        var result = item(cycle)
        let figures = try await CycleFigureQueries.load(cycle, bands: req.sanfan.settings.ageBands, on: req.db)
        result.estates = figures.rows.map {
            CycleEstateItem(
                estate_id: $0.estate_id,
                estate_code: $0.estate_code,
                target: Target(
                    trained: $0.target_trained,
                    certified: $0.target_certified,
                    livelihoods: $0.target_livelihoods,
                    income_per_community_baht: Satang($0.target_income_satang).plainBaht
                ),
                actual: Actual(
                    registered: $0.registered,
                    enrolled: $0.enrolled,
                    completed: $0.completed,
                    assessed: $0.assessed,
                    certified: $0.certified
                )
            )
        }
        for index in (result.estates ?? []).indices {
            let row = figures.livelihood[result.estates![index].estate_id] ?? .init()
            result.estates![index].livelihoods = Livelihoods(
                referred: row.referred,
                mentored: row.mentored,
                loans_approved: row.loansApproved,
                loans_approved_baht: Satang(row.loansApprovedSatang).plainBaht,
                businesses_created: row.businesses,
                placed: row.placed,
                income_gain_baht_per_year: Satang(row.income.gainSatang).signedPlainBaht,
                income_measured: row.income.measured,
                income_unreached: row.income.unreached,
                income_no_baseline: row.income.noBaseline
            )
        }
        result.community_income = figures.communities.map {
            CommunityIncomeItem(
                community_id: $0.communityID,
                community_name: $0.community,
                estate_id: $0.estateID,
                income_gain_baht_per_year: Satang($0.income.gainSatang).signedPlainBaht,
                income_measured: $0.income.measured,
                income_unreached: $0.income.unreached,
                income_no_baseline: $0.income.noBaseline
            )
        }
        let ages = try await CycleFigureQueries.ageGroups(
            cycle,
            estates: nil,
            bands: req.sanfan.settings.ageBands,
            generation: figures.generation,
            on: req.db
        )
        result.age_groups = ages.map {
            AgeGroupItem(age_group: $0.age_group, enrolled: $0.enrolled, completed: $0.completed)
        }
        return result
    }

    private static func item(_ cycle: Cycle) -> CycleItem {
        CycleItem(
            id: cycle.id!,
            fiscal_year: cycle.fiscalYear,
            name_th: cycle.nameTh,
            name_en: cycle.nameEn,
            status: cycle.status.rawValue,
            estates: nil,
            age_groups: nil,
            community_income: nil
        )
    }

    /// Plans a new cycle (HQ).
    static func create(req: Request) async throws -> Response {
        let cycle = Cycle()
        try await Cycles.save(
            cycle,
            try req.input(Cycles.Input.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        let response = Response(status: .created)
        try response.content.encode(try await detail(cycle, req), as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/cycles/\(try cycle.requireID())")
        return response
    }

    /// Changes what a PATCH names (estates, status, age bands …); the rest stays as stored.
    static func update(req: Request) async throws -> CycleItem {
        let cycle = try await req.scoped.cycle()
        let estates = try await CycleQueries.estates(of: cycle.requireID(), on: req.db)
        try await Cycles.save(
            cycle,
            try req.patch(Cycles.Input(stored: cycle, estates: estates)),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await detail(cycle, req)
    }

    /// Sets the targets of some or all of the cycle's estates, all or none.
    static func setTargets(req: Request) async throws -> CycleItem {
        let cycle = try await req.scoped.cycle()
        try await Cycles.saveTargets(
            try req.content.decode(Cycles.TargetsInput.self),
            in: cycle,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await detail(cycle, req)
    }
}
