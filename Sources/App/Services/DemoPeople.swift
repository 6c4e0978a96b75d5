import Fluent
import Foundation
import SQLKit
import SanfanCore

/// Synthetic communities and people for demos and benchmarks, inserted in bulk through SQLKit
/// (Fluent's per-row inserts would take minutes at a million). Never real data.
enum DemoPeople {
    struct Place: Sendable {
        let estate: UUID
        let community: UUID
        let subdistrict: Int
        /// When the estate's people registered: the start of its programme year, if it has one.
        var registeredFrom: Date? = nil
        /// Over how many days after `registeredFrom` they registered.
        var registrationDays = 360
    }

    /// Three communities per programme estate, in subdistricts of the estate's own district where
    /// the reference data has it. Idempotent.
    static func ensureCommunities(on database: any Database, now: Date) async throws -> [Place] {
        let sql = database.sql
        let estates = try await EstateQueries.all(on: database, programmeOnly: true)
        var places: [Place] = []
        for estate in estates {
            let registeredFrom = estate.programme_year.map { ProgressQueries.fiscalYearStart($0) }
            let existing = try await Community.query(on: database).filter(\.$estate.$id == estate.id).all()
            // Any communities at all: use them (a district with fewer than three subdistricts gives fewer).
            if !existing.isEmpty {
                places += existing.map {
                    Place(
                        estate: estate.id,
                        community: $0.id!,
                        subdistrict: $0.subdistrictCode,
                        registeredFrom: registeredFrom
                    )
                }
                continue
            }
            struct Sub: Decodable {
                let code: Int
                let name_th: String
            }
            let district = try await CatalogueQueries.find(Estate.self, estate.id, on: database)?.districtTh ?? ""
            let firstDistrict =
                district.split(separator: "/").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            var subs = try await sql.select().column(SQLColumn("code", table: "s")).column(
                SQLColumn("name_th", table: "s")
            )
            .from("subdistricts", as: "s")
            .join(
                "districts",
                as: "d",
                on: SQLColumn("district_code", table: "s"),
                equals: SQLColumn("code", table: "d")
            )
            .where(SQLColumn("province_code", table: "s"), .equal, SQLBind(estate.province_code))
            .where(SQLColumn("name_th", table: "d"), .equal, SQLBind(firstDistrict))
            .orderBy(SQLColumn("code", table: "s")).limit(3).all(decoding: Sub.self)
            if subs.isEmpty {
                subs = try await sql.select().columns("code", "name_th").from("subdistricts")
                    .where("province_code", .equal, SQLBind(estate.province_code)).orderBy("code").limit(3)
                    .all(decoding: Sub.self)
            }
            for (index, sub) in subs.enumerated() {
                let community = Community()
                community.$estate.id = estate.id
                community.nameTh =
                    "ชุมชน\(sub.name_th)" + (index == 0 ? " (บ้านใหม่)" : index == 1 ? " (ริมคลอง)" : " (วัดกลาง)")
                community.subdistrictCode = sub.code
                community.households = 120 + index * 85
                community.isActive = true
                try await community.create(on: database)
                places.append(
                    Place(
                        estate: estate.id,
                        community: community.id!,
                        subdistrict: sub.code,
                        registeredFrom: registeredFrom
                    )
                )
            }
        }
        return places
    }

