import Fluent
import Foundation
import SanfanCore
import Vapor

/// Assessment rounds: officers and assessors create them and record results; officers issue the
/// certificates. Every round is reached through the round scope.
enum AssessmentController {
    static func list(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let thai = req.language == .thai
        let rows = try await AssessmentQueries.list(scope: AccessPolicy.roundScope(for: principal), on: req.db)
        var model = RoundList.Model(
            canAdd: AccessPolicy.can(principal, .recordAssessments)
                && AccessPolicy.roundScope(for: principal) != .nothing
        )
        model.rows = rows.map {
            RoundList.Row(
                id: $0.id,
                heldOn: req.localizer.day($0.held_on),
                occupation: thai ? $0.occupation_name_th : $0.occupation_name_en,
                estate: thai ? $0.estate_name_th : $0.estate_name_en,
                assessor: $0.assessor_short_name,
                course: $0.course_title,
                candidates: $0.candidates,
                passed: $0.passed
            )
        }
        return RoundList.view(model, req.pageContext()).response()
    }

    static func new(req: Request) async throws -> Response {
        var input = Assessments.RoundInput()
        input.courseID = req.query[String.self, at: "course"] ?? ""
        input.cycleID = try await CycleQueries.newestOpen(on: req.db)?.id?.uuidString ?? ""
        return try await renderForm(input, errors: [:], req)
    }

