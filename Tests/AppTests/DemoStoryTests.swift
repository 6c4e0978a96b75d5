import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import VaporTesting

@testable import App

/// The demo tells the article's story, and every number on the cycle pages is backed by the list
/// behind it (issue 9): recounted here with independent SQL, on SQLite and PostgreSQL alike.
extension AppTests {
    @Suite struct DemoStoryTests {
        struct Count: Decodable { let n: Int }

        func count(_ app: Application, _ query: SQLQueryString) async throws -> Int {
            try await app.db.sql.raw(query).first(decoding: Count.self)?.n ?? -1
        }

        /// Every person a list shows, following its pages.
        func listed(_ client: TestClient, _ path: String) async throws -> [String] {
            var people: [String] = []
            var next: String? = path
            while let page = next {
                let response = try await client.get(page)
                #expect(response.status == .ok, "\(page): \(response.status)")
                people += response.body.matches(of: /<a href="\/participants\/([0-9a-f-]{36})">/).map {
                    String($0.output.1)
                }
                next = response.body.firstMatch(of: /<a href="(\/participants\?[^"]*after=[^"]*)"/).map {
                    String($0.output.1).replacingOccurrences(of: "&amp;", with: "&")
                }
            }
            return people
        }

        /// The figures of one row of the target-against-actual table, in column order.
        func figures(_ row: Substring) -> [Int] {
            row.matches(of: /<td class="number" data-label="[^"]*">(?:<a [^>]*>)?([0-9,]+)/).map {
                Int($0.output.1.replacingOccurrences(of: ",", with: ""))!
            }
        }

        @Test func thePilotYearTrains1223PeopleAgainstATargetOf1000() async throws {
            try await withApp { app, _ in
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                let pilot = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
                let id = try pilot.requireID()
                let completed = try await count(
                    app,
                    "SELECT COUNT(DISTINCT e.participant_id) AS n FROM enrolments e JOIN courses c ON c.id = e.course_id WHERE c.cycle_id = \(bind: id) AND e.status = 'completed'"
                )
                #expect(completed == 1_223)
                let rows = try await ProgressQueries.rows(pilot, on: app.db)
                #expect(rows.count == 10)
                #expect(rows.reduce(0) { $0 + $1.target_trained } == 1_000)
                // Unevenly: no two pilot estates trained the same number.
                #expect(Set(rows.map(\.completed)).count == 10)

                let client = TestClient(app)
                try await client.signIn("demo-viewer")
                let page = try await client.get("/cycles/\(id.uuidString.lowercased())")
                #expect(page.body.contains("122.3 %"))
                let home = try await client.get("/")
                #expect(home.body.contains("ผ่านการอบรม 1,223 จากเป้าหมาย 1,000 คน"))

                // Every age group has people, and none is younger than the bands allow.
                let groups = try await ProgressQueries.ageGroups(pilot, bands: .default, on: app.db)
                #expect(Set(groups.map(\.age_group)) == ["working_age", "near_retirement", "elderly"])
                #expect(groups.reduce(0) { $0 + $1.completed } == 1_223)
                let children = try await count(
                    app,
                    "SELECT COUNT(*) AS n FROM participants WHERE birth_date > \(bind: "2003-10-01")"
                )
                #expect(children == 0)

                // 2563: ten more estates, every one with people, part-way through the year.
                let second = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2563).first())
                let secondRows = try await ProgressQueries.rows(second, on: app.db)
                #expect(secondRows.count == 10)
                #expect(secondRows.allSatisfy { $0.registered > 0 && $0.enrolled > 0 && $0.completed > 0 })
                let secondCompleted = secondRows.reduce(0) { $0 + $1.completed }
                #expect(secondCompleted > 200 && secondCompleted < 1_000)
                #expect(second.nameEn.hasPrefix("FY 2020 (BE 2563)"))

