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
        let batch = 2_000
        var inserted = 0
        while inserted < count {
            let size = min(batch, count - inserted)
            var people: [BulkPeople.Person] = []
            people.reserveCapacity(size)
            for offset in 0..<size {
                let place = places[Int.random(in: 0..<places.count, using: &generator.rng)]
                // Registered during the estate's programme year, so each cycle's counts are its own.
                let registered =
                    place.registeredFrom.map {
                        $0.addingTimeInterval(
                            Double(Int.random(in: 0..<(place.registrationDays * 86_400), using: &generator.rng))
                        )
                    } ?? now
                // Aged on the day they registered, never on today: old enough then, as the form requires.
                let person = generator.next(today: .containing(registered), index: startIndex + inserted + offset)
                var row = BulkPeople.Person(
                    createdAt: registered,
                    estate: place.estate,
                    community: place.community,
                    fields: person.fields(subdistrict: place.subdistrict)
                )
                let day = ThaiCalendar.Day.containing(registered)
                let version = ConsentCatalogue.textVersion(on: day)
                func consent(_ purpose: Consent.Purpose, _ recipient: UUID?, _ granted: Bool) {
                    row.consents.append(
                        .init(
                            purpose: purpose,
                            recipient: recipient,
                            granted: granted,
                            textVersion: version,
                            givenOn: day.iso,
                            channel: .paper,
                            recordedBy: nil,
                            recordedByName: "demo"
                        )
                    )
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
                people.append(row)
            }
            let rows = people
            try await database.writing { db in _ = try await BulkPeople.insert(rows, vault: vault, on: db) }
            inserted += size
            progress?(inserted)
        }
        return inserted
    }
}
