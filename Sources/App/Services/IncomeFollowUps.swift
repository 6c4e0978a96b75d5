import Fluent
import Foundation
import SanfanCore

/// Baseline incomes and the follow-ups 3, 6 and 12 months after a course, for the reader's estates.
enum IncomeFollowUps {
    struct BaselineInput: Sendable {
        var monthlyIncome = ""
        var askedOn = ""
    }

    struct Input: Sendable {
        var courseID = ""
        var months = ""
        var doneOn = ""
        /// `no` when the person could not be reached.
        var reached = ""
        var monthlyIncome = ""
        var mainSource = ""
    }

    /// Sets (or corrects) what the person earned a month before the programme. "None" is an answer:
    /// a blank amount is refused, `0` or "ไม่มี" is recorded as nothing.
    static func setBaseline(
        _ input: BaselineInput,
        of person: Participant,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        var errors = FieldErrors()
        let typed = ThaiText.normalise(input.monthlyIncome).lowercased()
        let income =
            ["none", "ไม่มี", "-"].contains(typed)
            ? Satang(0) : errors.amount(input.monthlyIncome, "monthly_income", required: true)
        let asked = errors.day(
            input.askedOn,
            "asked_on",
            today: ThaiCalendar.Day.containing(now),
            notBefore: LivelihoodPeople.registered(person),
            tooEarly: .beforeRegistration
        )
        guard errors.isEmpty, let income, let asked else { throw errors }
        let personID = try person.requireID()
        // Two saves at once both find no row; the unique index lets one in, and the other, run
        // again, finds it and corrects it.
        try await UniqueIndex.checked(otherwise: FieldErrors(fields: ["monthly_income": .tryAgain])) {
            try await saveBaseline(personID, income, asked, principal, now, database)
        }
    }

    private static func saveBaseline(
        _ personID: UUID,
        _ income: Satang,
        _ asked: ThaiCalendar.Day,
        _ principal: Principal,
        _ now: Date,
        _ database: any Database
    ) async throws {
        try await database.writing { db in
            let existing = try await FollowUpQueries.baseline(of: personID, on: db)
            let baseline = existing ?? IncomeBaseline()
            let before = existing?.auditSnapshot
            baseline.$participant.id = personID
            baseline.monthlyIncomeSatang = income.value
            baseline.askedOn = asked.iso
            try await baseline.save(on: db)
            try await Audit.record(
                existing == nil ? .create : .update,
                baseline,
                before: before,
                by: .init(principal),
                at: now,
                on: db
            )
        }
    }

    /// Records one follow-up of `person` after a course they completed: reached with their income,
    /// or not reached. Each (course, month) once; never dated before the course ended.
    static func record(
        _ input: Input,
        of person: Participant,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws -> IncomeFollowUp {
        var errors = FieldErrors()
        let personID = try person.requireID()
        let completion =
            try await UUID(uuidString: input.courseID).asyncMap {
                try await FollowUpQueries.completion(of: personID, course: $0, on: database)
            } ?? nil
        if completion == nil { errors["course_id"] = .notCompletedCourse }
        let months = Int(input.months).flatMap { FollowUpSchedule.months.contains($0) ? $0 : nil }
        if months == nil { errors["months"] = .unknownChoice }
        let done = errors.day(
            input.doneOn,
            "done_on",
            today: ThaiCalendar.Day.containing(now),
            notBefore: completion.flatMap { ThaiCalendar.Day(iso: $0.lastDay) },
            tooEarly: .beforeCompletion
        )
        let reached = !["no", "false", "0", "unreachable"].contains(input.reached.lowercased())
        var income: Satang?
        var source: IncomeSource?
        if reached {
            income = errors.amount(input.monthlyIncome, "monthly_income", required: true)
            source = errors.choice(input.mainSource, "main_source", as: IncomeSource.self)
        }
        if let completion, let months,
            try await FollowUpQueries.exists(personID, course: completion.courseID, months: months, on: database)
        {
            errors["months"] = .followUpAlreadyDone
        }
        guard errors.isEmpty, let completion, let months, let done else { throw errors }
        let followUp = IncomeFollowUp()
        followUp.$participant.id = personID
        followUp.$estate.id = person.$estate.id
        followUp.$course.id = completion.courseID
        followUp.months = months
        followUp.dueOn = FollowUpSchedule.dueDay(after: ThaiCalendar.Day(iso: completion.lastDay)!, months: months).iso
        followUp.doneOn = done.iso
        followUp.reached = reached
        followUp.monthlyIncomeSatang = income?.value
        followUp.mainSource = source
        followUp.recordedBy = principal.userID
        try await UniqueIndex.guarded(answer: FieldErrors(fields: ["months": .followUpAlreadyDone])) {
            try await database.writing { db in
                try await followUp.create(on: db)
                try await Audit.record(.create, followUp, before: nil, by: .init(principal), at: now, on: db)
            }
        }
        return followUp
    }
}

extension IncomeFollowUps.BaselineInput: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [("monthly_income", \.monthlyIncome), ("asked_on", \.askedOn)]
    }
}

extension IncomeFollowUps.Input: TypedInput {
    static var textFields: [(name: String, path: WritableKeyPath<Self, String>)] {
        [
            ("course_id", \.courseID), ("months", \.months), ("done_on", \.doneOn), ("reached", \.reached),
            ("monthly_income", \.monthlyIncome), ("main_source", \.mainSource),
        ]
    }
}