                // Consents name every partner, so a trainer's and a bank's lists are never empty.
                for organisation in ["DSD", "GSB", "SMEDBANK", "TCG", "TPQI"] {
                    let shared = try await count(
                        app,
                        "SELECT COUNT(*) AS n FROM participant_shares s JOIN organisations o ON o.id = s.organisation_id WHERE o.code = \(bind: organisation)"
                    )
                    #expect(shared > 100, "\(organisation) has \(shared) people")
                }
                let versions = try await count(
                    app,
                    "SELECT COUNT(*) AS n FROM consents WHERE given_on < \(bind: "2025-10-01") AND text_version <> \(bind: "TH-2562.1")"
                )
                #expect(versions == 0)
            }
        }

        @Test func everyCountOpensExactlyThePeopleBehindIt() async throws {
            try await withApp { app, _ in
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2563).first())
                let cycleID = try cycle.requireID().uuidString.lowercased()
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let page = try await client.get("/cycles/\(cycleID)")
                #expect(page.status == .ok)
                let bangpoo = try await Fixtures(app: app).estate("LAEMCHABANG").requireID()
                let rows = try await ProgressQueries.rows(cycle, on: app.db)
                let row = try #require(rows.first { $0.estate_id == bangpoo })
                for (stage, expected) in [
                    ("registered", row.registered), ("enrolled", row.enrolled), ("completed", row.completed),
                ] {
                    let people = try await listed(
                        client,
                        "/participants?cycle=\(cycleID)&stage=\(stage)&estate=\(bangpoo.uuidString)"
                    )
                    #expect(people.count == expected, "\(stage): \(people.count) listed, \(expected) counted")
                }
                // The totals, and the whole cycle's enrolled list (it used to answer 500).
                let totals = try #require(page.body.range(of: "<tfoot>").map { page.body[$0.upperBound...] })
                let enrolledTotal = figures(totals)[2]
                #expect(enrolledTotal == rows.reduce(0) { $0 + $1.enrolled })
                let everyone = try await listed(client, "/participants?cycle=\(cycleID)&stage=enrolled")
                #expect(everyone.count == enrolledTotal)

                // A completed person moves to another estate: their seat stays with the course's
                // estate, in the count and in the list behind it.
                let people = try await listed(
                    client,
                    "/participants?cycle=\(cycleID)&stage=completed&estate=\(bangpoo.uuidString)"
                )
                let moved = try #require(try await Participant.find(UUID(uuidString: people[0]), on: app.db))
                moved.$estate.id = try await Fixtures(app: app).estate("BANGPOO").requireID()
                try await moved.save(on: app.db)
                let after = try #require(
                    try await ProgressQueries.rows(cycle, on: app.db).first { $0.estate_id == bangpoo }
                )
                #expect(after.completed == row.completed)
                let stillListed = try await listed(
                    client,
                    "/participants?cycle=\(cycleID)&stage=completed&estate=\(bangpoo.uuidString)"
                )
                #expect(stillListed.count == after.completed)
            }
        }

        @Test func anOfficerSeesTheirEstatesFiguresAndTheProgrammeTotalAsText() async throws {
            try await withApp { app, _ in
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                let pilot = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
                let id = try pilot.requireID().uuidString.lowercased()
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let page = try await officer.get("/cycles/\(id)")
                #expect(page.body.contains("นิคมอุตสาหกรรมบางปู"))
                #expect(!page.body.contains("นิคมอุตสาหกรรมบางชัน"))
                #expect(page.body.contains("ทั้งโครงการ: ผ่านการอบรม 1,223 คน จากเป้าหมาย 1,000 คน (122.3 %)"))
                let bangpoo = try await Fixtures(app: app).estate("BANGPOO").requireID()
                let row = try #require(
                    try await ProgressQueries.rows(pilot, on: app.db).first { $0.estate_id == bangpoo }
                )
                let totals = try #require(page.body.range(of: "<tfoot>").map { page.body[$0.upperBound...] })
                #expect(Array(figures(totals).prefix(4)) == [100, row.registered, row.enrolled, row.completed])
                // The total's link opens exactly that many people: the officer's own.
                let everyone = try await listed(officer, "/participants?cycle=\(id)&stage=completed")
                #expect(everyone.count == row.completed)
                // Their age table covers their estates too.
                let ages = try await ProgressQueries.ageGroups(pilot, bands: .default, estates: [bangpoo], on: app.db)
                #expect(ages.reduce(0) { $0 + $1.completed } == row.completed)
                let home = try await officer.get("/")
                #expect(home.body.contains("ผ่านการอบรม \(row.completed.grouped) จากเป้าหมาย 100 คน"))
            }
        }

        @Test func theAgeTableNeverCountsSomeoneInABandTheirAgeIsOutside() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let cycle = try await fixtures.cycle()
                let course = try await fixtures.course(in: cycle)
                // 16 on 1 October 2019; the cycle's bands then start at 18.
                let young = try await fixtures.register(id: "1111111111119", birth: "1/6/2546")
                _ = try await Courses.enrol(
                    [try young.requireID()],
                    in: course,
                    by: try await fixtures.principal("demo-admin"),
                    at: app.sanfan.clock.now(),
                    on: app.db
                )
                cycle.ageBands = "18,50,60"
                try await cycle.save(on: app.db)
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                let page = try await client.get("/cycles/\(try cycle.requireID().uuidString.lowercased())")
                #expect(page.body.contains("อายุต่ำกว่า 18 ปี (นอกช่วงวัย)"))
                let bands = try #require(AgeBands(parsing: "18,50,60"))
                let groups = try await ProgressQueries.ageGroups(cycle, bands: bands, on: app.db)
                #expect(groups.first { $0.age_group == "outside" }?.enrolled == 1)
                #expect(groups.first { $0.age_group == "working_age" } == nil)
            }
        }

        @Test func englishNamesEveryFiscalYearOneWay() async throws {
            try await withApp { app, _ in
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                let client = TestClient(app)
                try await client.signIn("demo-admin")
                _ = try await client.post("/language", form: [("lang", "en"), ("back", "/")])
                let home = try await client.get("/")
                #expect(home.body.contains("FY 2019 (BE 2562)"))
                #expect(!home.body.contains("Fiscal year 2563") && !home.body.contains("Fiscal year 2562"))
                let cycles = try await client.get("/cycles")
                #expect(!cycles.body.contains("Fiscal year 256"))
            }
        }
    }
}

