import ConsoleKit
import Fluent
import Vapor

/// `sanfan seed reference`: loads the shipped reference data where it is missing. Idempotent.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "what", help: "What to load: reference")
        var what: String
    }

    var help: String { "Loads reference data (provinces, districts, subdistricts, estates, occupations, partners)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.what == "reference" else {
            throw CommandLineError("unknown seed '\(signature.what)': the only one is 'reference'")
        }
        try await ReferenceData.seed(on: context.application.db)
        let counts = try await ReferenceData.counts(on: context.application.db)
        context.console.info(
            "Reference data: \(counts.provinces) provinces, \(counts.districts) districts, \(counts.subdistricts) subdistricts, "
                + "\(counts.estates) estates, \(counts.occupations) occupations, \(counts.organisations) organisations."
        )
    }
}

/// A mistake on the command line, printed as it is.
struct CommandLineError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
