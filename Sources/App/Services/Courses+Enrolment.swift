import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Enrolment: seats while they last, then the waiting list; drop-outs and completion overrides.
extension Courses {
    struct EnrolOutcome: Sendable, Equatable {
        var enrolled = 0
        var waiting = 0
    }

    /// Adds people to a course: seats while they last, then the waiting list. Refuses the whole
    /// batch, naming each person, if anyone cannot be added.
    static func enrol(
        _ participantIDs: [UUID],
        in course: Course,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> EnrolOutcome {
        try await UniqueIndex.checked(otherwise: .one("participant_ids", .alreadyEnrolled, "—")) {
            try await enrolOnce(participantIDs, in: course, by: principal, at: now, on: database)
        }
    }

    /// One attempt; see the wrapper above.
    private static func enrolOnce(
        _ participantIDs: [UUID],
        in course: Course,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> EnrolOutcome {
        try await requireOpenCycle(course.$cycle.id, principal, on: database)
        let courseID = try course.requireID()
        guard !participantIDs.isEmpty else { throw FieldErrors(fields: ["participant_ids": .nobodyChosen]) }
        guard course.status.takesEnrolments else { throw FieldErrors(fields: ["participant_ids": .courseNotOpen]) }
        let scope = AccessPolicy.recordScope(for: principal)
        let unique = Array(Set(participantIDs))
        let already = try await CourseQueries.enrolments(of: course, people: unique, on: database)
        var people: [Participant] = []
        var unknown = false
        for id in unique {
            guard let person = try await ParticipantQueries.find(id, scope: scope, on: database) else {
                unknown = true
                continue
            }
            people.append(person)
        }
        let elsewhere = people.filter { $0.$estate.id != course.$estate.id }
        var errors = FieldErrors()
        if unknown {
            errors["participant_ids"] = .unknownChoice
        } else if !already.isEmpty {
            errors.set(
                "participant_ids",
                .alreadyEnrolled,
                already.map { $0.participant.displayName }.joined(separator: ", ")
            )
        } else if !elsewhere.isEmpty {
            errors.set("participant_ids", .personNotInEstate, elsewhere.map(\.displayName).joined(separator: ", "))
        }
        guard errors.isEmpty else { throw errors }
        let chosen = people.sorted(by: { $0.sortKey < $1.sortKey })
        let capacity = course.capacity
        return try await database.writing { db in
            try await lock(courseID, on: db)
            var outcome = EnrolOutcome()
            var taken = try await CourseQueries.seatsTaken(in: course, on: db)
            // Sorted so a batch lands on the waiting list in the order the list showed it.
            for person in chosen {
                let enrolment = Enrolment()
                enrolment.$course.id = courseID
                enrolment.$participant.id = try person.requireID()
                enrolment.status = taken < capacity ? .enrolled : .waiting
                enrolment.attendanceComplete = false
                if enrolment.status == .enrolled {
                    taken += 1
                    outcome.enrolled += 1
                } else {
                    outcome.waiting += 1
                }
                // Later sessions are ahead; a waiting-list place never blocks anyone's seat.
                try await enrolment.create(on: db)
                try await Audit.record(.create, enrolment, before: nil, by: .init(principal), at: now, on: db)
            }
            return outcome
        }
    }

    /// Takes someone out of a course, with the reason, and gives their seat to the first person waiting.
    static func drop(
        _ enrolment: Enrolment,
        reason: String,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        let course = try await enrolment.$course.get(on: database)
        try await requireOpenCycle(course.$cycle.id, principal, on: database)
        let reason = reason.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty else { throw FieldErrors(fields: ["reason": .reasonRequired]) }
        guard enrolment.status != .dropped else { return }
        let before = enrolment.auditSnapshot
        let hadSeat = enrolment.status.holdsSeat
        enrolment.status = .dropped
        enrolment.droppedReason = String(reason.prefix(500))
        try await database.writing { db in
            try await lock(course.requireID(), on: db)
            try await enrolment.save(on: db)
            try await Audit.record(.update, enrolment, before: before, by: .init(principal), at: now, on: db)
            if hadSeat,
                let next = try await CourseQueries.firstWaiting(in: course, on: db)
            {
                let before = next.auditSnapshot
                next.status = .enrolled
                try await next.save(on: db)
                try await Audit.record(.update, next, before: before, by: .system, at: now, on: db)
                try await recompute(course, on: db)
            }
        }
    }

    /// An officer's decision on completion over the computed one; `nil` returns to the computed one.
    static func overrideCompletion(
        _ enrolment: Enrolment,
        complete: Bool?,
        reason: String,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        let course = try await enrolment.$course.get(on: database)
        try await requireOpenCycle(course.$cycle.id, principal, on: database)
        let reason = reason.trimmingCharacters(in: .whitespaces)
        if complete != nil, reason.isEmpty { throw FieldErrors(fields: ["reason": .reasonRequired]) }
        guard enrolment.status.holdsSeat else { throw FieldErrors(fields: ["reason": .notEnrolled]) }
        let before = enrolment.auditSnapshot
        enrolment.overrideComplete = complete
        enrolment.overrideReason = complete == nil ? nil : String(reason.prefix(500))
        enrolment.status = (complete ?? enrolment.attendanceComplete) ? .completed : .enrolled
        try await database.writing { db in
            try await enrolment.save(on: db)
            try await Audit.record(.update, enrolment, before: before, by: .init(principal), at: now, on: db)
        }
    }
}
