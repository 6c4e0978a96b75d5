import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Assessment rounds and their results. A round is held for one estate in one cycle, against one
/// standard, by one assessing organisation; the people sent are, by default, those who completed
/// the round's course. Each person's overall result is derived from their units, never typed.
enum Assessments {
    struct RoundInput: Sendable {
        /// A course, or empty for a standalone group.
        var courseID = ""
        var cycleID = ""
        var estateID = ""
        var occupationID = ""
        var assessorID = ""
        var body = ""
        var heldOn = ""
        var place = ""
    }

    /// Creates a round; for a course, with everyone who completed it as its candidates.
    static func createRound(
        _ input: RoundInput,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> AssessmentRound {
        // The route's gate already refused anyone without the capability; a user with it but no
        // estate or organisation to assess for has nowhere to hold a round.
        guard AccessPolicy.can(principal, .recordAssessments), AccessPolicy.roundScope(for: principal) != .nothing
        else { throw FieldErrors(fields: ["estate_id": .estateOutOfScope]) }
        var errors = FieldErrors()
        let round = AssessmentRound()
        var course: Course?
        if !input.courseID.isEmpty {
            course =
                try await UUID(uuidString: input.courseID).asyncMap {
                    try await CourseQueries.find($0, scope: AccessPolicy.courseScope(for: principal), on: database)
                } ?? nil
            if course == nil { errors["course_id"] = .unknownChoice }
        }
        let cycleID = course?.$cycle.id ?? UUID(uuidString: input.cycleID)
        let cycle = try await cycleID.asyncMap { try await CycleQueries.find($0, on: database) } ?? nil
        if cycle == nil, course == nil { errors["cycle_id"] = .unknownChoice }
        let estateID = course?.$estate.id ?? UUID(uuidString: input.estateID)
        if let estateID {
            // An officer holds rounds for their own estates; an assessor for any estate it serves.
            if principal.role != .partner, !AccessPolicy.canReach(estate: estateID, principal) {
                errors["estate_id"] = .estateOutOfScope
            } else if try await CatalogueQueries.find(Estate.self, estateID, on: database) == nil {
                errors["estate_id"] = .unknownChoice
            }
        } else {
            errors["estate_id"] = .fieldRequired
        }
        let occupationID = UUID(uuidString: input.occupationID) ?? course?.$occupation.id
        let occupation =
            try await occupationID.asyncMap {
                try await CatalogueQueries.find(Occupation.self, $0, on: database)
            } ?? nil
        if occupation == nil {
            errors["occupation_id"] = .unknownChoice
        } else if try await CatalogueQueries.units(of: occupation!.requireID(), on: database).isEmpty {
            errors["occupation_id"] = .standardHasNoUnits
        }
        var assessorID = UUID(uuidString: input.assessorID)
        if case .assessor(let own) = AccessPolicy.roundScope(for: principal) { assessorID = own }
        let assessor =
            try await assessorID.asyncMap {
                try await CatalogueQueries.find(Organisation.self, $0, on: database)
            } ?? nil
        if assessor == nil || assessor?.assesses != true { errors["assessor_id"] = .unknownChoice }
        let body =
            CertifyingBodyKind(rawValue: input.body)
            ?? occupation.flatMap { CertifyingBodyKind(rawValue: $0.certifyingBody.rawValue) }
        if body == nil { errors["body"] = .unknownChoice }
        // The body follows from who assesses: DSD tests against DSD's standards, a certifying body
        // (TPQI or a centre it accredits) against TPQI's or another's, never DSD's.
        if let body, let assessor, (assessor.code == "DSD") != (body == .dsd) { errors["body"] = .bodyNotAssessors }
        let day = ThaiCalendar.parseDay(input.heldOn)
        if day == nil {
            errors["held_on"] = .invalidDate
        } else if let course, day!.iso < course.firstDay {
            errors["held_on"] = .assessedBeforeCourse
        }
        let place = input.place.trimmingCharacters(in: .whitespaces)
        if place.isEmpty {
            errors["place"] = .fieldRequired
        } else if place.count > 300 {
            errors.set("place", .tooLong, "300")
        }
        if let cycle, errors.isEmpty, !CycleRules.canChange(cycle.status, principal) {
            errors["cycle_id"] = .cycleClosed
        }
        guard errors.isEmpty, let cycle, let estateID, let occupation, let assessor, let body, let day else {
            throw errors
        }
        round.$cycle.id = try cycle.requireID()
        round.$estate.id = estateID
        round.$course.id = try course?.requireID()
        round.$occupation.id = try occupation.requireID()
        round.$assessor.id = try assessor.requireID()
        round.body = body
        round.heldOn = day.iso
        round.place = place
        // Completers are sent only if they agreed to share their data for assessment (PDPA).
        var completers: [Enrolment] = []
        let completed = try await course.asyncMap {
            try await CourseQueries.enrolments(of: $0, [.completed], on: database)
        }
        for enrolment in completed ?? []
        where try await mayShare(enrolment.$participant.id, with: assessor, body: body, on: database) {
            completers.append(enrolment)
        }
        let sent = completers
        let actor = Audit.Actor(principal)
        try await database.writing { db in
            try await round.create(on: db)
            try await Audit.record(.create, round, before: nil, by: actor, at: now, on: db)
            for enrolment in sent {
                let candidate = RoundCandidate()
                candidate.$round.id = try round.requireID()
                candidate.$participant.id = enrolment.$participant.id
                candidate.overall = .pending
                try await candidate.create(on: db)
                try await Audit.record(.create, candidate, before: nil, by: actor, at: now, on: db)
            }
        }
        return round
    }

    /// Sends one more person to a round, with the reason they were not among the course's
    /// completers. They must be a person the sender may reach, of the round's estate, and have
    /// consented to share their data with the assessing organisation.
    static func addCandidate(
        _ participantID: UUID?,
        reason: String,
        to round: AssessmentRound,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        try await Courses.requireOpenCycle(round.$cycle.id, principal, on: database)
        let reason = reason.trimmingCharacters(in: .whitespaces)
        var errors = FieldErrors()
        let person =
            try await participantID.asyncMap {
                try await ParticipantQueries.find($0, scope: AccessPolicy.recordScope(for: principal), on: database)
            } ?? nil
        if person == nil {
            errors["participant_id"] = .unknownChoice
        } else if person!.$estate.id != round.$estate.id {
            errors.set("participant_id", .personNotInEstate, person!.displayName)
        }
        if reason.isEmpty {
            errors["reason"] = .reasonRequired
        } else if reason.count > 500 {
            errors.set("reason", .tooLong, "500")
        }
        guard errors.isEmpty, let person else { throw errors }
        let personID = try person.requireID()
        if try await AssessmentQueries.candidate(person: personID, in: round, on: database) != nil {
            throw FieldErrors.one("participant_id", .alreadyInRound, person.displayName)
        }
        let assessor = try await round.$assessor.get(on: database)
        guard try await mayShare(personID, with: assessor, body: round.body, on: database) else {
            throw FieldErrors.one("participant_id", .noAssessmentConsent, person.displayName, assessor.shortName)
        }
        let candidate = RoundCandidate()
        candidate.$round.id = try round.requireID()
        candidate.$participant.id = personID
        candidate.reason = reason
        candidate.overall = .pending
        try await UniqueIndex.guarded(answer: .one("participant_id", .alreadyInRound, person.displayName)) {
            try await database.writing { db in
                try await candidate.create(on: db)
                try await Audit.record(.create, candidate, before: nil, by: .init(principal), at: now, on: db)
            }
        }
    }

    /// Whether a person agreed to share their data for assessment with this organisation, or with
    /// the certifying body it assesses for (consent to TPQI covers the centres TPQI accredits).
    static func mayShare(
        _ person: UUID,
        with assessor: Organisation,
        body: CertifyingBodyKind,
        on database: any Database
    ) async throws -> Bool {
        let consents = try await ConsentCatalogue.current(for: person, on: database)
        let purpose = Consent.Purpose.assessment.rawValue
        // Consent to TPQI covers a centre TPQI accredits, assessing against TPQI's standard; the
        // round's body never stands in for any other organisation.
        let coveredByTPQI = body == .tpqi && assessor.kind == .certifyingBody
        let recipients = [assessor.code] + (coveredByTPQI ? ["TPQI"] : [])
        return recipients.contains { consents["\(purpose):\($0)"]?.granted == true }
    }

    /// Results for some of the round's people, unit by unit. Each person's overall result is
    /// derived again from all their units. A claimed overall result (`claimed`, from the API) that
    /// the units do not bear out is refused. All or none.
    static func recordResults(
        _ results: [UUID: [UUID: UnitOutcome]],
        claimed: [UUID: OverallResult] = [:],
        in round: AssessmentRound,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        try await Courses.requireOpenCycle(round.$cycle.id, principal, on: database)
        let candidates = try await AssessmentQueries.candidates(of: round, on: database)
        let byID = Dictionary(uniqueKeysWithValues: candidates.map { ($0.id!, $0) })
        let units = try await CatalogueQueries.units(of: round.$occupation.id, on: database).map { $0.id! }
        // A result behind a certificate stands until the certificate is revoked.
        let certified = Set(
            try await CertificateQueries.certificates(of: round, on: database).filter { $0.revokedOn == nil }
                .map(\.$candidate.id)
        )
        let listed = Set(units)
        var errors = FieldErrors()
        if results.isEmpty { errors["results"] = .nobodyChosen }
        for (candidateID, outcomes) in results {
            if byID[candidateID] == nil { errors["results"] = .notInRound }
            if outcomes.keys.contains(where: { !listed.contains($0) }) { errors["results"] = .unitNotInStandard }
            if certified.contains(candidateID) { errors["results"] = .resultBehindCertificate }
        }
        guard errors.isEmpty else { throw errors }
        let stored = try await AssessmentQueries.unitResults(of: round, on: database)
        var overall: [UUID: OverallResult] = [:]
        for (candidateID, outcomes) in results {
            let merged = (stored[candidateID] ?? [:]).merging(outcomes) { $1 }
            overall[candidateID] = AssessmentRules.overall(units: units, results: merged)
            if let claim = claimed[candidateID], claim != overall[candidateID] {
                errors.set("results", .overallDoesNotFollow, overall[candidateID]!.rawValue)
            }
        }
        guard errors.isEmpty else { throw errors }
        let actor = Audit.Actor(principal)
        let derived = overall
        try await database.writing { db in
            let sql = db.sql
            for (candidateID, outcomes) in results.sorted(by: { $0.key.uuidString < $1.key.uuidString }) {
                guard !outcomes.isEmpty else { continue }
                let unitIDs = outcomes.keys.sorted { $0.uuidString < $1.uuidString }
                try await sql.delete(from: UnitResultRecord.schema).where("candidate_id", .equal, SQLBind(candidateID))
                    .where("unit_id", .in, SQLBind.group(unitIDs)).run()
                try await sql.insert(into: UnitResultRecord.schema).columns("candidate_id", "unit_id", "outcome")
                    .rows(unitIDs.map { [SQLBind(candidateID), SQLBind($0), SQLBind(outcomes[$0]!.rawValue)] }).run()
                let candidate = byID[candidateID]!
                let before = candidate.auditSnapshot
                var after = Dictionary(
                    uniqueKeysWithValues: unitIDs.map { ("unit:" + $0.uuidString.lowercased(), outcomes[$0]!.rawValue) }
                )
                if candidate.overall != derived[candidateID]! {
                    candidate.overall = derived[candidateID]!
                    try await candidate.save(on: db)
                }
                after["overall"] = candidate.overall.rawValue
                try await Audit.record(
                    .update,
                    entity: RoundCandidate.auditEntity,
                    id: candidateID.uuidString.lowercased(),
                    before: ["overall": before["overall"] ?? ""],
                    after: after,
                    by: actor,
                    at: now,
                    on: db
                )
            }
        }
    }
}

extension Assessments.RoundInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("course_id", \.courseID), ("cycle_id", \.cycleID), ("estate_id", \.estateID),
            ("occupation_id", \.occupationID), ("assessor_id", \.assessorID), ("body", \.body),
            ("held_on", \.heldOn), ("place", \.place),
        ]
    }
}

extension Assessments {
    /// One more person for a round, and why.
    struct CandidateInput: TypedInput {
        var participantID = ""
        var reason = ""
        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
            [("participant_id", \.participantID), ("reason", \.reason)]
        }
    }
}
