import Fluent
import Foundation
import SanfanCore
import Testing
import VaporTesting

@testable import App

extension AppTests {
    /// Every role against every registry page and API route: the access policy, applied inside the
    /// queries, must give the same answer everywhere.
    @Suite struct ScopingTests {
        struct World {
            let bangpooShared: Participant  // Bang Poo, consented to GSB
            let bangpooPrivate: Participant  // Bang Poo, no sharing
            let bangplee: Participant  // Bang Plee, consented to GSB
        }

        func world(_ app: Application) async throws -> World {
            let fixtures = Fixtures(app: app)
            _ = try await fixtures.otherOfficer()
            return World(
                bangpooShared: try await fixtures.register(
                    first: "แบ่งปัน",
                    id: SyntheticPeople.nationalID(number: 11).digits,
                    consents: ["programme", "finance:GSB"]
                ),
                bangpooPrivate: try await fixtures.register(
                    first: "ส่วนตัว",
                    id: SyntheticPeople.nationalID(number: 12).digits
                ),
                bangplee: try await fixtures.register(
                    first: "บางพลี",
                    id: SyntheticPeople.nationalID(number: 13).digits,
                    estate: "BANGPLEE",
                    consents: ["programme", "finance:GSB"]
                )
            )
        }

        func token(_ client: TestClient, _ username: String, _ password: String = "sanfan-demo") async throws -> String
        {
            let page = try await client.api(
                .POST,
                "/api/v1/auth/token",
                json: #"{"username":"\#(username)","password":"\#(password)"}"#
            )
            return try page.json(APITests.Token.self).token
        }

        /// (username, password, people they must see, people they must not)
        func expectations(_ w: World) -> [(String, String, [Participant], [Participant])] {
            [
                ("demo-admin", "sanfan-demo", [w.bangpooShared, w.bangpooPrivate, w.bangplee], []),
                ("demo-officer", "sanfan-demo", [w.bangpooShared, w.bangpooPrivate], [w.bangplee]),
                ("bangplee.officer", "a-long-password", [w.bangplee], [w.bangpooShared, w.bangpooPrivate]),
                ("demo-partner", "sanfan-demo", [w.bangpooShared, w.bangplee], [w.bangpooPrivate]),
            ]
        }

        @Test func pagesShowEachRoleExactlyItsPeople() async throws {
            try await withApp { app, _ in
                let w = try await world(app)
                for (username, password, visible, hidden) in expectations(w) {
                    let client = TestClient(app)
                    try await client.signIn(username, password: password)
                    let list = try await client.get("/participants")
                    #expect(list.status == .ok)
                    for person in visible {
                        #expect(list.body.contains(person.displayName), "\(username) should list \(person.firstNameTh)")
                        #expect(try await client.get(SiteURL.participant(try person.requireID()).path).status == .ok)
                    }
                    for person in hidden {
                        #expect(!list.body.contains(person.displayName), "\(username) listed \(person.firstNameTh)")
                        let search = try await client.get(
                            "/participants?q=" + person.firstNameTh.addingPercentEncoding(
                                withAllowedCharacters: .alphanumerics
                            )!
                        )
                        #expect(!search.body.contains(person.displayName))
                        let id = try person.requireID()
                        #expect(
                            try await client.get(SiteURL.participant(id).path).status == .notFound,
                            "\(username) opened \(person.firstNameTh)"
                        )
                        let consentForm = try await client.get(SiteURL.participantConsentForm(id).path)
                        #expect(consentForm.status == .notFound || consentForm.status == .forbidden)
                        let edit = try await client.get(SiteURL.editParticipant(id).path)
                        #expect(edit.status == .notFound || edit.status == .forbidden)
                    }
                }
            }
        }

        @Test func theApiAgreesWithThePages() async throws {
            try await withApp { app, _ in
                let w = try await world(app)
                let client = TestClient(app)
                for (username, password, visible, hidden) in expectations(w) {
                    let token = try await token(client, username, password)
                    let list = try await client.api(.GET, "/api/v1/participants", token: token)
                    #expect(list.status == .ok)
                    let ids = Set(try list.json(ParticipantsAPIController.Page.self).items.map(\.id))
                    #expect(ids == Set(try visible.map { try $0.requireID() }), "\(username) API list")
                    for person in hidden {
                        let id = try person.requireID()
                        let get = try await client.api(.GET, "/api/v1/participants/\(id)", token: token)
                        #expect(get.status == .notFound)
                        #expect(get.apiError?.code == "not_found")
                        let patch = try await client.api(
                            .PATCH,
                            "/api/v1/participants/\(id)",
                            json: #"{"last_name_th":"x"}"#,
                            token: token
                        )
                        // 404 for an editor outside their estates; 403 from the route's gate for a
                        // role that edits no one (as on the pages). Either way nothing changes.
                        #expect(patch.status == .notFound || patch.status == .forbidden)
                        #expect(try await Participant.find(id, on: app.db)?.lastNameTh != "x")
                    }
                }
            }
        }