    /// Inserts `count` synthetic people spread over `places`, with consents and shares. Returns the
    /// number inserted. `startIndex` keeps national IDs unique across runs.
    @discardableResult
    static func create(
        count: Int,
        places: [Place],
        seed: UInt64,
        vault: NationalIDVault,
        today: ThaiCalendar.Day,
        now: Date,
        on database: any Database,
        progress: (@Sendable (Int) -> Void)? = nil
    ) async throws -> Int {
        guard count > 0, !places.isEmpty else { return 0 }
        let startIndex =
            try await ParticipantQueries.count(scope: .everything, on: database) + Int(seed % 1000) * 1_000_000
        let organisations = try await Organisation.query(on: database).all()
        let code = { (c: String) in organisations.first { $0.code == c }?.id }
        let tpqi = code("TPQI")
        let gsb = code("GSB")
        let tcg = code("TCG")
        let dsd = code("DSD")
        let smeBank = code("SMEDBANK")
        var generator = SyntheticPeople(seed: seed)
        let batch = 400
        var inserted = 0
        while inserted < count {
            let size = min(batch, count - inserted)
            var people: [[any SQLExpression]] = []
            var consents: [[any SQLExpression]] = []
            var shares: [[any SQLExpression]] = []
            for offset in 0..<size {
                let place = places[Int.random(in: 0..<places.count, using: &generator.rng)]
                let id = UUID()
                // Registered during the estate's programme year, so each cycle's counts are its own.
                let registered =
                    place.registeredFrom.map {
                        $0.addingTimeInterval(
                            Double(Int.random(in: 0..<(place.registrationDays * 86_400), using: &generator.rng))
                        )
                    } ?? now
                // Aged on the day they registered, never on today: old enough then, as the form requires.
                let person = generator.next(today: .containing(registered), index: startIndex + inserted + offset)
                let keys = Participant.keys(
                    first: person.firstName,
                    last: person.lastName,
                    latinFirst: person.latinFirstName
                )
                people.append([
                    SQLBind(id), SQLBind(registered), SQLBind(registered), SQLBind(place.estate),
                    SQLBind(place.community),
                    SQLBind(person.prefix), SQLBind(person.firstName), SQLBind(person.lastName),
                    SQLBind(person.latinFirstName), SQLBind(person.gender.rawValue), SQLBind(person.birthDate.iso),
                    SQLBind(try vault.seal(person.nationalID)), SQLBind(vault.blindIndex(person.nationalID)),
                    SQLBind(person.phone), SQLBind(person.houseNo), SQLBind(person.moo), SQLBind(place.subdistrict),
                    SQLBind(person.education.rawValue), SQLBind(person.priorOccupation),
                    SQLBind(person.baselineIncome.value), SQLBind(keys.sort), SQLBind(keys.first), SQLBind(keys.last),
                    SQLBind(keys.latin), SQLBind(keys.first + " " + keys.last + "|" + person.birthDate.iso),
                ])
                let version = ConsentCatalogue.textVersion(on: .containing(registered))
                func consent(_ purpose: Consent.Purpose, _ recipient: UUID?, _ granted: Bool) {
                    consents.append([
                        SQLBind(UUID()), SQLBind(registered), SQLBind(id), SQLBind(purpose.rawValue),
                        SQLBind(recipient), SQLBind(granted), SQLBind(version),
                        SQLBind(ThaiCalendar.Day.containing(registered).iso),
                        SQLBind(Consent.Channel.paper.rawValue), SQLBind("demo"),
                    ])
                    if granted, let recipient { shares.append([SQLBind(id), SQLBind(recipient)]) }
                }
                // Most agree to assessment and to one lender; fewer to publicity. Every partner has people.
                consent(.programme, nil, true)
                func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator.rng) < percent }
                if let tpqi { consent(.assessment, tpqi, chance(70)) }
                if let dsd { consent(.assessment, dsd, chance(55)) }
                if let gsb { consent(.finance, gsb, chance(40)) }
                if let smeBank { consent(.finance, smeBank, chance(20)) }
                if let tcg { consent(.finance, tcg, chance(20)) }
                consent(.employment, nil, chance(45))
                consent(.publicity, nil, chance(30))
            }
            let (peopleRows, consentRows, shareRows) = (people, consents, shares)
            try await database.writing { db in
                let sql = db.sql
                try await sql.insert(into: Participant.schema)
                    .columns(
                        "id",
                        "created_at",
                        "updated_at",
                        "estate_id",
                        "community_id",
                        "prefix",
                        "first_name_th",
                        "last_name_th",
                        "first_name_en",
                        "gender",
                        "birth_date",
                        "national_id_sealed",
                        "national_id_index",
                        "phone",
                        "house_no",
                        "moo",
                        "subdistrict_code",
                        "education_level",
                        "prior_occupation",
                        "baseline_income_satang",
                        "sort_key",
                        "first_name_key",
                        "last_name_key",
                        "latin_name_key",
                        "duplicate_key"
                    )
                    .rows(peopleRows).run()
                try await sql.insert(into: Consent.schema)
                    .columns(
                        "id",
                        "created_at",
                        "participant_id",
                        "purpose",
                        "recipient_id",
                        "granted",
                        "text_version",
                        "given_on",
                        "channel",
                        "recorded_by_name"
                    )
                    .rows(consentRows).run()
                if !shareRows.isEmpty {
                    try await sql.insert(into: "participant_shares").columns("participant_id", "organisation_id")
                        .rows(shareRows).run()
                }
            }
            inserted += size
            progress?(inserted)
        }
        return inserted
    }
}
