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
        let cycle = try await Cycle.find(cycleID, on: database)
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
        let cycle = try await UUID(uuidString: input.cycleID).asyncMap { try await Cycle.find($0, on: database) } ?? nil
        if cycle == nil {
            errors["cycle_id"] = .unknownChoice
        } else if !CycleRules.canChange(cycle!.status, principal) {
            errors["cycle_id"] = .cycleClosed
        }
        let estateID = UUID(uuidString: input.estateID)
        if estateID == nil || !AccessPolicy.canReach(estate: estateID!, principal) {
            errors["estate_id"] = .estateOutOfScope
        } else if let cycle,
            try await CycleEstate.query(on: database).filter(\.$cycle.$id == cycle.requireID())
                .filter(\.$estate.$id == estateID!).count() == 0
        {
            errors["estate_id"] = .estateNotInCycle
        }
        let occupation =
            try await UUID(uuidString: input.occupationID).asyncMap { try await Occupation.find($0, on: database) }
            ?? nil
        if occupation == nil { errors["occupation_id"] = .unknownChoice }
        var providerID: UUID?
        if !input.providerID.isEmpty {
            providerID = UUID(uuidString: input.providerID)
            if try await providerID.asyncMap({ try await Organisation.find($0, on: database) }) == nil {
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
            if let id = course.id {
                let outside = try await CourseSession.query(on: database).filter(\.$course.$id == id)
                    .group(.or) { $0.filter(\.$day < first.iso).filter(\.$day > last.iso) }.count()
                if outside > 0 { errors["first_day"] = .sessionsOutsideDays }
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
        if let id = course.id, let capacity,
            try await Enrolment.query(on: database).filter(\.$course.$id == id)
                .filter(\.$status ~~ EnrolmentStatus.seatHolders).count() > capacity
        {
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

    // MARK: - Enrolment

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
        let already = try await Enrolment.query(on: database).filter(\.$course.$id == courseID)
            .filter(\.$participant.$id ~~ unique).with(\.$participant).all()
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
            var taken = try await Enrolment.query(on: db).filter(\.$course.$id == courseID)
                .filter(\.$status ~~ EnrolmentStatus.seatHolders).count()
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
                let next = try await Enrolment.query(on: db).filter(\.$course.$id == course.requireID())
                    .filter(\.$status == .waiting).sort(\.$createdAt).sort(\.$id).first()
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

    // MARK: - Attendance

    /// Saves the marks for one session: every mark must be for someone holding a seat. `rest`, if
    /// given, marks every seat holder the marks leave out ("everyone else was present"); otherwise
    /// marks not given are left as they were. Returns how many marks were recorded.
    @discardableResult
    static func markAttendance(
        _ session: CourseSession,
        marks given: [UUID: AttendanceMark],
        rest: AttendanceMark? = nil,
        source: AttendanceSource,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> Int {
        let course = try await session.$course.get(on: database)
        try await requireOpenCycle(course.$cycle.id, principal, on: database)
        if session.day < course.firstDay || session.day > course.lastDay {
            throw FieldErrors(fields: ["session": .dayOutsideCourse])
        }
        let seated = try await Enrolment.query(on: database).filter(\.$course.$id == course.requireID())
            .filter(\.$status ~~ EnrolmentStatus.seatHolders).all()
        let seatedIDs = Set(seated.compactMap(\.id))
        var marks = given
        if let rest { for id in seatedIDs where marks[id] == nil { marks[id] = rest } }
        guard !marks.isEmpty else { throw FieldErrors(fields: ["marks": .nobodyChosen]) }
        let strangers = marks.keys.filter { !seatedIDs.contains($0) }
        guard strangers.isEmpty else { throw FieldErrors(fields: ["marks": .notEnrolled]) }
        let sessionID = try session.requireID()
        let recorded = marks
        try await database.writing { db in
            let sql = db.sql
            let ids = recorded.keys.sorted { $0.uuidString < $1.uuidString }
            try await sql.delete(from: "attendance").where("session_id", .equal, SQLBind(sessionID))
                .where("enrolment_id", .in, SQLBind.group(ids)).run()
            try await sql.insert(into: "attendance")
                .columns("session_id", "enrolment_id", "mark", "source", "recorded_by_name", "recorded_at")
                .rows(
                    ids.map {
                        [
                            SQLBind(sessionID), SQLBind($0), SQLBind(recorded[$0]!.rawValue), SQLBind(source.rawValue),
                            SQLBind(principal.username), SQLBind(now),
                        ]
                    }
                )
                .run()
            var after = Dictionary(
                uniqueKeysWithValues: ids.map { ($0.uuidString.lowercased(), recorded[$0]!.rawValue) }
            )
            after["source"] = source.rawValue
            try await Audit.record(
                .update,
                entity: "attendance",
                id: sessionID.uuidString.lowercased(),
                before: nil,
                after: after,
                by: .init(principal),
                at: now,
                on: db
            )
            try await recompute(course, on: db)
        }
        return recorded.count
    }

    /// Serialises changes to one course's seats across app servers: on PostgreSQL the course row is
    /// locked until the transaction ends, so two officers enrolling at once cannot both take the
    /// last seat. SQLite already runs one writing transaction at a time.
    static func lock(_ courseID: UUID, on database: any Database) async throws {
        guard !database.isSQLite else { return }
        try await database.sql.raw("SELECT id FROM courses WHERE id = \(bind: courseID) FOR UPDATE").run()
    }

    /// Recomputes everyone's completion in a course from its sessions and attendance, and moves
    /// their status between enrolled and completed (an override wins over the computed answer).
    static func recompute(_ course: Course, on database: any Database) async throws {
        let courseID = try course.requireID()
        let sessions = try await CourseSession.query(on: database).filter(\.$course.$id == courseID).all()
        let enrolments = try await Enrolment.query(on: database).filter(\.$course.$id == courseID)
            .filter(\.$status ~~ EnrolmentStatus.seatHolders).all()
        guard !enrolments.isEmpty else { return }
        let marks = try await AttendanceQueries.marks(course: courseID, on: database)
        for enrolment in enrolments {
            let id = try enrolment.requireID()
            let complete = Completion.isComplete(
                sessions.map { Completion.Session(hours: $0.hours, mark: marks[id]?[$0.id!]) },
                minimumPercent: course.minimumPercent
            )
            let status: EnrolmentStatus = (enrolment.overrideComplete ?? complete) ? .completed : .enrolled
            guard complete != enrolment.attendanceComplete || status != enrolment.status else { continue }
            enrolment.attendanceComplete = complete
            enrolment.status = status
            try await enrolment.save(on: database)
        }
    }
}