        @Test func aViewerSeesNoOneAnywhere() async throws {
            try await withApp { app, _ in
                let w = try await world(app)
                let client = TestClient(app)
                try await client.signIn("demo-viewer")
                #expect(try await client.get("/participants").status == .forbidden)
                #expect(
                    try await client.get(SiteURL.participant(try w.bangpooShared.requireID()).path).status == .forbidden
                )
                #expect(!(try await client.get("/").body.contains("/participants")))
                let token = try await token(client, "demo-viewer")
                #expect(try await client.api(.GET, "/api/v1/participants", token: token).status == .forbidden)
                let get = try await client.api(
                    .GET,
                    "/api/v1/participants/\(try w.bangpooShared.requireID())",
                    token: token
                )
                #expect(get.status == .forbidden)
                let post = try await client.api(.POST, "/api/v1/participants", json: "{}", token: token)
                #expect(post.status == .forbidden)
                #expect(try await client.get("/communities").status == .forbidden)
            }
        }

        @Test func partnersAndOtherOfficersCannotChangePeople() async throws {
            try await withApp { app, _ in
                let w = try await world(app)
                let fixtures = Fixtures(app: app)
                let partner = TestClient(app)
                try await partner.signIn("demo-partner")
                #expect(try await partner.get("/participants/new").status == .forbidden)
                let bangpoo = try await fixtures.estate("BANGPOO").requireID().uuidString
                #expect(
                    try await partner.post("/participants", form: registrationForm(estateID: bangpoo)).status
                        == .forbidden
                )
                let id = try w.bangpooShared.requireID()
                #expect(
                    try await partner.post(SiteURL.participant(id).path, form: registrationForm(estateID: bangpoo))
                        .status == .forbidden
                )
                #expect(
                    try await partner.post(
                        SiteURL.participantConsent(id).path,
                        form: [("item", "publicity"), ("granted", "1")]
                    ).status == .forbidden
                )
                let partnerToken = try await token(partner, "demo-partner")
                let created = try await partner.api(
                    .POST,
                    "/api/v1/participants",
                    json: #"{"first_name_th":"x"}"#,
                    token: partnerToken
                )
                #expect(created.status == .forbidden)
                #expect(try await partner.get("/communities").status == .forbidden)

                // An officer cannot register into, or move someone to, an estate that is not theirs.
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                _ = try await officer.get("/participants/new")
                let bangplee = try await fixtures.estate("BANGPLEE").requireID().uuidString
                let page = try await officer.post("/participants", form: registrationForm(estateID: bangplee))
                #expect(page.status == .unprocessableEntity)
                #expect(page.body.contains("คุณไม่มีสิทธิ์บันทึกข้อมูลของนิคมนี้"))
                let token = try await token(officer, "demo-officer")
                let moved = try await officer.api(
                    .PATCH,
                    "/api/v1/participants/\(try w.bangpooPrivate.requireID())",
                    json: #"{"estate_id":"\#(bangplee)"}"#,
                    token: token
                )
                #expect(moved.status == .unprocessableEntity)
                #expect(moved.apiError?.fields?["estate_id"] != nil)
                #expect(try await Participant.find(w.bangpooPrivate.id, on: app.db)?.$estate.id.uuidString == bangpoo)
            }
        }

        @Test func communitiesAreManagedOnlyForOnesOwnEstates() async throws {
            try await withApp { app, _ in
                let fixtures = Fixtures(app: app)
                let officer = TestClient(app)
                try await officer.signIn("demo-officer")
                _ = try await officer.get("/communities/new")
                let bangpoo = try await fixtures.estate("BANGPOO").requireID().uuidString
                let created = try await officer.post(
                    "/communities",
                    form: [
                        ("estate_id", bangpoo), ("name_th", "ชุมชนบ้านคลองด่าน"), ("subdistrict_code", "110101"),
                        ("households", "๑๒๐"),
                    ]
                )
                #expect(created.status == .seeOther)
                let community = try #require(try await Community.query(on: app.db).first())
                #expect(community.households == 120)
                let bangplee = try await fixtures.estate("BANGPLEE").requireID().uuidString
                let refused = try await officer.post(
                    "/communities",
                    form: [("estate_id", bangplee), ("name_th", "ชุมชนอื่น"), ("subdistrict_code", "110101")]
                )
                #expect(refused.status == .unprocessableEntity)
                _ = try await fixtures.otherOfficer()
                let other = TestClient(app)
                try await other.signIn("bangplee.officer", password: "a-long-password")
                #expect(try await other.get(SiteURL.community(try community.requireID()).path).status == .notFound)
                #expect(!(try await other.get("/communities").body.contains("ชุมชนบ้านคลองด่าน")))
            }
        }
    }
}
