import Fluent
import Foundation
import SanfanCore

/// One fiscal year of the programme (ปีงบประมาณ, 1 October – 30 September, named by its BE year).
final class Cycle: Model, @unchecked Sendable {
    static let schema = "cycles"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "fiscal_year") var fiscalYear: Int
    @Field(key: "name_th") var nameTh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "status") var status: CycleStatus
    /// The cycle's own age-group bands (`55,60`), when they differ from the programme's.
    @OptionalField(key: "age_bands") var ageBands: String?

    init() {}

    /// The first and last day of the fiscal year, as ISO days.
    var dayRange: (first: String, last: String) {
        let bounds = ThaiCalendar.fiscalYearBounds(fiscalYear)
        func iso(_ c: DateComponents) -> String {
            ThaiCalendar.Day(year: c.year!, month: c.month!, day: c.day!).iso
        }
        return (iso(bounds.start), iso(bounds.end))
    }
}

extension Cycle: Auditable {
    static let auditEntity = "cycle"

    var auditSnapshot: [String: String] {
        [
            "fiscal_year": String(fiscalYear), "name_th": nameTh, "name_en": nameEn, "status": status.rawValue,
            "age_bands": ageBands ?? "",
        ]
    }
}

/// An estate taking part in a cycle, with its targets.
final class CycleEstate: Model, @unchecked Sendable {
    static let schema = "cycle_estates"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Parent(key: "cycle_id") var cycle: Cycle
    @Parent(key: "estate_id") var estate: Estate
    @Field(key: "target_trained") var trained: Int
    @Field(key: "target_certified") var certified: Int
    @Field(key: "target_livelihoods") var livelihoods: Int
    @Field(key: "target_income_satang") var incomeSatang: Int64

    init() {}

    var target: TargetSheet.Target {
        get { .init(trained: trained, certified: certified, livelihoods: livelihoods, income: Satang(incomeSatang)) }
        set {
            trained = newValue.trained
            certified = newValue.certified
            livelihoods = newValue.livelihoods
            incomeSatang = newValue.income.value
        }
    }
}

extension CycleEstate: Auditable {
    static let auditEntity = "cycle_target"

    var auditSnapshot: [String: String] {
        [
            "cycle_id": $cycle.id.uuidString.lowercased(), "estate_id": $estate.id.uuidString.lowercased(),
            "trained": String(trained), "certified": String(certified), "livelihoods": String(livelihoods),
            "income_satang": String(incomeSatang),
        ]
    }
}
