import Vapor

/// `sanfan keys rotate`: adds a new credential signing key to the key file. The newest key signs
/// from now on; earlier keys stay published, so credentials already handed out still verify.
/// With PostgreSQL, run it once, then give the file to every app server (`SANFAN_SIGNING_KEY_FILE`).
struct KeysCommand: AnyAsyncCommand {
    var help: String { "Credential signing keys: keys rotate" }

    func outputHelp(using context: inout CommandContext) throws {
        context.console.print(help)
    }

    func renderCompletionFunctions(using context: CommandContext, shell: Shell) -> String { "" }

    func run(using context: inout CommandContext) async throws {
        guard context.input.arguments.first == "rotate" else { throw CommandLineError("usage: keys rotate") }
        let app = context.application
        guard let path = CredentialKeys.path(app.sanfan.settings) else {
            throw CommandLineError("set SANFAN_SIGNING_KEY_FILE to where the key file lives")
        }
        let key = try CredentialKeys.rotate(path, now: app.sanfan.clock.now())
        context.console.print("New signing key \(key.kid) in \(path); restart the app servers to sign with it.")
    }
}
