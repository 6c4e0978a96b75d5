import Fluent
import Foundation
import SQLKit
import SanfanCore
import Testing
import Vapor

@testable import App

/// Who is asking is read in one statement per request (`AuthQueries`), and still afresh: a change to
/// the account takes effect on the next request.
extension AppTests {
    @Suite struct AuthLookupTests {
        struct Me: Decodable {
            let username: String
            let estate_ids: [UUID]
        }

        @Test func aTokenIsReadWithItsAccountAndAccessInOneStatement() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                let token = try await client.api(
                    .POST,
                    "/api/v1/auth/token",
                    json: #"{"username":"demo-officer","password":"sanfan-demo"}"#
                )
                struct Token: Decodable { let token: String }
                let bearer = try token.json(Token.self).token
                let me = try await client.api(.GET, "/api/v1/me", token: bearer)
                #expect(me.status == .ok)
                #expect(me.headers.first(name: "X-Sanfan-Statements") == "1")
                let before = try me.json(Me.self)
                #expect(before.username == "demo-officer")
                #expect(!before.estate_ids.isEmpty)
                // Another estate, given to the officer, is theirs on the next request.
                let user = try #require(
                    try await User.query(on: app.db).filter(\.$username == "demo-officer").first()?.requireID()
                )
                let other = try #require(
                    try await Estate.query(on: app.db).all().first { !before.estate_ids.contains($0.id!) }?.id
                )
                try await UserEstate(userID: user, estateID: other).create(on: app.db)
                let after = try await client.api(.GET, "/api/v1/me", token: bearer).json(Me.self)
                #expect(Set(after.estate_ids) == Set(before.estate_ids + [other]))
                // Disabled: the token no longer works.
                try await app.db.sql.raw("UPDATE users SET is_active = \(bind: false) WHERE id = \(bind: user)").run()
                #expect(try await client.api(.GET, "/api/v1/me", token: bearer).status == .unauthorized)
            }
        }

        @Test func aSessionWrittenBeforeSessionsNamedTheirAccountStillSignsIn() async throws {
            try await withApp { app, _ in
                let client = TestClient(app)
                try await client.signIn("demo-officer")
                struct Session: Decodable { let user_id: UUID? }
                let named = try await app.db.sql.raw("SELECT user_id FROM sessions").all(decoding: Session.self)
                #expect(!named.isEmpty && named.allSatisfy { $0.user_id != nil })
                try await app.db.sql.raw("UPDATE sessions SET user_id = NULL").run()
                let home = try await client.get("/")
                #expect(home.status == .ok)
                #expect(home.body.contains("สมศรี ใจดี"))
                try await app.db.sql.raw("UPDATE users SET is_active = \(bind: false) WHERE username = 'demo-officer'")
                    .run()
                #expect(try await client.get("/").status == .seeOther)
            }
        }
    }
}

extension AppTests {
    /// Every SQLite connection the app reads through is tuned (`SQLiteTuning`), not only the first.
    @Suite struct SQLiteTuningTests {
        struct Value: Decodable {
            let mmap_size: Int?
            let cache_size: Int?
        }

        @Test func everyEventLoopsConnectionMapsTheFileAndKeepsALargeCache() async throws {
            try await withApp(onDisk: true) { app, _ in
                guard app.db.isSQLite else { return }
                var loops = 0
                for loop in app.eventLoopGroup.makeIterator() {
                    let db = try #require(app.databases.database(logger: app.logger, on: loop))
                    let mmap = try await db.sql.raw("PRAGMA mmap_size").first(decoding: Value.self)
                    let cache = try await db.sql.raw("PRAGMA cache_size").first(decoding: Value.self)
                    #expect(mmap?.mmap_size == SQLiteTuning.mmapBytes)
                    #expect(cache?.cache_size == -SQLiteTuning.cacheKiB)
                    loops += 1
                }
                #expect(loops == System.coreCount)
            }
        }
    }
}

extension AppTests {
    /// An officer with no estates, or opening a cycle that covers none of theirs, sees no figures of
    /// other estates on the home or cycle page: never the whole programme's.
    @Suite struct OfficerFigureTests {
        @Test func anOfficerWithoutEstatesSeesNoFiguresOfOthers() async throws {
            try await withApp { app, _ in
                try await DemoProgramme.seed(on: app.db, vault: app.sanfan.vault, now: app.sanfan.clock.now())
                try await User(
                    username: "lonely.officer",
                    displayName: "ไม่มีนิคม",
                    passwordHash: try await app.sanfan.passwords.hash("a-long-password"),
                    role: .estateOfficer
                ).create(on: app.db)
                let pilot = try #require(try await Cycle.query(on: app.db).filter(\.$fiscalYear == 2562).first())
                let admin = TestClient(app)
                try await admin.signIn("demo-admin")
                let full = try await admin.get(SiteURL.cycle(try pilot.requireID()).path)
                #expect(full.body.contains("age-groups"))
                #expect(try await admin.get("/").body.contains(SiteURL.cycle(try pilot.requireID()).path))

                let officer = TestClient(app)
                try await officer.signIn("lonely.officer", password: "a-long-password")
                let home = try await officer.get("/")
                #expect(home.status == .ok)
                #expect(!home.body.contains(SiteURL.cycle(try pilot.requireID()).path))
                let page = try await officer.get(SiteURL.cycle(try pilot.requireID()).path)
                #expect(page.status == .ok)
                #expect(!page.body.contains("age-groups"))
            }
        }
    }
}
