import ConsoleKit
import Fluent
import Foundation
import SanfanCore
import Vapor

/// `sanfan demo --people N [--seed S]`: adds synthetic communities and people (never real ones).
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "people", help: "How many synthetic people to add (default 1223, the pilot year's count).")
        var people: Int?
        @Option(name: "seed", help: "Random seed, for a reproducible set (default 2562).")
        var seed: Int?
    }

    var help: String { "Adds synthetic demo people (Thai names, invented IDs) for demos and benchmarks." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        if app.sanfan.settings.database.isEmbedded {
            try await app.autoMigrate()
            try await ReferenceData.seed(on: app.db)
        }
        let count = try await DemoPeople.seedDemo(
            people: signature.people ?? 1_223,
            seed: UInt64(signature.seed ?? 2_562),
            app: app
        ) { done in
            if done % 50_000 == 0 { context.console.print("  \(done.grouped) people…") }
        }
        context.console.info("Added \(count.grouped) synthetic people.")
    }
}

extension DemoPeople {
    /// Communities, then people, then one audit entry saying what was added.
    static func seedDemo(
        people: Int,
        seed: UInt64,
        app: Application,
        progress: (@Sendable (Int) -> Void)? = nil
    )
        async throws -> Int
    {
        let now = app.sanfan.clock.now()
        let places = try await ensureCommunities(on: app.db, now: now)
        let count = try await create(
            count: people,
            places: places,
            seed: seed,
            vault: app.sanfan.vault,
            today: .containing(now),
            now: now,
            on: app.db,
            progress: progress
        )
        try await Audit.record(
            .create,
            entity: "demo",
            id: "seed-\(seed)",
            before: nil,
            after: ["people": String(count)],
            by: .system,
            at: now,
            on: app.db
        )
        return count
    }
}