extension AppTests.DemoStoryTests {
    @Test func theStartUpBannerNamesEveryDemoAccountWhole() {
        let lines = SanfanServeCommand.demoAccountLines()
        for account in DemoData.accounts {
            #expect(lines.contains { $0.contains(" \(account.username) ") }, "\(account.username) is cut")
        }
    }

    @Test func englishListsEstatesInEnglishOrder() async throws {
        try await withApp { app, _ in
            try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
            let pilot = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
            let client = TestClient(app)
            try await client.signIn("demo-admin")
            _ = try await client.post("/language", form: [("lang", "en"), ("back", "/")])
            let page = try await client.get("/cycles/\(try pilot.requireID().uuidString.lowercased())")
            // The first table: target against actual (the livelihoods table repeats the estates below).
            let progress = String(page.body.split(separator: "id=\"livelihoods\"").first ?? "")
            let names = progress.matches(of: /<th class="estate-name" scope="row">([^<]+)</).map {
                String($0.output.1)
            }
            .filter { $0 != "Total" }
            #expect(names.count == 10)
            #expect(names == names.sorted { $0.lowercased() < $1.lowercased() }, "\(names)")
            let trainer = TestClient(app)
            try await trainer.signIn("demo-trainer")
            // The trainer's registry menu leads somewhere: people who shared with DSD.
            let list = try await trainer.get("/participants")
            #expect(list.body.matches(of: /<a href="\/participants\/[0-9a-f-]{36}">/).count > 10)
        }
    }
}

