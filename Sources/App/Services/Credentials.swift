import Crypto
import Fluent
import Foundation
import JWTKit
import SanfanCore

/// Each certificate as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential),
/// secured as a VC-JWT signed with Ed25519 (EdDSA). Anyone can check the signature against the
/// published key set; `/verify` also checks expiry and revocation, which a signature cannot know.
enum Credentials {
    struct Claims: JWTPayload {
        let iss: String
        let jti: String
        let nbf: Int
        let iat: Int
        let exp: Int?
        let vc: Credential

        /// Expiry and revocation are checked by `verify`, which can say which it was.
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    struct Credential: Codable, Sendable {
        let context: [String]
        let id: String
        let type: [String]
        let issuer: Issuer
        let issuanceDate: String
        let expirationDate: String?
        let name: String
        let credentialSubject: Subject

        enum CodingKeys: String, CodingKey {
            case context = "@context"
            case id, type, issuer, issuanceDate, expirationDate, name, credentialSubject
        }
    }

    struct Issuer: Codable, Sendable {
        let id: String
        let type: [String]
        let name: String
    }

    struct Subject: Codable, Sendable {
        let type: [String]
        let identifier: [Identity]
        let achievement: Achievement
    }

    /// The holder, as a salted hash of their name: enough for them to prove it is theirs, nothing
    /// for anyone else to read. (Whoever the holder gives the credential to, and who also sees the
    /// verify page's first name and initial, could try surnames against it: the holder decides who
    /// gets the credential.)
    struct Identity: Codable, Sendable {
        let type: String
        let identityHash: String
        let identityType: String
        let hashed: Bool
        let salt: String
    }

    struct Achievement: Codable, Sendable {
        let id: String
        let type: [String]
        let achievementType: String
        let name: String
        let description: String
        let criteria: Criteria
    }

    struct Criteria: Codable, Sendable {
        let narrative: String
    }

    /// The credential for a certificate, signed with the newest key.
    static func issue(
        _ certificate: Certificate,
        holder: Participant,
        round: AssessmentRound,
        estate: Estate,
        occupation: Occupation,
        base: String,
        keys: CredentialKeys
    ) async throws -> String {
        let issued = day(certificate.issuedOn)
        let expires = certificate.expiresOn.map(day)
        let name = "\(holder.firstNameTh) \(holder.lastNameTh)"
        // A fresh random salt each time: the hash proves a name the holder states, and cannot be
        // matched across copies of the credential.
        var random = SystemRandomNumberGenerator()
        let salt = Base64URL.encode(Data((0..<16).map { _ in UInt8.random(in: 0...255, using: &random) }))
        let hash = SHA256.hash(data: Data((name + salt).utf8)).map { String(format: "%02x", $0) }.joined()
        let units = ((try? UnitsOfCompetency.parse(certificate.units).get()) ?? []).map { "\($0.code) \($0.name)" }
        let credential = Credential(
            context: [
                "https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ],
            id: "urn:uuid:\(try certificate.requireID().uuidString.lowercased())",
            type: ["VerifiableCredential", "OpenBadgeCredential"],
            issuer: Issuer(
                id: base + "/",
                type: ["Profile"],
                name: "การนิคมอุตสาหกรรมแห่งประเทศไทย · \(estate.nameTh) (Industrial Estate Authority of Thailand)"
            ),
            issuanceDate: iso(issued),
            expirationDate: expires.map(iso),
            name: certificate.standardName,
            credentialSubject: Subject(
                type: ["AchievementSubject"],
                identifier: [
                    Identity(
                        type: "IdentityObject",
                        identityHash: "sha256$" + hash,
                        identityType: "name",
                        hashed: true,
                        salt: salt
                    )
                ],
                achievement: Achievement(
                    id: "\(base)/standards/\(occupation.code.lowercased())-\(certificate.standardLevel)",
                    type: ["Achievement"],
                    achievementType: "Certificate",
                    name: certificate.standardName
                        + (certificate.standardLevel.isEmpty ? "" : " ระดับ \(certificate.standardLevel)"),
                    description:
                        "\(occupation.nameTh) (\(occupation.nameEn)); \(certificate.body.rawValue.uppercased())"
                        + (certificate.externalNumber.map { " no. \($0)" } ?? ""),
                    criteria: Criteria(
                        narrative: "Assessed competent on \(round.heldOn) in every unit: "
                            + units.joined(separator: "; ")
                    )
                )
            )
        )
        let claims = Claims(
            iss: base + "/",
            jti: credential.id,
            nbf: Int(issued.timeIntervalSince1970),
            iat: Int(issued.timeIntervalSince1970),
            exp: expires.map { Int($0.timeIntervalSince1970) },
            vc: credential
        )
        let collection = try await keys.collection()
        var header = JWTHeader()
        header.typ = "JWT"
        return try await collection.sign(claims, kid: JWKIdentifier(string: keys.signing.kid), header: header)
    }

    enum Outcome: Sendable {
        /// Signed by one of our keys, neither expired nor revoked.
        case valid(Claims, certificateCode: String)
        case expired(Claims, certificateCode: String)
        case revoked(Claims, certificateCode: String)
        /// The signature does not hold: altered, forged, or signed by a key we never published.
        case badSignature
        /// Not a JWT at all.
        case unreadable
        /// Signed by us, but names no certificate we know.
        case unknownCertificate
    }

    static func verify(
        _ token: String,
        keys: CredentialKeys,
        now: Date,
        on database: any Database
    ) async throws
        -> Outcome
    {
        let compact = token.trimmingCharacters(in: .whitespacesAndNewlines)
        guard compact.split(separator: ".", omittingEmptySubsequences: false).count == 3, compact.count < 20_000
        else { return .unreadable }
        let claims: Claims
        do {
            claims = try await keys.collection().verify(compact, as: Claims.self)
        } catch {
            return .badSignature
        }
        guard claims.jti.hasPrefix("urn:uuid:"), let id = UUID(uuidString: String(claims.jti.dropFirst(9))),
            let certificate = try await CertificateQueries.find(id, scope: .everything, on: database)
        else { return .unknownCertificate }
        let today = ThaiCalendar.Day.containing(now)
        if let revoked = certificate.revokedOn.flatMap(ThaiCalendar.Day.init(iso:)), revoked <= today {
            return .revoked(claims, certificateCode: certificate.code)
        }
        if let exp = claims.exp, Double(exp) < now.timeIntervalSince1970 {
            return .expired(claims, certificateCode: certificate.code)
        }
        return .valid(claims, certificateCode: certificate.code)
    }

    private static func day(_ iso: String) -> Date {
        ThaiCalendar.Day(iso: iso)?.startInBangkok ?? Date(timeIntervalSince1970: 0)
    }

    private static func iso(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
