import ConsoleKit
import Fluent
import Foundation
import SanfanCore
import Vapor

/// `sanfan user create --username U --role R [--estate CODE]… [--org CODE] [--name "Full name"]`
///
/// The password is read from a hidden prompt, or from standard input when that is not a terminal
/// (for scripts). There is never a default password. `--estate` may be repeated, which ConsoleKit's
/// signatures cannot express, so this command reads its arguments itself.
struct UserCommand: AnyAsyncCommand {
    var help: String {
        "Creates a user: user create --username U --role admin|estate_officer|partner|viewer [--estate CODE]… [--org CODE] [--name NAME]"
    }

    func outputHelp(using context: inout CommandContext) throws {
        context.console.print(help)
    }

    func renderCompletionFunctions(using context: CommandContext, shell: Shell) -> String { "" }

    func run(using context: inout CommandContext) async throws {
        var arguments = context.input.arguments
        guard arguments.first == "create" else { throw CommandLineError("usage: \(help)") }
        arguments.removeFirst()
        let options = try Self.parse(arguments)
        let app = context.application
        guard let username = options["username"]?.first else { throw CommandLineError("--username is required") }
        guard let role = options["role"]?.first else { throw CommandLineError("--role is required") }

        var draft = Accounts.Draft(
            username: username,
            displayName: options["name"]?.first ?? username,
            role: role
        )
        for code in options["estate"] ?? [] {
            guard let estate = try await CatalogueQueries.estate(code: code.uppercased(), on: app.db) else {
                throw CommandLineError("unknown estate code \(code); see the estates page or reference data")
            }
            draft.estateIDs.append(try estate.requireID().uuidString)
        }
        if let code = options["org"]?.first {
            guard let org = try await CatalogueQueries.organisation(code: code.uppercased(), on: app.db) else {
                throw CommandLineError("unknown organisation code \(code)")
            }
            draft.organisationID = try org.requireID().uuidString
        }
        draft.password = try Self.readPassword(context.console)
        do {
            let user = try await Accounts.create(
                draft,
                by: .commandLine,
                on: app.db,
                .init(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
            )
            context.console.info("Created \(user.username) (\(user.role.rawValue)).")
        } catch let errors as FieldErrors {
            let english = Localizer(language: .english)
            let lines = errors.localized(english).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            throw CommandLineError(lines.joined(separator: "\n"))
        }
    }

    /// `--name value` pairs; a name may repeat.
    static func parse(_ arguments: [String]) throws -> [String: [String]] {
        var options: [String: [String]] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--") else { throw CommandLineError("unexpected argument \(argument)") }
            let name = String(argument.dropFirst(2))
            guard ["username", "role", "estate", "org", "name"].contains(name) else {
                throw CommandLineError("unknown option \(argument)")
            }
            guard index + 1 < arguments.count else { throw CommandLineError("\(argument) needs a value") }
            options[name, default: []].append(arguments[index + 1])
            index += 2
        }
        return options
    }

    private static func readPassword(_ console: any Console) throws -> String {
        if isatty(STDIN_FILENO) != 0 {
            let prompt = "Password (at least \(AccountRules.minimumPasswordLength) characters): "
            let first = console.ask(ConsoleText(stringLiteral: prompt), isSecure: true)
            let second = console.ask("Repeat the password: ", isSecure: true)
            guard first == second else { throw CommandLineError("the passwords differ") }
            return first
        }
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw CommandLineError("no password on standard input")
        }
        return line
    }
}
