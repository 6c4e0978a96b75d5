import ConsoleKit
import Fluent
import Vapor

/// `sanfan migrate`: applies pending migrations and loads missing reference data. Safe to repeat.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Applies pending database migrations and loads reference data." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        try await NationalIDKeyStore.verify(app.sanfan.generatedKeyFile, on: app.db)
        try await CredentialKeys.verify(app.sanfan.signing, on: app.db)
        try await ReferenceData.seed(on: app.db)
        try await FigureStore.refresh(bands: app.sanfan.settings.ageBands, on: app.db)
        let counts = try await ReferenceData.counts(on: app.db)
        context.console.info(
            "Migrated. Reference data: \(counts.provinces) provinces, \(counts.districts) districts, "
                + "\(counts.subdistricts) subdistricts, \(counts.estates) estates, \(counts.occupations) occupations, "
                + "\(counts.organisations) organisations."
        )
    }
}
