import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor
import VaporTesting

@testable import App

/// The dashboard as each role meets it on the demo data: what is shown, what is protected, what
/// links where, and the files it gives.
extension AppTests {
    @Suite struct DashboardTests {
        static func seedDemo(_ app: Application) async throws {
            try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
            try await DemoAssessments.seed(on: app.db, now: app.sanfan.clock.now())
            try await DemoLivelihoods.seed(on: app.db, now: app.sanfan.clock.now())
        }

        @Test func aViewerCannotWorkOutAnySmallCountFromAnyOneTable() async throws {
            try await withApp { app, _ in
                try await Self.seedDemo(app)
                let cycles = try await CycleQueries.all(on: app.db)
                let viewer = Principal(userID: UUID(), username: "v", role: .viewer)
                let admin = Principal(userID: UUID(), username: "a", role: .admin)
                let bands = app.sanfan.settings.ageBands
                let breakdowns = Breakdown.allCases
                for chosen in [cycles, [cycles.last!]] {
                    let shown = try await DashboardFigures.load(
                        cycles: chosen,
                        filter: .init(),
                        principal: viewer,
                        bands: bands,
                        breakdowns: breakdowns,
                        on: app.db
                    )
                    let truth = try await DashboardFigures.load(
                        cycles: chosen,
                        filter: .init(),
                        principal: admin,
                        bands: bands,
                        breakdowns: breakdowns,
                        on: app.db
                    )
                    #expect(!shown.exact && truth.exact)
                    var smallCells = 0
                    for breakdown in breakdowns {
                        let table = try #require(shown.tables[breakdown])
                        let real = try #require(truth.tables[breakdown])
                        for indicator in Indicator.allCases {
                            let total = real.total[indicator]?.exactCount ?? 0
                            let cells = real.groups.map { real.figure($0, indicator).exactCount ?? 0 }
                            let seen = real.groups.map { table.figure($0, indicator) }
                            // Every number shown is true; every hidden one is what it claims to be.
                            for (count, figure) in zip(cells, seen) {
                                switch figure.count {
                                case .exact(let n): #expect(n == count && (n == 0 || n >= 5))
                                case .fewerThanFive:
                                    #expect((1...4).contains(count))
                                    #expect(figure.satang == nil)
                                    smallCells += 1
                                case .withheld: #expect(count >= 5)
                                }
                            }
                            // Where the cells add up to the total, subtraction is an attack: every
                            // hidden small cell must still have at least two possible values.
                            guard cells.reduce(0, +) == total, let shownTotal = table.total[indicator]?.exactCount
                            else {
                                continue
                            }
                            #expect(shownTotal == total)
                            let hiddenSum = total - seen.compactMap(\.exactCount).reduce(0, +)
                            let small = seen.filter { $0.count == .fewerThanFive }.count
                            let large = seen.filter { $0.count == .withheld }.count
                            for _ in 0..<small {
                                // This cell's range: others small take 1–4, withheld take ≥ 5.
                                let othersLow = (small - 1) + large * 5
                                let high = min(4, hiddenSum - othersLow)
                                let low = large > 0 ? 1 : max(1, hiddenSum - (small - 1) * 4)
                                #expect(high - low >= 1, "\(breakdown) \(indicator): a small cell is pinned")
                            }
                        }
                    }
                    // The demo has small groups (months, provinces, the elderly of one gender): the
                    // rule is exercised, not vacuous.
                    #expect(smallCells > 0)
                    // The headline never shows a total that a table had to withhold.
                    for indicator in Indicator.allCases {
                        if shown.tables.values.contains(where: { $0.total[indicator]?.exactCount == nil }) {
                            #expect(shown.headline[indicator]?.exactCount == nil)
                        }
                    }
                }
            }
        }

        @Test func eachRoleSeesItsOwnShareAndTheLinksItMayFollow() async throws {
            try await withApp { app, _ in
                try await Self.seedDemo(app)
                let pilot = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
                let id = try pilot.requireID().uuidString.lowercased()

                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let page = try await admin.get("/dashboard?cycle=\(id)")
                #expect(page.status == .ok)
                #expect(page.body.contains("ภาพรวมโครงการ"))
                // 1,223 trained in the pilot year against 1,000, linked to exactly those people.
                #expect(page.body.contains(">1,223<"))
                #expect(page.body.contains("/participants?cycle=\(id)&amp;stage=completed"))
                #expect(page.body.contains("<svg class=\"chart-svg\""))
                #expect(page.body.contains("<svg class=\"map-svg\""))
                #expect(page.body.contains("CC BY-IGO 3.0"))
                // The link opens the people trained in that cycle.
                let list = try await admin.get("/participants?cycle=\(id)&stage=completed")
                #expect(list.status == .ok && list.body.contains("แสดงเฉพาะผู้ผ่านการอบรมในรอบปีงบประมาณ 2562"))

                let viewer = TestClient(app)
                try await viewer.signIn("demo-viewer")
                let seen = try await viewer.get("/dashboard?cycle=\(id)")
                #expect(seen.status == .ok)
                #expect(seen.body.contains(">1,223<"))
                #expect(!seen.body.contains("/participants?"))
                #expect(seen.body.contains("ตัวเลข 1–4 คนแสดงเป็น &lt;5"))

                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let own = try await officer.get("/dashboard?cycle=\(id)")
                #expect(own.status == .ok)
                #expect(!own.body.contains(">1,223<"))
                #expect(own.body.contains("class=\"notice\""))

                let bank = TestClient(app)
                try await bank.signIn("demo-partner")
                let share = try await bank.get("/dashboard?cycle=\(id)")
                #expect(share.status == .ok)
                #expect(share.body.contains("นับเฉพาะผู้ที่ยินยอมให้ข้อมูลกับหน่วยงานของท่าน"))
                #expect(!share.body.contains(">1,223<"))

                // The API gives the page's numbers; a viewer's API is protected the same way.
                struct Indicators: Decodable {
                    struct Item: Decodable {
                        let indicator: String
                        let count: Int?
                        let shown: String
                    }
                    struct Group: Decodable {
                        let key: String
                        let figures: [Item]
                    }
                    let exact: Bool
                    let totals: [Item]
                    let groups: [Group]?
                }
                let token = try await APITests().token(admin, "demo-admin")
                let api = try await admin.api(.GET, "/api/v1/indicators?cycle=\(id)&group_by=gender", token: token)
                #expect(api.status == .ok)
                let figures = try api.json(Indicators.self)
                #expect(figures.exact)
                #expect(figures.totals.first { $0.indicator == "completed" }?.count == 1_223)
                let byGender = (figures.groups ?? []).compactMap {
                    $0.figures.first { $0.indicator == "completed" }?.count
                }
                #expect(byGender.reduce(0, +) == 1_223)
                let viewerToken = try await APITests().token(viewer, "demo-viewer")
                let protected = try await viewer.api(.GET, "/api/v1/indicators?group_by=province", token: viewerToken)
                let shown = try protected.json(Indicators.self)
                #expect(!shown.exact)
                #expect(
                    (shown.groups ?? []).flatMap(\.figures).allSatisfy { ($0.count ?? 5) == 0 || ($0.count ?? 5) >= 5 }
                )
                let bad = try await admin.api(.GET, "/api/v1/indicators?group_by=shoe_size", token: token)
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.apiError != nil)
                let nobody = try await admin.api(.GET, "/api/v1/indicators")
                #expect(nobody.status == .unauthorized)

