import ConsoleKit
import Foundation
import Vapor

/// `sanfan backup --to FILE`: a consistent copy of the embedded database, made while the server
/// runs, checked (`Backups`), with its size. The keys are not in it: keep `data/keys/` (or
/// `SANFAN_ID_KEY`) with the backups, apart from them (docs/operations.md).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The new backup file (never overwritten).")
        var to: String?
    }

    var help: String { "Copies the embedded database while the server runs, and checks the copy." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let path = signature.to, !path.isEmpty else { throw CommandLineError("usage: backup --to FILE") }
        // A key made by this very start means the data folder had none: nothing here to back up.
        if app.sanfan.generatedKeyFile != nil {
            await MadeUp.remove(app)
            throw CommandLineError("Backup refused: \(Backups.Refusal.noDatabase)")
        }
        do {
            let report = try await Backups.backUp(app.db, to: path, vault: app.sanfan.vault)
            context.console.print(
                "Backed up to \(path): \(report.bytes.megabytes), integrity ok, \(report.people.grouped) people, "
                    + "\(report.idsOpened) sampled national IDs open with the key present."
            )
            context.console.print("Keep the key (data/keys/ or SANFAN_ID_KEY) too, stored apart from the backups.")
        } catch let refusal as Backups.Refusal {
            throw CommandLineError("Backup refused: \(refusal)")
        }
    }
}

/// `sanfan restore FILE`: checks a backup and puts it in place as the database of an empty data
/// folder (`SANFAN_DATA_DIR`). Put the key back first: a backup whose IDs the key present cannot
/// open is refused, and a key this start had to make is removed again.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The backup made by `sanfan backup`.")
        var file: String
    }

    var help: String { "Restores a checked backup into an empty data folder." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard case .sqliteFile(let databasePath) = app.sanfan.settings.database else {
            throw CommandLineError("Restore refused: \(Backups.Refusal.postgres)")
        }
        do {
            let report = try await Backups.restore(
                file: signature.file,
                to: databasePath,
                live: app.db,
                vault: app.sanfan.vault,
                signingKeyMadeNow: app.sanfan.signing.generatedFile != nil
            ) { await app.databases.shutdownAsync() }
            context.console.print(
                "Restored \(signature.file) to \(databasePath): \(report.bytes.megabytes), integrity ok, "
                    + "\(report.people.grouped) people, \(report.idsOpened) sampled national IDs open. "
                    + "Run `sanfan migrate` (if this build is newer), then start the server."
            )
        } catch let refusal as Backups.Refusal {
            // Whatever this start made up in the empty folder (keys, an empty database) goes again,
            // so the folder is as it was and the right keys can be put back.
            if refusal != .notEmpty(databasePath) { await MadeUp.remove(app, database: databasePath) }
            throw CommandLineError("Restore refused: \(refusal)")
        }
    }
}

/// `sanfan check-keys`: opens a random sample of the database's national IDs with the key
/// present. Run after restoring PostgreSQL (scripts/pg-restore.sh does), or before trusting a
/// moved key file.
struct CheckKeysCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Checks that a sample of the stored national IDs opens with the key present." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        if app.sanfan.generatedKeyFile != nil {
            await MadeUp.remove(app)
            throw CommandLineError(
                "Check failed: no national-ID key was found (SANFAN_ID_KEY or data/keys/national-id.key)"
            )
        }
        do {
            let registry = try await Backups.count(
                app.db.sql,
                app.db.isSQLite
                    ? "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'participants'"
                    : "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_name = 'participants'"
            )
            guard registry == 1 else { throw Backups.Refusal.noDatabase }
            let opened = try await Backups.openSample(app.db.sql, vault: app.sanfan.vault)
            context.console.print("\(opened) sampled national IDs open with the key present.")
        } catch let refusal as Backups.Refusal {
            throw CommandLineError("Check failed: \(refusal)")
        }
    }
}

/// What a command's own start made in a data folder that had none of it: key files generated a
/// moment ago, and (for a restore) the empty database configure opened.
enum MadeUp {
    static func remove(_ app: Application, database: String? = nil) async {
        for file in [app.sanfan.generatedKeyFile, app.sanfan.signing.generatedFile].compactMap({ $0 }) {
            try? FileManager.default.removeItem(atPath: file)
        }
        guard let database else { return }
        await app.databases.shutdownAsync()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
    }
}

extension Int {
    /// A file size for people: `12.3 MiB`.
    fileprivate var megabytes: String {
        String(format: "%.1f MiB (%d bytes)", Double(self) / 1_048_576, self)
    }
}
