import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/assessments` and `/api/v1/certificates`: the same inputs, services and round scope as
/// the assessment pages.
enum AssessmentsAPIController {
    struct RoundItem: Content {
        let id: UUID
        let cycle_id: UUID
        let estate_id: UUID
        let course_id: UUID?
        let occupation_id: UUID
        let assessor_id: UUID
        let body: String
        let held_on: String
        let place: String
        var units: [UnitItem]?
        var candidates: [CandidateItem]?
    }

    struct UnitItem: Content {
        let id: UUID
        let code: String
        let name_th: String
    }

    struct CandidateItem: Content {
        let id: UUID
        let participant_id: UUID
        let name: String
        let reason: String?
        let overall: String
        /// Unit id → pass, not_yet_competent or absent.
        let units: [String: String]
    }

    struct RoundList: Content {
        let items: [RoundItem]
    }

    static func list(req: Request) async throws -> RoundList {
        let scope = AccessPolicy.roundScope(for: try req.requirePrincipal())
        return RoundList(items: try await AssessmentQueries.rounds(scope: scope, on: req.db).map(item))
    }

    static func create(req: Request) async throws -> Response {
        let round = try await Assessments.createRound(
            try req.input(Assessments.RoundInput.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(try await detail(round, req), at: "/api/v1/assessments/\(try round.requireID())")
    }

    static func get(req: Request) async throws -> RoundItem {
        try await detail(try await req.scoped.round(), req)
    }

    static func addCandidate(req: Request) async throws -> Response {
        let round = try await req.scoped.recordableRound()
        let input = try req.input(Assessments.CandidateInput.self)
        try await Assessments.addCandidate(
            UUID(uuidString: input.participantID),
            reason: input.reason,
            to: round,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(try await detail(round, req), at: "/api/v1/assessments/\(try round.requireID())")
    }

    /// `{"results": [{"candidate_id": …, "units": {"<unit>": "pass", …}, "overall": "passed"?}]}`.
    struct ResultsBody: Content {
        struct Entry: Content {
            let candidate_id: UUID
            let units: [String: String]
            let overall: String?
        }
        let results: [Entry]
    }

    static func recordResults(req: Request) async throws -> RoundItem {
        let round = try await req.scoped.recordableRound()
        let body = try req.content.decode(ResultsBody.self)
        var results: [UUID: [UUID: UnitOutcome]] = [:]
        var claimed: [UUID: OverallResult] = [:]
        for entry in body.results {
            for (unit, outcome) in entry.units {
                guard let unitID = UUID(uuidString: unit), let outcome = UnitOutcome(rawValue: outcome) else {
                    throw FieldErrors(fields: ["results": .unknownChoice])
                }
                results[entry.candidate_id, default: [:]][unitID] = outcome
            }
            if let overall = entry.overall {
                guard let value = OverallResult(rawValue: overall) else {
                    throw FieldErrors(fields: ["results": .unknownChoice])
                }
                claimed[entry.candidate_id] = value
            }
            if results[entry.candidate_id] == nil { results[entry.candidate_id] = [:] }
        }
        try await Assessments.recordResults(
            results,
            claimed: claimed,
            in: round,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try await detail(round, req)
    }

    struct IssueResult: Content {
        let issued: Int
        let certificates: [CertificateItem]
    }

    static func issue(req: Request) async throws -> Response {
        let round = try await req.scoped.certifiableRound()
        let count = try await Certificates.issue(
            try req.content.decode(Certificates.IssueInput.self),
            for: round,
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        let today = ThaiCalendar.Day.containing(req.sanfan.clock.now())
        let certificates = try await CertificateQueries.certificates(of: round, on: req.db).map { item($0, today) }
        return try created(
            IssueResult(issued: count, certificates: certificates),
            at: "/api/v1/assessments/\(try round.requireID())"
        )
    }

    // MARK: - Certificates

    struct CertificateItem: Content {
        let id: UUID
        let code: String
        let participant_id: UUID
        let round_id: UUID
        let estate_id: UUID
        let body: String
        let standard_name: String
        let standard_level: String
        let external_number: String?
        let issued_on: String
        let expires_on: String?
        let revoked_on: String?
        let revoked_reason: String?
        let replaced_by: UUID?
        /// valid, expired or revoked, today.
        let standing: String
    }

    static func certificate(req: Request) async throws -> CertificateItem {
        item(try await req.scoped.certificate(), ThaiCalendar.Day.containing(req.sanfan.clock.now()))
    }

    static func revoke(req: Request) async throws -> CertificateItem {
        let certificate = try await req.scoped.managedCertificate()
        try await Certificates.revoke(
            certificate,
            try req.input(Certificates.RevokeInput.self),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return item(certificate, ThaiCalendar.Day.containing(req.sanfan.clock.now()))
    }

    static func reissue(req: Request) async throws -> Response {
        let certificate = try await req.scoped.managedCertificate()
        let fresh = try await Certificates.reissue(
            certificate,
            try req.patch(Certificates.ReissueInput(stored: certificate)),
            by: req.requirePrincipal(),
            at: req.sanfan.clock.now(),
            on: req.db
        )
        return try created(
            item(fresh, ThaiCalendar.Day.containing(req.sanfan.clock.now())),
            at: "/api/v1/certificates/\(try fresh.requireID())"
        )
    }

    // MARK: - Helpers

    private static func item(_ round: AssessmentRound) -> RoundItem {
        RoundItem(
            id: round.id!,
            cycle_id: round.$cycle.id,
            estate_id: round.$estate.id,
            course_id: round.$course.id,
            occupation_id: round.$occupation.id,
            assessor_id: round.$assessor.id,
            body: round.body.rawValue,
            held_on: round.heldOn,
            place: round.place
        )
    }

    private static func detail(_ round: AssessmentRound, _ req: Request) async throws -> RoundItem {
        var result = item(round)
        result.units = try await CatalogueQueries.units(of: round.$occupation.id, on: req.db).map {
            UnitItem(id: $0.id!, code: $0.code, name_th: $0.nameTh)
        }
        let outcomes = try await AssessmentQueries.unitResults(of: round, on: req.db)
        result.candidates = try await AssessmentQueries.candidates(of: round, on: req.db).map { candidate in
            CandidateItem(
                id: candidate.id!,
                participant_id: candidate.$participant.id,
                name: candidate.participant.displayName,
                reason: candidate.reason,
                overall: candidate.overall.rawValue,
                units: Dictionary(
                    uniqueKeysWithValues: (outcomes[candidate.id!] ?? [:]).map {
                        ($0.key.uuidString.lowercased(), $0.value.rawValue)
                    }
                )
            )
        }
        return result
    }

    static func item(_ certificate: Certificate, _ today: ThaiCalendar.Day) -> CertificateItem {
        CertificateItem(
            id: certificate.id!,
            code: CertificateController.display(certificate.code),
            participant_id: certificate.$participant.id,
            round_id: certificate.$round.id,
            estate_id: certificate.$estate.id,
            body: certificate.body.rawValue,
            standard_name: certificate.standardName,
            standard_level: certificate.standardLevel,
            external_number: certificate.externalNumber,
            issued_on: certificate.issuedOn,
            expires_on: certificate.expiresOn,
            revoked_on: certificate.revokedOn,
            revoked_reason: certificate.revokedReason?.rawValue,
            replaced_by: certificate.replacedBy,
            standing: AssessmentController.standing(certificate, today).rawValue
        )
    }

    private static func created(_ value: some Content, at location: String) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(value, as: .json)
        response.headers.replaceOrAdd(name: .location, value: location)
        return response
    }
}