                // The report prints the same figures.
                let report = try await admin.get("/dashboard/report?cycle=\(id)")
                #expect(report.status == .ok)
                #expect(report.body.contains("รายงานผลการดำเนินโครงการ ปีงบประมาณ 2562"))
                #expect(report.body.contains(">1,223<"))
                #expect(report.body.contains("/styles/print.css"))
            }
        }

        @Test func exportsAreRealFilesWithinTheReadersScopeAndAudited() async throws {
            try await withApp { app, _ in
                try await Self.seedDemo(app)
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                // CSV: a BOM, then rows a CSV reader takes back.
                let csv = try await admin.get("/dashboard.csv")
                #expect(csv.status == .ok)
                #expect(csv.headers.contentType?.subType == "csv")
                #expect(csv.body.hasPrefix("\u{FEFF}"))
                let rows = CSV.parse(String(csv.body.dropFirst()))
                #expect(rows.contains { $0.first == "ผ่านการอบรม" })

                // The registry, all of it for HQ, a row per person, no national ID.
                let people = try await Participant.query(on: app.db).count()
                let registry = try await admin.get("/exports/registry?format=csv")
                #expect(registry.status == .ok)
                let lines = CSV.parse(String(registry.body.dropFirst())).filter { !$0.isEmpty && $0 != [""] }
                #expect(lines.count == people + 1)
                #expect(!registry.body.contains("national_id"))

                // An officer's export holds their estates' people only.
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                let principal = try #require(
                    try await User.query(on: app.db).filter(\.$username == "demo-officer").first()
                )
                let estates = try await UserEstate.query(on: app.db).filter(\.$user.$id == principal.requireID()).all()
                    .map(\.$estate.id)
                let theirs = try await Participant.query(on: app.db).filter(\.$estate.$id ~~ estates).count()
                let own = try await officer.get("/exports/registry?format=csv")
                let ownLines = CSV.parse(String(own.body.dropFirst())).filter { !$0.isEmpty && $0 != [""] }
                #expect(ownLines.count == theirs + 1 && theirs < people)

                // A viewer may not export people; a bank exports its own loans only.
                let viewer = TestClient(app)
                try await viewer.signIn("demo-viewer")
                #expect(try await viewer.get("/exports/registry").status == .forbidden)
                let bank = TestClient(app)
                try await bank.signIn("demo-partner")
                let loans = try await bank.get("/exports/loans?format=csv")
                #expect(loans.status == .ok)
                let loanLines = CSV.parse(String(loans.body.dropFirst())).filter { !$0.isEmpty && $0 != [""] }
                #expect(loanLines.count > 1)
                #expect(loanLines.dropFirst().allSatisfy { $0.count > 1 && $0[1] == "ออมสิน" })

                // The workbook opens with a reader and keeps Thai and numbers.
                var headers = HTTPHeaders()
                headers.replaceOrAdd(
                    name: .cookie,
                    value: admin.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
                )
                let response = try await app.testing().sendRequest(.GET, "/dashboard.xlsx", headers: headers)
                #expect(response.status == .ok)
                let sheet = try XLSX.firstSheetRows(Array(buffer: response.body))
                #expect(sheet.first?.first == "ตัวชี้วัด")
                #expect(sheet.contains { $0.first == "ผ่านการอบรม" && Int($0[2]) != nil })

                // Every export is in the audit log, with its row count.
                struct Event: Decodable {
                    let entity_id: String
                    let after: String?
                    let actor_username: String
                }
                let events = try await app.db.sql.raw(
                    "SELECT entity_id, after, actor_username FROM audit_events WHERE action = 'export'"
                ).all(decoding: Event.self)
                #expect(Set(events.map(\.entity_id)) == ["dashboard", "registry", "loans"])
                #expect(
                    events.contains {
                        $0.entity_id == "registry" && ($0.after ?? "").contains("\"rows\":\"\(people)\"")
                    }
                )
            }
        }
    }
}
