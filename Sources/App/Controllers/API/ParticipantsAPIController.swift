import Fluent
import Foundation
import SanfanCore
import Vapor

/// `/api/v1/participants`: the registry for other systems, with the same validation and the same
/// access policy as the pages.
enum ParticipantsAPIController {
    struct Item: Content {
        let id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let first_name_en: String?
        let last_name_en: String?
        let gender: String
        /// Absent when the reader is not shown it (`Disclosure`), like every optional field here.
        let birth_date: String?
        let age_group: String?
        let national_id_masked: String?
        let phone: String?
        let estate_id: UUID
        let community_id: UUID?
    }

    struct Detail: Content {
        let id: UUID
        let prefix: String
        let first_name_th: String
        let last_name_th: String
        let first_name_en: String?
        let last_name_en: String?
        let gender: String
        let birth_date: String?
        let age_group: String?
        let national_id_masked: String?
        let no_id_reason: String?
        let phone: String?
        let house_no: String?
        let moo: Int?
        let soi: String?
        let road: String?
        let subdistrict_code: Int
        let education_level: String?
        let prior_occupation: String?
        let baseline_income_satang: Int64?
        let disability: String?
        let notes: String?
        let estate_id: UUID
        let community_id: UUID?
        /// Every decision for staff; a partner gets only the one about sharing with itself.
        let consents: [String: Bool]
    }

    struct Page: Content {
        let items: [Item]
        /// Pass as `after` for the next page; absent on the last.
        let next: String?

