import Fluent
import Foundation
import SQLKit
import SanfanCore
import Vapor

/// The programme's queries at scale: a cycle covering every programme estate in the fiscal year the
/// synthetic people were registered in, with tens of thousands of enrolments.
extension BenchCommand {
    /// Builds the cycle once: courses of 25 at each estate until `enrolments` seats are filled.
    static func programmeFixture(app: Application, enrolments target: Int) async throws -> Cycle {
        let db = app.db
        let sql = db.sql
        let now = app.sanfan.clock.now()
        try await DemoProgramme.seed(on: db, vault: app.sanfan.vault, now: now)
        let year = ThaiCalendar.fiscalYear(of: now)
        if let cycle = try await Cycle.query(on: db).filter(\.$fiscalYear == year).first() { return cycle }
        let cycle = Cycle()
        cycle.fiscalYear = year
        cycle.nameTh = "ปีงบประมาณ \(year) (ทดสอบสมรรถนะ)"
        cycle.nameEn = Cycles.defaultEnglishName(year) + " (benchmark)"
        cycle.status = .running
        try await cycle.create(on: db)
        let estates = try await EstateQueries.all(on: db, programmeOnly: true)
        let occupations = try await Occupation.query(on: db).all()
        let range = cycle.dayRange
        for estate in estates {
            let row = CycleEstate()
            row.$cycle.id = try cycle.requireID()
            row.$estate.id = estate.id
            row.target = TargetSheet.Target(trained: target / estates.count)
            try await row.create(on: db)
        }
        struct Person: Decodable { let id: UUID }
        let perEstate = target / max(estates.count, 1)
        for estate in estates {
            let people = try await sql.select().column("id").from(Participant.schema)
                .where("estate_id", .equal, SQLBind(estate.id)).orderBy("sort_key").limit(perEstate)
                .all(decoding: Person.self)
            for (index, batch) in stride(from: 0, to: people.count, by: 25).map({
                people[$0..<min($0 + 25, people.count)]
            })
            .enumerated() {
                let course = Course()
                course.$cycle.id = try cycle.requireID()
                course.$estate.id = estate.id
                course.$occupation.id = try occupations[index % occupations.count].requireID()
                course.titleTh = "รุ่นที่ \(index + 1)"
                course.venue = "ศาลาประชาคม"
                course.firstDay = range.first
                course.lastDay = range.last
                course.hours = 30
                course.capacity = 25
                course.minimumPercent = 80
                course.status = .running
                try await course.create(on: db)
                let rows: [[any SQLExpression]] = try batch.enumerated().map { offset, person in
                    let status: EnrolmentStatus = offset % 10 == 0 ? .enrolled : .completed
                    return [
                        SQLBind(UUID()), SQLBind(now), SQLBind(now), SQLBind(try course.requireID()),
                        SQLBind(person.id), SQLBind(status.rawValue), SQLBind(status == .completed),
                        SQLBind(String?.none),
                    ]
                }
                try await DemoProgramme.insertEnrolments(rows, on: sql)
            }
        }
        try await sql.raw("ANALYZE").run()
        return cycle
    }

    static func measureProgramme(app: Application, cycle: Cycle, iterations: Int) async throws -> String {
        let db = app.db
        let bangpoo = try await EstateQueries.all(on: db, programmeOnly: true).first { $0.code == "BANGPOO" }?.id
        let enrolments = try await Enrolment.query(on: db).count()
        let course = try await Course.query(on: db).filter(\.$cycle.$id == cycle.requireID()).first()
        let cycleID = try cycle.requireID()
        let window = ProgressQueries.registrationWindow(cycle)
        let estateIDs = try await CycleEstate.query(on: db).filter(\.$cycle.$id == cycleID).all().map(\.$estate.id)
        let today = ThaiCalendar.Day.containing(app.sanfan.clock.now())
        func page(_ stage: ParticipantQueries.Stage, _ scope: RecordScope) async throws -> Int {
            var filter = ParticipantQueries.Filter()
            filter.stage = stage
            return try await ParticipantQueries.page(
                filter,
                scope: scope,
                today: today,
                bands: app.sanfan.settings.ageBands,
                vault: app.sanfan.vault,
                on: db
            ).count
        }
        let scenarios: [(String, () async throws -> Int)] = [
            ("target against actual, one cycle (all estates)", { try await ProgressQueries.rows(cycle, on: db).count }),
            (
                "courses list, admin (200 newest, with counts)",
                { try await CourseQueries.list(.init(cycleID: cycleID), scope: .everything, on: db).count }
            ),
            (
                "courses list, officer (one estate)",
                {
                    try await CourseQueries.list(.init(), scope: bangpoo.map { .estates([$0]) } ?? .nothing, on: db)
                        .count
                }
            ),
            (
                "course roster (25 people)",
                { try await CourseQueries.roster(course: course!.requireID(), on: db).count }
            ),
            (
                "people behind \"completed\", first page",
                { try await page(.completed(cycle: cycleID, estate: nil), .everything) }
            ),
            (
                "people behind \"registered\", first page",
                { try await page(.registered(from: window.from, to: window.to, estates: estateIDs), .everything) }
            ),
        ]
        var lines = [
            "enrolments: \(enrolments.grouped); iterations per scenario: \(iterations); times in milliseconds", "",
            "| scenario | rows | p50 | p99 |", "|---|---:|---:|---:|",
        ]
        for (name, run) in scenarios {
            var timings: [Double] = []
            var rows = 0
            for iteration in 0..<(iterations + 5) {
                let started = DispatchTime.now().uptimeNanoseconds
                rows = try await run()
                if iteration >= 5 { timings.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6) }
            }
            lines.append(
                "| \(name) | \(rows) | \(format(percentile(timings, 0.5))) | \(format(percentile(timings, 0.99))) |"
            )
        }
        return lines.joined(separator: "\n")
    }
}
