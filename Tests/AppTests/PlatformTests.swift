import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App

extension AppTests {
    @Suite struct PlatformTests {
        @Test func referenceDataIsCompleteAndSeedingTwiceChangesNothing() async throws {
            try await withApp { app, _ in
                let counts = try await ReferenceData.counts(on: app.db)
                #expect(counts.provinces == 77)
                #expect(counts.districts == 928)
                #expect(counts.subdistricts == 7_436)
                #expect(counts.estates >= 19)
                #expect(counts.occupations >= 12)

                let programme = try await Estate.query(on: app.db).filter(\.$programmeYear != nil).all()
                #expect(programme.filter { $0.programmeYear == 2562 }.count == 10)
                #expect(programme.count >= 19)
                let bangpoo = try #require(try await Estate.query(on: app.db).filter(\.$code == "BANGPOO").first())
                #expect(bangpoo.provinceCode == 11)

                let kinds = Set(try await Organisation.query(on: app.db).all().map(\.kind))
                #expect(kinds.isSuperset(of: [.bank, .guarantor, .certifyingBody, .trainingProvider, .authority]))
                let noStandard = try await Occupation.query(on: app.db).filter(\.$certifyingBody == .none).count()
                #expect(noStandard >= 2)  // phone and small-boat engine repair

                // An admin's correction survives a second seed.
                bangpoo.nameEn = "Bang Poo Industrial Estate"
                try await bangpoo.save(on: app.db)
                try await ReferenceData.seed(on: app.db)
                #expect(try await ReferenceData.counts(on: app.db) == counts)
                #expect(try await Estate.find(bangpoo.id, on: app.db)?.nameEn == "Bang Poo Industrial Estate")
            }
        }

        @Test func subdistrictsCarryTheirPostcodes() async throws {
            try await withApp { app, _ in
                struct Row: Decodable {
                    let name_th: String
                    let postcode: String
                }
                let rows = try await app.db.sql.select().columns("name_th", "postcode")
                    .from("subdistricts").where("code", .equal, 110_101).all(decoding: Row.self)
                #expect(rows.first?.name_th == "ปากน้ำ")
                #expect(rows.first?.postcode == "10270")
            }
        }

        @Test func visitorsSwitchLanguageWithACookieAndUsersKeepTheirChoice() async throws {
            try await withApp { app, _ in
                let visitor = TestClient(app)
                _ = try await visitor.get("/login")
                let switched = try await visitor.post("/language", form: [("lang", "en"), ("back", "/login")])
                #expect(switched.status == .seeOther)
                #expect(switched.location == "/login")
                let english = try await visitor.get("/login")
                #expect(english.body.contains(#"<html lang="en">"#))
                #expect(english.body.contains("<h1>Sign in</h1>"))

                let user = TestClient(app)
                try await user.signIn("demo-viewer")
                _ = try await user.post("/language", form: [("lang", "en"), ("back", "/")])
                let stored = try #require(try await User.query(on: app.db).filter(\.$username == "demo-viewer").first())
                #expect(stored.language == "en")
                // On another device, with no cookie, the account's choice still holds.
                let otherDevice = TestClient(app)
                try await otherDevice.signIn("demo-viewer")
                #expect(try await otherDevice.get("/").body.contains("Hello"))
            }
        }

        @Test func unknownPagesAreA404InTheUsersLanguage() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let page = try await client.get("/no/such/page")
                #expect(page.status == .notFound)
                #expect(page.body.contains("ไม่พบหน้าที่ต้องการ"))
                try await client.signIn("demo-admin")
                let missingUser = try await client.get("/admin/users/\(UUID().uuidString)")
                #expect(missingUser.status == .notFound)
                #expect(missingUser.body.contains("ออกจากระบบ"))  // the layout knows who is signed in
            }
        }

        @Test func anUnexpectedErrorShowsAPlainPageNotItsInsides() async throws {
            struct Boom: Error, CustomStringConvertible {
                var description: String { "SECRET internal detail" }
            }
            try await withApp { app, _ in
                app.get("boom") { _ -> String in throw Boom() }
                app.get("api", "v1", "boom") { _ -> String in throw Boom() }
                let client = TestClient(app)
                let page = try await client.get("/boom")
                #expect(page.status == .internalServerError)
                #expect(page.body.contains("เกิดข้อผิดพลาด"))
                #expect(!page.body.contains("SECRET"))
                let api = try await client.api(.GET, "/api/v1/boom")
                #expect(api.status == .internalServerError)
                #expect(api.apiError?.code == "server_error")
                #expect(!api.body.contains("SECRET"))
            }
        }

        @Test func anEmptyChoiceIsSentAsEmptyNotAsItsLabel() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                let form = try await client.get("/participants/new")
                // Plot drops empty attributes; a bare option would submit its label instead.
                #expect(form.body.contains("<option value selected=\"selected\">— ไม่ระบุชุมชน —</option>"))
            }
        }

        @Test func demoAccountsAreNeverAddedToADatabaseWithRealAccounts() async throws {
            try await withApp(demoAccounts: false) { app, _ in
                let deps = Accounts.Dependencies(passwords: app.sanfan.passwords, clock: app.sanfan.clock)
                _ = try await Accounts.create(
                    .init(username: "real.admin", displayName: "Real", password: "a-real-password", role: "admin"),
                    by: .commandLine,
                    on: app.db,
                    deps
                )
                #expect(try await DemoData.createAccounts(on: app.db, deps) == .refused)
                #expect(try await User.query(on: app.db).count() == 1)
            }
        }

        @Test func userCommandReadsRepeatedEstatesAndRefusesUnknownOptions() throws {
            let options = try UserCommand.parse([
                "--username", "u1", "--role", "estate_officer", "--estate", "BANGPOO", "--estate", "BANGPLEE",
            ])
            #expect(options["estate"] == ["BANGPOO", "BANGPLEE"])
            #expect(throws: CommandLineError.self) { try UserCommand.parse(["--password", "x"]) }
            #expect(throws: CommandLineError.self) { try UserCommand.parse(["--role"]) }
        }
    }
}
