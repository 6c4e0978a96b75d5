import Fluent
import Foundation
import SQLKit
import SanfanCore

/// The demo's assessments: after each finished course, a round for its completers who agreed to
/// share their data for assessment (in 2563, part-way through the year, one course per estate
/// still awaits its results). Most pass every unit, some are not yet
/// competent in one, a few are absent; everyone who passed has a certificate, one of which was
/// revoked. TPQI-standard occupations are assessed by the demo's TPQI-accredited centre (whose
/// user is `demo-assessor`), DSD's by DSD. The standards' units are illustrative, added only where
/// the catalogue has none. Synthetic throughout, and added once.
enum DemoAssessments {
    static let units = [
        ("01", "ปฏิบัติงานตามหลักความปลอดภัยและอาชีวอนามัย"),
        ("02", "ปฏิบัติงานหลักของอาชีพตามมาตรฐาน"),
        ("03", "ดูแลเครื่องมือ วัสดุ และพื้นที่ทำงาน"),
        ("04", "สื่อสารและให้บริการผู้รับบริการ"),
    ]

    static func seed(on database: any Database, now: Date) async throws {
        guard try await AssessmentRound.query(on: database).count() == 0 else { return }
        try await DemoData.createAssessmentCentre(on: database)
        guard let centre = try await CatalogueQueries.organisation(code: DemoData.assessmentCentreCode, on: database),
            let tpqi = try await CatalogueQueries.organisation(code: "TPQI", on: database),
            let dsd = try await CatalogueQueries.organisation(code: "DSD", on: database)
        else { return }
        let sql = database.sql
        var generator = SyntheticPeople.Generator(seed: 2_562_11)
        var revokedOne = false
        var numbers = (tpqi: 10_000, dsd: 5_000)
        for cycle in try await Cycle.query(on: database).filter(\.$fiscalYear ~~ [2562, 2563]).sort(\.$fiscalYear).all()
        {
            let courses = try await Course.query(on: database).filter(\.$cycle.$id == cycle.requireID())
                .filter(\.$status == .finished).with(\.$occupation).sort(\.$firstDay).all()
            // In 2563, part-way through the year, each estate's second finished course has had its
            // assessment day but no results yet: the assessor's next job.
            var seen: Set<UUID> = []
            for course in courses {
                let awaitingResults = cycle.fiscalYear == 2563 && !seen.insert(course.$estate.id).inserted
                let occupation = course.occupation
                let body: CertifyingBodyKind
                let assessor: Organisation
                switch occupation.certifyingBody {
                case .tpqi: (body, assessor) = (.tpqi, centre)
                case .dsd: (body, assessor) = (.dsd, dsd)
                case .none: continue
                }
                let unitIDs = try await ensureStandard(occupation, on: database)
                // Completers who agreed to share with the assessor or the body it assesses for.
                let recipients = [try assessor.requireID(), try (body == .tpqi ? tpqi : dsd).requireID()]
                struct Person: Decodable { let participant_id: UUID }
                let people = try await sql.select().column(SQLColumn("participant_id", table: "en"))
                    .from(Enrolment.schema, as: "en")
                    .where(SQLColumn("course_id", table: "en"), .equal, SQLBind(try course.requireID()))
                    .where(SQLColumn("status", table: "en"), .equal, SQLBind(EnrolmentStatus.completed.rawValue))
                    .where(
                        SQLQueryString(
                            "EXISTS (SELECT 1 FROM consents c WHERE c.participant_id = en.participant_id AND c.purpose = 'assessment' AND c.granted = \(bind: true) AND c.recipient_id IN \(SQLBind.group(recipients)))"
                        )
                    )
                    .orderBy(SQLColumn("participant_id", table: "en")).all(decoding: Person.self)
                guard !people.isEmpty else { continue }
                let held = shift(course.lastDay, by: 14)
                let issued = shift(held, by: 30)
                let round = AssessmentRound()
                round.$cycle.id = try cycle.requireID()
                round.$estate.id = course.$estate.id
                round.$course.id = try course.requireID()
                round.$occupation.id = try occupation.requireID()
                round.$assessor.id = try assessor.requireID()
                round.body = body
                round.heldOn = held
                round.place = body == .tpqi ? "ศูนย์ทดสอบและประเมินสมรรถนะภาคตะวันออก" : "สถาบันพัฒนาฝีมือแรงงาน ภาค 3 ชลบุรี"
                try await round.create(on: database)
                var candidates: [[any SQLExpression]] = []
                var results: [[any SQLExpression]] = []
                var certificates: [[any SQLExpression]] = []
                let stamp = ThaiCalendar.Day(iso: held)!.startInBangkok
                let unitText = UnitsOfCompetency.write(
                    try await CatalogueQueries.units(of: occupation.requireID(), on: database).map {
                        .init(code: $0.code, name: $0.nameTh)
                    }
                )
                for person in people {
                    let candidateID = UUID()
                    let roll = Int.random(in: 0..<100, using: &generator)
                    // 85 % pass every unit; 10 % miss one; 5 % do not come.
                    let outcomes: [UnitOutcome] = unitIDs.indices.map { index in
                        roll < 85
                            ? .pass : roll < 95 ? (index == roll % unitIDs.count ? .notYetCompetent : .pass) : .absent
                    }
                    let overall =
                        awaitingResults
                        ? .pending
                        : AssessmentRules.overall(
                            units: unitIDs,
                            results: Dictionary(uniqueKeysWithValues: zip(unitIDs, outcomes))
                        )
                    candidates.append([
                        SQLBind(candidateID), SQLBind(stamp), SQLBind(try round.requireID()),
                        SQLBind(person.participant_id), SQLBind(Optional<String>.none), SQLBind(overall.rawValue),
                    ])
                    for (unit, outcome) in zip(unitIDs, outcomes) where !awaitingResults {
                        results.append([SQLBind(candidateID), SQLBind(unit), SQLBind(outcome.rawValue)])
                    }
                    guard overall == .passed else { continue }
                    let number: String
                    switch body {
                    case .tpqi:
                        numbers.tpqi += 1
                        number = "สคช. \(cycle.fiscalYear % 100)-\(numbers.tpqi)"
                    case .dsd, .other:
                        numbers.dsd += 1
                        number = "กพร. \(cycle.fiscalYear)/\(numbers.dsd)"
                    }
                    let revoke = !revokedOne && certificates.count == 3
                    revokedOne = revokedOne || revoke
                    certificates.append([
                        SQLBind(UUID()), SQLBind(stamp), SQLBind(stamp),
                        SQLBind(VerificationCode.make(using: &generator).characters), SQLBind(candidateID),
                        SQLBind(person.participant_id), SQLBind(try round.requireID()), SQLBind(course.$estate.id),
                        SQLBind(body.rawValue), SQLBind(occupation.standardName ?? occupation.nameTh),
                        SQLBind(occupation.standardLevel ?? ""), SQLBind(unitText), SQLBind(number), SQLBind(issued),
                        // DSD's skill certificates in the demo run three years, so some have expired;
                        // TPQI's carry no expiry.
                        SQLBind(body == .dsd ? shift(issued, by: 3 * 365) : Optional<String>.none),
                        SQLBind(revoke ? shift(issued, by: 60) : Optional<String>.none),
                        SQLBind(revoke ? RevocationReason.issuedInError.rawValue : Optional<String>.none),
                    ])
                }
                try await sql.insert(into: RoundCandidate.schema)
                    .columns("id", "created_at", "round_id", "participant_id", "reason", "overall").rows(candidates)
                    .run()
                if !results.isEmpty {
                    try await sql.insert(into: UnitResultRecord.schema).columns("candidate_id", "unit_id", "outcome")
                        .rows(results).run()
                }
                if !certificates.isEmpty {
                    try await sql.insert(into: Certificate.schema)
                        .columns(
                            "id",
                            "created_at",
                            "updated_at",
                            "code",
                            "candidate_id",
                            "participant_id",
                            "round_id",
                            "estate_id",
                            "body",
                            "standard_name",
                            "standard_level",
                            "units",
                            "external_number",
                            "issued_on",
                            "expires_on",
                            "revoked_on",
                            "revoked_reason"
                        )
                        .rows(certificates).run()
                }
            }
        }
        try await Audit.record(
            .create,
            entity: "demo",
            id: "assessments",
            before: nil,
            after: ["cycles": "2562,2563"],
            by: .system,
            at: now,
            on: database
        )
    }

    /// The occupation's units, adding the illustrative ones (and a standard name and level) when
    /// the catalogue lists none.
    static func ensureStandard(_ occupation: Occupation, on database: any Database) async throws -> [UUID] {
        let existing = try await CatalogueQueries.units(of: occupation.requireID(), on: database)
        if !existing.isEmpty { return existing.map { $0.id! } }
        if occupation.standardName == nil {
            occupation.standardName = "มาตรฐานอาชีพ\(occupation.nameTh)"
            occupation.standardLevel = "2"
            try await occupation.save(on: database)
        }
        var ids: [UUID] = []
        for (position, unit) in units.enumerated() {
            let row = OccupationUnit()
            row.$occupation.id = try occupation.requireID()
            row.position = position
            row.code = "\(occupation.code)-\(unit.0)"
            row.nameTh = unit.1
            try await row.create(on: database)
            ids.append(try row.requireID())
        }
        return ids
    }

    private static func shift(_ iso: String, by days: Int) -> String {
        let start = ThaiCalendar.Day(iso: iso)!.startInBangkok
        return ThaiCalendar.Day.containing(start.addingTimeInterval(Double(days) * 86_400 + 3_600)).iso
    }
}
