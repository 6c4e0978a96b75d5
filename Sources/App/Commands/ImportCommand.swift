import ConsoleKit
import Fluent
import Foundation
import SanfanCore
import Vapor

/// `sanfan import-people FILE --estate CODE --user NAME`: imports a CSV of people of any length,
/// streamed a megabyte at a time, checked by the registration form's rules and added in one
/// transaction (all rows, or with `--valid-only` the rows that pass; `--dry-run` adds nothing).
/// The same path as the import page, for the sheets too large to upload.
struct ImportCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The CSV file (UTF-8, with or without its mark, or Windows-874).")
        var file: String
        @Option(name: "estate", help: "The estate's code, e.g. BANGPOO.")
        var estate: String?
        @Option(name: "user", help: "The account the import is made as: its estates bound what it may import.")
        var user: String?
        @Option(name: "encoding", help: "utf8 or windows-874 (default: detected).")
        var encoding: String?
        @Flag(name: "valid-only", help: "Add the rows that pass and report the others (default: all or nothing).")
        var validOnly: Bool
        @Flag(name: "dry-run", help: "Check every row and add nothing.")
        var dryRun: Bool
    }

    var help: String { "Imports people from a CSV file of any size (the import page's rules, streamed)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let code = signature.estate, let username = signature.user else {
            throw Abort(.badRequest, reason: "--estate and --user are required")
        }
        guard let estate = try await Estate.query(on: app.db).filter(\.$code == code.uppercased()).first(),
            let user = try await User.query(on: app.db).filter(\.$username == username).first()
        else { throw Abort(.notFound, reason: "no estate \(code) or no user \(username)") }
        let principal = try await Accounts.principal(for: user, on: app.db)
        let started = Date()
        let outcome = try await PeopleImport.stream(
            file: URL(fileURLWithPath: signature.file),
            encoding: signature.encoding.map { $0 == "windows-874" ? .windows874 : .utf8 },
            estate: try estate.requireID(),
            by: principal,
            deps: .init(vault: app.sanfan.vault, clock: app.sanfan.clock, bands: app.sanfan.settings.ageBands),
            mode: signature.dryRun ? .dryRun : signature.validOnly ? .validOnly : .all,
            on: app.db
        ) { rows in
            if rows % 100_000 == 0 { context.console.print("  \(rows.grouped) rows…") }
        }
        let seconds = Date().timeIntervalSince(started)
        let check = outcome.check
        context.console.print(
            "Read \(check.rows.grouped) rows in \(String(format: "%.1f", seconds)) s "
                + "(\(Int(Double(check.rows) / max(seconds, 0.001)).grouped) rows/s): "
                + "\(outcome.added.grouped) added, \(check.alreadyRegistered.count.grouped) already registered, "
                + "\(check.rowsWithProblems.grouped) with problems."
        )
        let t = Localizer(language: .thai)
        for problem in check.problems.prefix(20) {
            context.console.print(
                "  row \(problem.row)\(problem.column.map { ", " + $0 } ?? ""): "
                    + t(problem.message.phrase, arguments: problem.message.arguments)
            )
        }
        if let refusal = outcome.refusal { context.console.error("Nothing was added: \(refusal)") }
    }
}