        /// Written by hand (`JSONWriter`), not by `JSONEncoder`: the same JSON, a list's worth faster.
        func encodeResponse(for request: Request) async throws -> Response {
            var json = JSONWriter(capacity: 512 * items.count + 64)
            json.beginObject()
            json.array("items") { json in
                for item in items {
                    json.beginObject()
                    json.member("id", item.id)
                    json.member("prefix", item.prefix)
                    json.member("first_name_th", item.first_name_th)
                    json.member("last_name_th", item.last_name_th)
                    json.member("first_name_en", item.first_name_en)
                    json.member("last_name_en", item.last_name_en)
                    json.member("gender", item.gender)
                    json.member("birth_date", item.birth_date)
                    json.member("age_group", item.age_group)
                    json.member("national_id_masked", item.national_id_masked)
                    json.member("phone", item.phone)
                    json.member("estate_id", item.estate_id)
                    json.member("community_id", item.community_id)
                    json.endObject()
                }
            }
            json.member("next", next)
            json.endObject()
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: json.bytes)))
        }
    }

    static func list(req: Request) async throws -> Page {
        let principal = try req.requirePrincipal()
        let deps = ParticipantController.dependencies(req)
        let today = ThaiCalendar.Day.containing(deps.clock.now())
        var filter = ParticipantQueries.Filter(search: String((req.query[String.self, at: "q"] ?? "").prefix(100)))
        filter.searchable = Disclosure.fields(for: principal)
        filter.estateID = req.query[UUID.self, at: "estate_id"]
        filter.communityID = req.query[UUID.self, at: "community_id"]
        filter.ageGroup = req.query[String.self, at: "age_group"].flatMap(AgeGroup.init(rawValue:))
        filter.gender = req.query[String.self, at: "gender"].flatMap(Gender.init(rawValue:))
        filter.after = req.query[String.self, at: "after"].flatMap(ParticipantQueries.Cursor.init(token:))
        // The people behind a figure of target against actual, as the page links them.
        if let cycleID = req.query[UUID.self, at: "cycle_id"] {
            let stage = req.query[String.self, at: "stage"] ?? ""
            guard let cycle = try await CycleQueries.find(cycleID, on: req.db),
                try await ParticipantQueries.narrow(&filter, to: stage, of: cycle, on: req.db)
            else { throw FieldErrors(fields: ["stage": .unknownChoice]) }
        }
        let limit = min(max(req.query[Int.self, at: "limit"] ?? ParticipantQueries.pageSize, 1), 200)
        let rows = try await ParticipantQueries.page(
            filter,
            scope: AccessPolicy.recordScope(for: principal),
            today: today,
            bands: deps.bands,
            vault: deps.vault,
            limit: limit,
            on: req.db
        )
        let page = rows.prefix(limit)
        let shown = Disclosure.fields(for: principal)
        return Page(
            items: page.map { row in
                Item(
                    id: row.id,
                    prefix: row.prefix,
                    first_name_th: row.first_name_th,
                    last_name_th: row.last_name_th,
                    first_name_en: row.first_name_en,
                    last_name_en: row.last_name_en,
                    gender: row.gender,
                    birth_date: shown.contains(.birthDate) ? row.birth_date : nil,
                    age_group: ThaiCalendar.Day(iso: row.birth_date).flatMap { deps.bands.group(born: $0, on: today) }?
                        .rawValue,
                    national_id_masked: shown.contains(.nationalID)
                        ? row.national_id_sealed.flatMap { try? deps.vault.open($0).masked } : nil,
                    phone: shown.contains(.phone) ? row.phone : nil,
                    estate_id: row.estate_id,
                    community_id: row.community_id
                )
            },
            next: rows.count > limit
                ? page.last.map { ParticipantQueries.Cursor(sortKey: $0.sort_key, id: $0.id).token } : nil
        )
    }

    static func get(req: Request) async throws -> Detail {
        try await detail(try await req.scoped.participant(), req)
    }

    static func create(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let submission = try req.input(Registry.Submission.self)
        let participant = try await run {
            try await Registry.register(
                submission,
                by: principal,
                deps: ParticipantController.dependencies(req),
                on: req.db
            )
        }
        let response = Response(status: .created)
        try response.content.encode(try await detail(participant, req), as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/participants/\(try participant.requireID())")
        return response
    }

    static func update(req: Request) async throws -> Detail {
        let principal = try req.requirePrincipal()
        let participant = try await req.scoped.editableParticipant()
        // A PATCH changes only what it names: the stored person with the body laid over it.
        var submission = try req.patch(try Registry.Submission(stored: participant, vault: req.sanfan.vault))
        submission.consents = []
        try await run {
            try await Registry.update(
                participant,
                with: submission,
                by: principal,
                deps: ParticipantController.dependencies(req),
                on: req.db
            )
        }
        return try await detail(participant, req)
    }

    /// Gives or withdraws one consent item, recorded as given to the officer in person.
    static func changeConsent(req: Request) async throws -> Detail {
        let participant = try await req.scoped.editableParticipant()
        try await Registry.changeConsent(
            try req.input(Registry.ConsentChange.self),
            for: participant,
            channel: .inPerson,
            by: req.requirePrincipal(),
            deps: ParticipantController.dependencies(req),
            on: req.db
        )
        return try await detail(participant, req)
    }

    // MARK: - Helpers

    /// Registry failures as API errors: 422 with each field, 409 for a possible duplicate.
    @discardableResult
    private static func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let duplicate as Registry.PossibleDuplicate {
            throw ApiError(
                .conflict,
                code: "possible_duplicate",
                .possibleDuplicate,
                arguments: [duplicate.estateNames.joined(separator: ", ")]
            )
        }
    }

    private static func detail(_ p: Participant, _ req: Request) async throws -> Detail {
        let deps = ParticipantController.dependencies(req)
        let today = ThaiCalendar.Day.containing(deps.clock.now())
        let principal = try req.requirePrincipal()
        let shown = Disclosure.fields(for: principal)
        let decisions = try await ConsentCatalogue.current(for: try p.requireID(), on: req.db).filter {
            Disclosure.showsConsent(to: $0.value.$recipient.id, for: principal)
        }
        func ifShown<T>(_ field: PersonalField, _ value: T?) -> T? { shown.contains(field) ? value : nil }
        let street = shown.contains(.streetAddress)
        return Detail(
            id: try p.requireID(),
            prefix: p.prefix,
            first_name_th: p.firstNameTh,
            last_name_th: p.lastNameTh,
            first_name_en: p.firstNameEn,
            last_name_en: p.lastNameEn,
            gender: p.gender,
            birth_date: ifShown(.birthDate, p.birthDate),
            age_group: ThaiCalendar.Day(iso: p.birthDate).flatMap { deps.bands.group(born: $0, on: today) }?.rawValue,
            national_id_masked: ifShown(.nationalID, p.nationalIDSealed.flatMap { try? deps.vault.open($0).masked }),
            no_id_reason: ifShown(.nationalID, p.noIDReason),
            phone: ifShown(.phone, p.phone),
            house_no: street ? p.houseNo : nil,
            moo: street ? p.moo : nil,
            soi: street ? p.soi : nil,
            road: street ? p.road : nil,
            subdistrict_code: p.subdistrictCode,
            education_level: ifShown(.education, p.educationLevel),
            prior_occupation: ifShown(.priorOccupation, p.priorOccupation),
            baseline_income_satang: ifShown(.baselineIncome, p.baselineIncomeSatang),
            disability: ifShown(.disability, p.disability),
            notes: ifShown(.notes, p.notes),
            estate_id: p.$estate.id,
            community_id: p.$community.id,
            consents: decisions.mapValues(\.granted)
        )
    }
}
