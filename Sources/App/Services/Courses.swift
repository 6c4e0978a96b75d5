import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Courses, their sessions and enrolments. Validated whole, saved with the audit entry in one
/// transaction; completion is recomputed in the same transaction as the attendance that changes it.
enum Courses {
    struct Input: Sendable {
        var cycleID = ""
        var estateID = ""
        var occupationID = ""
        var providerID = ""
        var titleTh = ""
        var venue = ""
        var firstDay = ""
        var lastDay = ""
        var hours = ""
        var capacity = ""
        var minimumPercent = "80"
        var status = CourseStatus.open.rawValue
    }

    /// A closed cycle is read-only, except to admins.
    static func requireOpenCycle(_ cycleID: UUID, _ principal: Principal, on database: any Database) async throws {
        let cycle = try await CycleQueries.find(cycleID, on: database)
        if let cycle, !CycleRules.canChange(cycle.status, principal) {
            throw FieldErrors(fields: ["cycle_id": .cycleClosed])
        }
    }

    static func save(
        _ course: Course,
        _ input: Input,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let cycle =
            try await UUID(uuidString: input.cycleID).asyncMap { try await CycleQueries.find($0, on: database) } ?? nil
        if cycle == nil {
            errors["cycle_id"] = .unknownChoice
        } else if !CycleRules.canChange(cycle!.status, principal) {
            errors["cycle_id"] = .cycleClosed
        }
        let estateID = UUID(uuidString: input.estateID)
        if estateID == nil || !AccessPolicy.canReach(estate: estateID!, principal) {
            errors["estate_id"] = .estateOutOfScope
        } else if let cycle,
            try await !CycleQueries.estates(of: cycle.requireID(), on: database).contains(where: {
                $0.$estate.id == estateID!
            })
        {
            errors["estate_id"] = .estateNotInCycle
        }
        let occupation =
            try await UUID(uuidString: input.occupationID).asyncMap {
                try await CatalogueQueries.find(Occupation.self, $0, on: database)
            } ?? nil
        if occupation == nil { errors["occupation_id"] = .unknownChoice }
        var providerID: UUID?
        if !input.providerID.isEmpty {
            providerID = UUID(uuidString: input.providerID)
            if try await providerID.asyncMap({ try await CatalogueQueries.find(Organisation.self, $0, on: database) })
                == nil
            {
                errors["provider_id"] = .unknownChoice
            }
        }
        let title = input.titleTh.trimmingCharacters(in: .whitespaces)
        if title.count > 200 { errors.set("title_th", .tooLong, "200") }
        let venue = input.venue.trimmingCharacters(in: .whitespaces)
        if venue.isEmpty {
            errors["venue"] = .fieldRequired
        } else if venue.count > 300 {
            errors.set("venue", .tooLong, "300")
        }
        let first = ThaiCalendar.parseDay(input.firstDay)
        let last = ThaiCalendar.parseDay(input.lastDay)
        if first == nil { errors["first_day"] = .invalidDate }
        if last == nil { errors["last_day"] = .invalidDate }
        if let first, let last {
            if last < first { errors["last_day"] = .lastDayBeforeFirst }
            if let cycle {
                let range = cycle.dayRange
                if first.iso < range.first || first.iso > range.last {
                    errors.set("first_day", .dayOutsideCycle, String(cycle.fiscalYear))
                }
                if last.iso < range.first || last.iso > range.last {
                    errors.set("last_day", .dayOutsideCycle, String(cycle.fiscalYear))
                }
            }
            if course.id != nil,
                try await CourseQueries.sessionsOutside(course, first: first.iso, last: last.iso, on: database) > 0
            {
                errors["first_day"] = .sessionsOutsideDays
            }
        }
        let hours = parseHours(input.hours)
        if hours == nil || hours! < 0.5 || hours! > 2000 { errors.set("hours", .numberBetween, "0.5", "2,000") }
        let capacity = Int(ThaiText.normalise(input.capacity))
        if capacity == nil || !(1...500).contains(capacity!) { errors.set("capacity", .numberBetween, "1", "500") }
        let minimum = Int(ThaiText.normalise(input.minimumPercent.isEmpty ? "80" : input.minimumPercent))
        if minimum == nil || !(1...100).contains(minimum!) {
            errors.set("minimum_percent", .numberBetween, "1", "100")
        }
        let status = CourseStatus(rawValue: input.status)
        if status == nil { errors["status"] = .unknownChoice }
        if course.id != nil, let capacity, try await CourseQueries.seatsTaken(in: course, on: database) > capacity {
            errors["capacity"] = .capacityBelowEnrolled
        }
        guard errors.isEmpty, let cycle, let estateID, let occupation, let first, let last, let hours, let capacity,
            let minimum, let status
        else { throw errors }

        let isNew = course.id == nil
        let before = isNew ? nil : course.auditSnapshot
        let minimumChanged = !isNew && course.minimumPercent != minimum
        course.$cycle.id = try cycle.requireID()
        course.$estate.id = estateID
        course.$occupation.id = try occupation.requireID()
        course.$provider.id = providerID
        course.titleTh = title.isEmpty ? occupation.nameTh : title
        course.venue = venue
        course.firstDay = first.iso
        course.lastDay = last.iso
        course.hours = hours
        course.capacity = capacity
        course.minimumPercent = minimum
        course.status = status
        try await database.writing { db in
            try await course.save(on: db)
            try await Audit.record(
                isNew ? .create : .update,
                course,
                before: before,
                by: .init(principal),
                at: now,
                on: db
            )
            if minimumChanged { try await recompute(course, on: db) }
        }
    }