    static func create(req: Request) async throws -> Response {
        let input = try req.input(Assessments.RoundInput.self)
        do {
            let round = try await Assessments.createRound(
                input,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = req.localizer(.roundCreated)
            return req.redirect(to: SiteURL.round(try round.requireID()).path)
        } catch let errors as FieldErrors {
            return try await renderForm(
                input,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
    }

    private static func renderForm(
        _ input: Assessments.RoundInput,
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let thai = req.language == .thai
        var model = RoundForm.Model(values: input.values, errors: errors)
        model.courseChoices = try await CourseQueries.list(
            .init(),
            scope: AccessPolicy.courseScope(for: principal),
            on: req.db
        ).map { .init(value: $0.id.uuidString, label: "\($0.title_th) · \(t.day($0.first_day))") }
        model.cycleChoices = try await CycleQueries.all(on: req.db).map {
            .init(value: $0.id!.uuidString, label: thai ? $0.nameTh : $0.nameEn)
        }
        let estates = try await EstateQueries.all(on: req.db).filter {
            principal.role == .partner || AccessPolicy.canReach(estate: $0.id, principal)
        }
        model.estateChoices = t.sortedByName(
            estates.map { .init(value: $0.id.uuidString, label: thai ? $0.name_th : $0.name_en) },
            \.label
        )
        model.occupationChoices = try await CatalogueQueries.occupations(activeOnly: true, on: req.db).map {
            .init(
                value: $0.id!.uuidString,
                label: [thai ? $0.nameTh : $0.nameEn, $0.standardLevel.map { "\(t(.levelLabel)) \($0)" }]
                    .compactMap { $0 }.joined(separator: " · ")
            )
        }
        if case .assessor = AccessPolicy.roundScope(for: principal) {
            model.assessorChoices = []
        } else {
            model.assessorChoices = try await AssessmentQueries.assessors(on: req.db).map {
                .init(value: $0.id!.uuidString, label: "\($0.shortName) · \(thai ? $0.nameTh : $0.nameEn)")
            }
        }
        model.bodyChoices =
            [.init(value: "", label: "—")]
            + CertifyingBodyKind.allCases.map { .init(value: $0.rawValue, label: t(AssessmentText.body($0))) }
        return RoundForm.view(model, req.pageContext()).response(status: status)
    }

    // MARK: - One round

    static func show(req: Request) async throws -> Response {
        try await renderDetail(try await req.scoped.round(), values: [:], errors: [:], req)
    }

    static func renderDetail(
        _ round: AssessmentRound,
        values: [String: String],
        errors: [String: String],
        _ req: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let principal = try req.requirePrincipal()
        let t = req.localizer
        let candidates = try await AssessmentQueries.candidates(of: round, on: req.db)
        let certificates = try await CertificateQueries.certificates(of: round, on: req.db)
        let today = ThaiCalendar.Day.containing(req.sanfan.clock.now())
        let names = Dictionary(
            uniqueKeysWithValues: candidates.map { ($0.$participant.id, $0.participant.displayName) }
        )
        var model = RoundDetail.Model(id: try round.requireID(), title: try await title(round, req))
        model.facts = try await facts(round, req)
        model.people = candidates.map { candidate in
            RoundDetail.Person(
                candidateID: candidate.id!,
                participantID: candidate.$participant.id,
                name: candidate.participant.displayName,
                overall: candidate.overall,
                reason: candidate.reason,
                certificateID: certificates.first { $0.$candidate.id == candidate.id && $0.revokedOn == nil }?.id
            )
        }
        model.certificates = certificates.map {
            RoundDetail.Issued(
                id: $0.id!,
                code: VerificationCode.parse($0.code).map(\.description).get(or: $0.code),
                name: names[$0.$participant.id] ?? "—",
                externalNumber: $0.externalNumber,
                issuedOn: t.day($0.issuedOn),
                standing: standing($0, today)
            )
        }
        model.canRecord = AccessPolicy.can(principal, .recordAssessments)
        model.canCertify =
            AccessPolicy.can(principal, .manageCertificates)
            && AccessPolicy.canReach(estate: round.$estate.id, principal)
        model.values = values
        model.errors = errors
        // Someone to add: people of the round's estate the reader may reach, by name or ID.
        let search = String((req.query[String.self, at: "q"] ?? values["q"] ?? "").prefix(100))
        model.search = search
        if model.canRecord, !search.trimmingCharacters(in: .whitespaces).isEmpty {
            var filter = ParticipantQueries.Filter(search: search)
            filter.searchable = Disclosure.fields(for: principal)
            filter.estateID = round.$estate.id
            let deps = ParticipantController.dependencies(req)
            let rows = try await ParticipantQueries.page(
                filter,
                scope: AccessPolicy.recordScope(for: principal),
                today: today,
                bands: deps.bands,
                vault: deps.vault,
                limit: 20,
                on: req.db
            )
            model.matches = rows.prefix(20).map {
                .init(value: $0.id.uuidString, label: "\($0.displayName) · \(t.day($0.birth_date))")
            }
        }
        return RoundDetail.view(model, req.pageContext()).response(status: status)
    }

    static func addCandidate(req: Request) async throws -> Response {
        let round = try await req.scoped.recordableRound()
        let input = try req.input(Assessments.CandidateInput.self)
        do {
            try await Assessments.addCandidate(
                UUID(uuidString: input.participantID),
                reason: input.reason,
                to: round,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            return try await renderDetail(
                round,
                values: input.values,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
        req.flash = req.localizer(.candidateAdded)
        return req.redirect(to: SiteURL.round(try round.requireID()).path + "#people")
    }

    static func issue(req: Request) async throws -> Response {
        let round = try await req.scoped.certifiableRound()
        let form = try req.content.decode([String: String].self)
        do {
            let count = try await Certificates.issue(
                Certificates.IssueInput(form: form),
                for: round,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
            req.flash = req.localizer(.certificatesIssued, String(count))
            return req.redirect(to: SiteURL.round(try round.requireID()).path + "#certificates")
        } catch let errors as FieldErrors {
            return try await renderDetail(
                round,
                values: form,
                errors: errors.localized(req.localizer),
                req,
                status: .unprocessableEntity
            )
        }
    }

    // MARK: - Results

    static func results(req: Request) async throws -> Response {
        let round = try await req.scoped.recordableRound()
        return try await RoundResults.view(resultsModel(round, req), req.pageContext()).response()
    }

    static func resultsSheet(req: Request) async throws -> Response {
        let round = try await req.scoped.round()
        return try await RoundResults.sheet(resultsModel(round, req), req.pageContext()).response()
    }

    static func saveResults(req: Request) async throws -> Response {
        let round = try await req.scoped.recordableRound()
        let form = try req.content.decode([String: String].self)
        var results: [UUID: [UUID: UnitOutcome]] = [:]
        var unknown = false
        for (name, value) in form where name.hasPrefix("result_") {
            let parts = name.split(separator: "_")
            guard parts.count == 3, let candidate = UUID(uuidString: String(parts[1])),
                let unit = UUID(uuidString: String(parts[2])), let outcome = UnitOutcome(rawValue: value)
            else {
                unknown = true
                continue
            }
            results[candidate, default: [:]][unit] = outcome
        }
        do {
            if unknown { throw FieldErrors(fields: ["results": .unknownChoice]) }
            try await Assessments.recordResults(
                results,
                in: round,
                by: req.requirePrincipal(),
                at: req.sanfan.clock.now(),
                on: req.db
            )
        } catch let errors as FieldErrors {
            var model = try await resultsModel(round, req)
            model.error = errors.localized(req.localizer).values.sorted().joined(separator: " ")
            return RoundResults.view(model, req.pageContext()).response(status: .unprocessableEntity)
        }
        req.flash = req.localizer(.resultsSaved)
        return req.redirect(to: SiteURL.round(try round.requireID()).path + "#people")
    }

    static func resultsModel(_ round: AssessmentRound, _ req: Request) async throws -> RoundResults.Model {
        let candidates = try await AssessmentQueries.candidates(of: round, on: req.db)
        let outcomes = try await AssessmentQueries.unitResults(of: round, on: req.db)
        var model = RoundResults.Model(roundID: try round.requireID(), title: try await title(round, req))
        model.facts = try await facts(round, req)
        model.units = try await CatalogueQueries.units(of: round.$occupation.id, on: req.db).map {
            .init(id: $0.id!, code: $0.code, name: $0.nameTh)
        }
        model.people = req.localizer.sortedByName(candidates) { $0.participant.firstNameTh }.map {
            .init(
                candidateID: $0.id!,
                name: $0.participant.displayName,
                overall: $0.overall,
                outcomes: outcomes[$0.id!] ?? [:]
            )
        }
        return model
    }

    // MARK: - Shared

    static func title(_ round: AssessmentRound, _ req: Request) async throws -> String {
        let occupation = try await round.$occupation.get(on: req.db)
        let name = req.language == .thai ? occupation.nameTh : occupation.nameEn
        return "\(name) · \(req.localizer.day(round.heldOn))"
    }

    static func facts(_ round: AssessmentRound, _ req: Request) async throws -> [(Phrase, String)] {
        let thai = req.language == .thai
        let t = req.localizer
        let estate = try await round.$estate.get(on: req.db)
        let assessor = try await round.$assessor.get(on: req.db)
        let occupation = try await round.$occupation.get(on: req.db)
        let course = try await round.$course.get(on: req.db)
        var facts: [(Phrase, String)] = [
            (.estate, thai ? estate.nameTh : estate.nameEn),
            (.certifyingBody, t(AssessmentText.body(round.body))),
            (.assessor, "\(assessor.shortName) · \(thai ? assessor.nameTh : assessor.nameEn)"),
            (
                .standard,
                [occupation.standardName, occupation.standardLevel.map { "\(t(.levelLabel)) \($0)" }]
                    .compactMap { $0 }.joined(separator: " · ")
            ),
            (.heldOn, t.day(round.heldOn)),
            (.place, round.place),
        ]
        if let course { facts.insert((.course, course.titleTh), at: 0) }
        return facts
    }

    static func standing(_ certificate: Certificate, _ today: ThaiCalendar.Day) -> AssessmentRules.Standing {
        AssessmentRules.standing(
            expiresOn: certificate.expiresOn.flatMap(ThaiCalendar.Day.init(iso:)),
            revokedOn: certificate.revokedOn.flatMap(ThaiCalendar.Day.init(iso:)),
            on: today
        )
    }
}

extension Result {
    /// The success value, or `fallback`.
    func get(or fallback: Success) -> Success {
        (try? get()) ?? fallback
    }
}
