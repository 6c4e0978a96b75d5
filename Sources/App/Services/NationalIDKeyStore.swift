import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Finds the national-ID master key: from the settings, or — for the embedded database only — from
/// a file in the data directory, made on first start with mode 0600.
enum NationalIDKeyStore {
    struct Loaded {
        let vault: NationalIDVault
        /// Set when this start had to make a new key file.
        let generatedFile: String?
    }

    static func load(_ settings: Settings) throws -> Loaded {
        if let key = settings.nationalIDKey {
            return Loaded(vault: try NationalIDVault(masterKey: key), generatedFile: nil)
        }
        switch settings.database {
        case .postgres:
            throw Settings.Invalid(
                name: "SANFAN_ID_KEY",
                reason: "required with DATABASE_URL: every app server needs the same key (openssl rand -base64 32)"
            )
        case .sqliteMemory:
            return Loaded(
                vault: try NationalIDVault(masterKey: NationalIDVault.generateMasterKey()),
                generatedFile: nil
            )
        case .sqliteFile:
            let directory = settings.dataDirectory + "/keys"
            let path = directory + "/national-id.key"
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                guard let key = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                    throw Settings.Invalid(name: path, reason: "the national-ID key file is not Base64")
                }
                return Loaded(vault: try NationalIDVault(masterKey: key), generatedFile: nil)
            }
            let key = NationalIDVault.generateMasterKey()
            try FileManager.default.createDirectory(
                atPath: directory,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
            guard
                FileManager.default.createFile(
                    atPath: path,
                    contents: Data((key.base64EncodedString() + "\n").utf8),
                    attributes: [.posixPermissions: 0o600]
                )
            else { throw Settings.Invalid(name: path, reason: "cannot write the national-ID key file") }
            return Loaded(vault: try NationalIDVault(masterKey: key), generatedFile: path)
        }
    }

    /// A key made just now cannot open IDs sealed with the lost one: refuse to start rather than
    /// carry on with records nobody can read, and remove the useless new key.
    static func verify(_ generatedFile: String?, on database: any Database) async throws {
        guard let generatedFile else { return }
        let sealed =
            try await database.sql.select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(Participant.schema)
            .where("national_id_sealed", .isNot, SQLLiteral.null)
            .first()?.decode(column: "n", as: Int.self) ?? 0
        guard sealed > 0 else { return }
        try? FileManager.default.removeItem(atPath: generatedFile)
        throw Settings.Invalid(
            name: generatedFile,
            reason:
                "the national-ID key file is missing but \(sealed) people have encrypted IDs; restore the key file from backup"
        )
    }
}