extension AppTests.DemoStoryTests {
    @Test func theApiListsThePeopleBehindEachFigureAndTheAgeGroups() async throws {
        try await withApp { app, _ in
            try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
            let cycle = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2563).first())
            let estate = try await Fixtures(app: app).estate("LAEMCHABANG").requireID()
            let row = try #require(try await ProgressQueries.rows(cycle, on: app.db).first { $0.estate_id == estate })
            let client = TestClient(app)
            let token = try await AppTests.APITests().token(client, "demo-admin")
            for (stage, expected) in [
                ("registered", row.registered), ("enrolled", row.enrolled), ("completed", row.completed),
            ] {
                var ids: [UUID] = []
                var after: String?
                repeat {
                    var path =
                        "/api/v1/participants?limit=200&cycle_id=\(try cycle.requireID())&stage=\(stage)&estate_id=\(estate)"
                    if let after { path += "&after=\(after)" }
                    let page = try await client.api(.GET, path, token: token).json(ParticipantsAPIController.Page.self)
                    ids += page.items.map(\.id)
                    after = page.next
                } while after != nil
                #expect(ids.count == expected, "\(stage)")
            }
            let unknown = try await client.api(
                .GET,
                "/api/v1/participants?cycle_id=\(try cycle.requireID())&stage=dreaming",
                token: token
            )
            #expect(unknown.status == .unprocessableEntity)
            let item = try await client.api(.GET, "/api/v1/cycles/\(try cycle.requireID())", token: token)
                .json(CyclesAPIController.CycleItem.self)
            let groups = try #require(item.age_groups)
            let completed = try await ProgressQueries.rows(cycle, on: app.db).reduce(0) { $0 + $1.completed }
            #expect(groups.reduce(0) { $0 + $1.completed } == completed)
        }
    }
}

extension AppTests.DemoStoryTests {
    @Test func everyTotalOnTheCyclePagesEqualsADirectCount() async throws {
        try await withApp { app, _ in
            try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
            let client = TestClient(app)
            try await client.signIn("demo-admin")
            let home = try await client.get("/")
            for cycle in try await Cycle.query(on: app.db).all() {
                let id = try cycle.requireID()
                let window = ProgressQueries.registrationWindow(cycle)
                let registered = try await count(
                    app,
                    "SELECT COUNT(*) AS n FROM participants WHERE created_at >= \(bind: window.from) AND created_at < \(bind: window.to) AND estate_id IN (SELECT estate_id FROM cycle_estates WHERE cycle_id = \(bind: id))"
                )
                let enrolled = try await count(
                    app,
                    "SELECT COUNT(DISTINCT e.participant_id) AS n FROM enrolments e, courses c WHERE c.id = e.course_id AND c.cycle_id = \(bind: id) AND e.status IN ('enrolled', 'completed')"
                )
                let completed = try await count(
                    app,
                    "SELECT COUNT(DISTINCT e.participant_id) AS n FROM enrolments e, courses c WHERE c.id = e.course_id AND c.cycle_id = \(bind: id) AND e.status = 'completed'"
                )
                let trained = try await count(
                    app,
                    "SELECT CAST(SUM(target_trained) AS BIGINT) AS n FROM cycle_estates WHERE cycle_id = \(bind: id)"
                )
                let page = try await client.get("/cycles/\(id.uuidString.lowercased())")
                let totals = try #require(page.body.range(of: "<tfoot>").map { page.body[$0.upperBound...] })
                #expect(Array(figures(totals).prefix(4)) == [trained, registered, enrolled, completed])
                #expect(home.body.contains("ผ่านการอบรม \(completed.grouped) จากเป้าหมาย \(trained.grouped) คน"))
                #expect(home.body.contains("เข้าอบรม \(enrolled.grouped) คน"))
            }
        }
    }
}
