import Crypto
import Fluent
import Foundation
import JWTKit
import SQLKit

/// The Ed25519 keys that sign certificates as verifiable credentials. They live in a file outside
/// the database, like the national-ID key: `SANFAN_SIGNING_KEY_FILE`, or for the embedded
/// database `keys/credential-signing.json` in the data directory, made on first start. The newest
/// key signs; every key stays published at `/.well-known/jwks.json`, so rotating
/// (`sanfan keys rotate`) never invalidates a credential already handed out.
struct CredentialKeys: Sendable {
    struct Key: Codable, Sendable {
        let kid: String
        let created: String
        /// The 32-byte private key, base64url.
        let d: String

        var privateKey: Curve25519.Signing.PrivateKey {
            get throws { try Curve25519.Signing.PrivateKey(rawRepresentation: Base64URL.decode(d)) }
        }
    }

    struct File: Codable, Sendable {
        var keys: [Key]
    }

    let keys: [Key]

    var signing: Key { keys.last! }

    /// Every key, for signing with the newest and verifying with any.
    func collection() async throws -> JWTKeyCollection {
        let collection = JWTKeyCollection()
        for key in keys {
            await collection.add(
                eddsa: EdDSA.PrivateKey(backing: try key.privateKey),
                kid: JWKIdentifier(string: key.kid)
            )
        }
        return collection
    }

    /// The public half of every key, as a JSON Web Key Set.
    var jwks: [String: [[String: String]]] {
        [
            "keys": keys.compactMap { key in
                guard let publicKey = try? key.privateKey.publicKey else { return nil }
                return [
                    "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": key.kid,
                    "x": Base64URL.encode(publicKey.rawRepresentation),
                ]
            }
        ]
    }

    static func newKey(now: Date) -> Key {
        let key = Curve25519.Signing.PrivateKey()
        let stamp = ISO8601DateFormatter().string(from: now)
        let suffix = Base64URL.encode(Data(SHA256.hash(data: key.publicKey.rawRepresentation))).prefix(8)
        return Key(kid: "\(stamp.prefix(10))-\(suffix)", created: stamp, d: Base64URL.encode(key.rawRepresentation))
    }

    // MARK: - The key file

    struct Loaded: Sendable {
        let keys: CredentialKeys?
        /// Set when this start made a new key file.
        let generatedFile: String?
    }

    static func path(_ settings: Settings) -> String? {
        if let file = settings.signingKeyFile { return file }
        if case .sqliteFile = settings.database { return settings.dataDirectory + "/keys/credential-signing.json" }
        return nil
    }

    static func load(_ settings: Settings, now: Date) throws -> Loaded {
        if case .sqliteMemory = settings.database, settings.signingKeyFile == nil {
            return Loaded(keys: CredentialKeys(keys: [newKey(now: now)]), generatedFile: nil)
        }
        guard let path = path(settings) else { return Loaded(keys: nil, generatedFile: nil) }
        if FileManager.default.fileExists(atPath: path) { return Loaded(keys: try read(path), generatedFile: nil) }
        // With PostgreSQL every app server must sign with the same keys: never make them here.
        guard settings.database.isEmbedded else { return Loaded(keys: nil, generatedFile: nil) }
        let keys = CredentialKeys(keys: [newKey(now: now)])
        try write(keys, to: path)
        return Loaded(keys: keys, generatedFile: path)
    }

    static func read(_ path: String) throws -> CredentialKeys {
        guard let data = FileManager.default.contents(atPath: path),
            let file = try? JSONDecoder().decode(File.self, from: data), !file.keys.isEmpty,
            (try? file.keys.map { try $0.privateKey }) != nil
        else { throw Settings.Invalid(name: path, reason: "the credential signing key file is not readable") }
        return CredentialKeys(keys: file.keys)
    }

    static func write(_ keys: CredentialKeys, to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
            atPath: directory,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(File(keys: keys.keys))
        let temporary = path + ".new"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else { throw Settings.Invalid(name: path, reason: "cannot write the credential signing key file") }
        // Written whole, then moved into place: a crash never leaves half a key file.
        guard rename(temporary, path) == 0 else {
            throw Settings.Invalid(name: path, reason: "cannot replace the credential signing key file")
        }
    }

    /// Adds a new signing key to the file (making it if need be); earlier keys stay for verifying.
    static func rotate(_ path: String, now: Date) throws -> Key {
        var keys = FileManager.default.fileExists(atPath: path) ? try read(path).keys : []
        let key = newKey(now: now)
        keys.append(key)
        try write(CredentialKeys(keys: keys), to: path)
        return key
    }

    /// Certificates exist but their signing keys do not (lost, or never given to this server):
    /// refuse to start rather than sign with a key nobody has published, and remove a key file
    /// made just now.
    static func verify(_ loaded: Loaded, on database: any Database) async throws {
        guard loaded.keys == nil || loaded.generatedFile != nil else { return }
        let issued =
            try await database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(Certificate.schema).first()?.decode(column: "n", as: Int.self) ?? 0
        guard issued > 0 else { return }
        if let generated = loaded.generatedFile { try? FileManager.default.removeItem(atPath: generated) }
        throw Settings.Invalid(
            name: "SANFAN_SIGNING_KEY_FILE",
            reason:
                "\(issued) certificates exist but the credential signing key file is missing; restore it from backup (or run `sanfan keys rotate` once and share the file with every app server)"
        )
    }
}

/// Base64 with the URL alphabet and no padding, as JOSE writes it.
enum Base64URL {
    static func encode<D: DataProtocol>(_ data: D) -> String {
        Data(data).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) throws -> Data {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64) else {
            throw Settings.Invalid(name: "key", reason: "not base64url")
        }
        return data
    }
}