    /// `6`, `6.5`, `6,5` or Thai digits. `nan`, `inf` and `1e309` parse as Doubles but are no number of
    /// hours (and NaN slips past every range check), so only finite plain decimals count.
    static func parseHours(_ text: String) -> Double? {
        ThaiText.decimal(text)
    }

    // MARK: - Sessions

    struct SessionInput: Sendable {
        var day = ""
        var startsAt = "09:00"
        var endsAt = "16:00"
        var topic = ""
        var hours = ""
    }

    static func addSession(
        to course: Course,
        _ input: SessionInput,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> CourseSession {
        try await requireOpenCycle(course.$cycle.id, principal, on: database)
        var errors = FieldErrors()
        let day = ThaiCalendar.parseDay(input.day)
        if day == nil {
            errors["day"] = .invalidDate
        } else if day!.iso < course.firstDay || day!.iso > course.lastDay {
            errors["day"] = .dayOutsideCourse
        }
        let starts = minutes(input.startsAt)
        let ends = minutes(input.endsAt)
        if starts == nil { errors["starts_at"] = .invalidTime }
        if ends == nil {
            errors["ends_at"] = .invalidTime
        } else if let starts, ends! <= starts {
            errors["ends_at"] = .endsBeforeStart
        }
        let topic = input.topic.trimmingCharacters(in: .whitespaces)
        if topic.isEmpty {
            errors["topic"] = .fieldRequired
        } else if topic.count > 300 {
            errors.set("topic", .tooLong, "300")
        }
        var hours: Double?
        if input.hours.trimmingCharacters(in: .whitespaces).isEmpty, let starts, let ends, ends > starts {
            // A full day 09:00–16:00 is six teaching hours: an hour's lunch comes off sessions over five.
            let span = Double(ends - starts) / 60
            hours = span > 5 ? span - 1 : span
        } else {
            hours = parseHours(input.hours)
            if hours == nil || hours! < 0.5 || hours! > 24 { errors.set("hours", .numberBetween, "0.5", "24") }
        }
        guard errors.isEmpty, let day, let starts, let ends, let hours else { throw errors }
        let session = CourseSession()
        session.$course.id = try course.requireID()
        session.day = day.iso
        session.startsAt = clock(starts)
        session.endsAt = clock(ends)
        session.topic = topic
        session.hours = hours
        try await database.writing { db in
            try await session.create(on: db)
            try await Audit.record(.create, session, before: nil, by: .init(principal), at: now, on: db)
            try await recompute(course, on: db)
        }
        return session
    }

    /// `9:00`, `09.00` or `๐๙:๐๐` as minutes after midnight.
    static func minutes(_ text: String) -> Int? {
        let parts = ThaiText.normalise(text).split(whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        return h * 60 + m
    }

    static func clock(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}

extension Courses.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("cycle_id", \.cycleID), ("estate_id", \.estateID), ("occupation_id", \.occupationID),
            ("provider_id", \.providerID), ("title_th", \.titleTh), ("venue", \.venue), ("first_day", \.firstDay),
            ("last_day", \.lastDay), ("hours", \.hours), ("capacity", \.capacity),
            ("minimum_percent", \.minimumPercent), ("status", \.status),
        ]
    }

    /// A course as stored: what a PATCH starts from and the edit form shows.
    init(stored course: Course) {
        self.init(
            cycleID: course.$cycle.id.uuidString,
            estateID: course.$estate.id.uuidString,
            occupationID: course.$occupation.id.uuidString,
            providerID: course.$provider.id?.uuidString ?? "",
            titleTh: course.titleTh,
            venue: course.venue,
            firstDay: course.firstDay,
            lastDay: course.lastDay,
            hours: DayText.hours(course.hours),
            capacity: String(course.capacity),
            minimumPercent: String(course.minimumPercent),
            status: course.status.rawValue
        )
    }
}

extension Courses.SessionInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [("day", \.day), ("starts_at", \.startsAt), ("ends_at", \.endsAt), ("topic", \.topic), ("hours", \.hours)]
    }
}

extension Courses {
    /// Why someone leaves a course: the roster's form and the API's body.
    struct DropInput: TypedInput {
        var reason = ""
        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] { [("reason", \.reason)] }
    }

    /// An officer's decision on someone's completion, over what attendance says, with the reason.
    struct CompletionInput: TypedInput {
        /// `complete`, `incomplete`, or `attendance` (or empty) to go back to what attendance says.
        var decision = ""
        var reason = ""

        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
            [("decision", \.decision), ("reason", \.reason)]
        }

        func decided() throws -> Bool? {
            switch decision {
            case "complete": return true
            case "incomplete": return false
            case "", "attendance": return nil
            default: throw FieldErrors(fields: ["decision": .unknownChoice])
            }
        }
    }
}

extension Courses {
    /// The people ticked on the enrol page, or listed in the API's body.
    struct EnrolInput: TypedInput {
        var participantIDs: [String] = []

        static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] { [] }
        static var listFields: [(name: String, path: WritableKeyPath<Self, [String]>)] {
            [("participant_ids", \.participantIDs)]
        }

        /// The ids; one that is not an id refuses the lot, as an unknown person would.
        func ids() throws -> [UUID] {
            let ids = participantIDs.compactMap(UUID.init(uuidString:))
            guard ids.count == participantIDs.count else {
                throw FieldErrors(fields: ["participant_ids": .unknownChoice])
            }
            return ids
        }
    }
}
