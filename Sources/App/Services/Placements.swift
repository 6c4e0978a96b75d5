import Fluent
import Foundation
import SanfanCore

/// Jobs people of the reader's estates took.
enum Placements {
    struct Input: Sendable {
        var participantID = ""
        var employerID = ""
        var employerName = ""
        var position = ""
        var occupationID = ""
        var startedOn = ""
        var endedOn = ""
        var monthlyWage = ""
        var insideEstate = ""
    }

    static func create(
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Placement {
        var errors = FieldErrors()
        let person = try await LivelihoodPeople.reachable(input.participantID, principal, on: database)
        if person == nil { errors["participant_id"] = .unknownChoice }
        var employer: Organisation?
        if !input.employerID.isEmpty {
            employer = try await CatalogueQueries.activeOrganisation(
                input.employerID,
                { $0.kind == .employer },
                on: database
            )
            if employer == nil { errors["employer_id"] = .unknownChoice }
        }
        let typedName = errors.text(input.employerName, "employer_name", limit: 200, required: employer == nil)
        let position = errors.text(input.position, "position", limit: 200, required: true)
        var occupation: UUID?
        if !input.occupationID.isEmpty {
            occupation = try await LivelihoodPeople.occupation(input.occupationID, on: database)
            if occupation == nil { errors["occupation_id"] = .unknownChoice }
        }
        let today = ThaiCalendar.Day.containing(now)
        let started = errors.day(
            input.startedOn,
            "started_on",
            today: today,
            notBefore: person.flatMap(LivelihoodPeople.registered),
            tooEarly: .beforeRegistration
        )
        var ended: ThaiCalendar.Day?
        if !input.endedOn.trimmingCharacters(in: .whitespaces).isEmpty {
            ended = errors.day(input.endedOn, "ended_on", today: today, notBefore: started)
        }
        let wage = errors.amount(input.monthlyWage, "monthly_wage", required: true)
        let inside = ["yes", "true", "on", "1"].contains(input.insideEstate.lowercased())
        guard errors.isEmpty, let person, let started, let wage else { throw errors }
        let placement = Placement()
        placement.$participant.id = try person.requireID()
        placement.$estate.id = person.$estate.id
        placement.$employer.id = employer?.id
        placement.employerName = employer?.nameTh ?? typedName
        placement.position = position
        placement.$occupation.id = occupation
        placement.startedOn = started.iso
        placement.endedOn = ended?.iso
        placement.monthlyWageSatang = wage.value
        placement.insideEstate = inside
        placement.recordedBy = principal.userID
        try await database.writing { db in
            try await placement.create(on: db)
            try await Audit.record(.create, placement, before: nil, by: .init(principal), at: now, on: db)
        }
        return placement
    }
}

extension Placements.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("participant_id", \.participantID), ("employer_id", \.employerID), ("employer_name", \.employerName),
            ("position", \.position), ("occupation_id", \.occupationID), ("started_on", \.startedOn),
            ("ended_on", \.endedOn), ("monthly_wage", \.monthlyWage), ("inside_estate", \.insideEstate),
        ]
    }
}
