import Fluent
import Foundation
import SanfanCore

/// Mentoring sessions. An officer logs sessions for people of their estates, given by a bank or by
/// IEAT; a bank's user logs its own, for people referred to it who still share with it.
enum Mentoring {
    struct Input: Sendable {
        var mentorID = ""
        var topic = ""
        var heldOn = ""
        var notes = ""
        var enterpriseID = ""
        var participantIDs: [String] = []
    }

    static func log(
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> MentoringSession {
        var errors = FieldErrors()
        let topic = errors.choice(input.topic, "topic", as: MentoringTopic.self)
        let notes = errors.text(input.notes, "notes", limit: 1000)
        let today = ThaiCalendar.Day.containing(now)
        let held = errors.day(
            input.heldOn,
            "held_on",
            today: today,
            notBefore: ThaiCalendar.Day(year: 2018, month: 10, day: 1)
        )
        // A bank mentors as itself; an officer names the bank, the guarantor or IEAT.
        var mentor: Organisation?
        if principal.role == .partner {
            mentor =
                try await principal.organisationID.asyncMap {
                    try await CatalogueQueries.find(Organisation.self, $0, on: database)
                } ?? nil
        } else {
            mentor = try await CatalogueQueries.activeOrganisation(
                input.mentorID,
                { $0.kind.part == .lender || $0.kind == .authority },
                on: database
            )
            if mentor == nil { errors["mentor_id"] = .unknownChoice }
        }
        var people: [Participant] = []
        for text in Set(input.participantIDs.filter { !$0.isEmpty }) {
            guard let person = try await attendee(text, principal, on: database) else {
                errors["participant_ids"] = .unknownChoice
                continue
            }
            people.append(person)
        }
        var enterprise: Enterprise?
        if !input.enterpriseID.isEmpty {
            enterprise =
                try await UUID(uuidString: input.enterpriseID).asyncMap {
                    try await EnterpriseQueries.find(
                        $0,
                        scope: AccessPolicy.livelihoodScope(.enterprise, for: principal),
                        on: database
                    )
                } ?? nil
            if enterprise == nil { errors["enterprise_id"] = .unknownChoice }
        }
        if people.isEmpty, enterprise == nil, errors["participant_ids"] == nil {
            errors["participant_ids"] = .mentoringNeedsAttendee
        }
        let estates = Set(people.map(\.$estate.id) + (enterprise.map { [$0.$estate.id] } ?? []))
        if estates.count > 1 { errors["participant_ids"] = .mentoringOneEstate }
        guard errors.isEmpty, let topic, let held, let mentor, let estate = estates.first else { throw errors }
        let session = MentoringSession()
        session.$estate.id = estate
        session.$mentor.id = try mentor.requireID()
        session.$enterprise.id = enterprise?.id
        session.topic = topic
        session.heldOn = held.iso
        session.notes = notes.isEmpty ? nil : notes
        session.recordedBy = principal.userID
        let attendees = people
        try await database.writing { db in
            try await session.create(on: db)
            for person in attendees {
                let attendee = MentoringAttendee()
                attendee.$session.id = try session.requireID()
                attendee.$participant.id = try person.requireID()
                try await attendee.create(on: db)
            }
            var snapshot = session.auditSnapshot
            snapshot["participant_ids"] = attendees.compactMap { $0.id?.uuidString.lowercased() }.sorted()
                .joined(separator: ",")
            try await Audit.record(
                .create,
                entity: MentoringSession.auditEntity,
                id: try session.requireID().uuidString.lowercased(),
                before: nil,
                after: snapshot,
                by: .init(principal),
                at: now,
                on: db
            )
        }
        return session
    }

    /// A person the principal may log as mentored: an officer's, of their estates; a bank's, one who
    /// shares with it.
    private static func attendee(
        _ text: String,
        _ principal: Principal,
        on database: any Database
    ) async throws
        -> Participant?
    {
        if principal.role == .partner {
            guard let id = UUID(uuidString: text) else { return nil }
            return try await ParticipantQueries.find(id, scope: AccessPolicy.recordScope(for: principal), on: database)
        }
        return try await LivelihoodPeople.reachable(text, principal, on: database)
    }
}

extension Mentoring.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("mentor_id", \.mentorID), ("topic", \.topic), ("held_on", \.heldOn), ("notes", \.notes),
            ("enterprise_id", \.enterpriseID),
        ]
    }

    static var listFields: [(name: String, path: WritableKeyPath<Self, [String]>)] {
        [("participant_ids", \.participantIDs)]
    }
}
