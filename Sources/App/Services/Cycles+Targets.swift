import Fluent
import Foundation
import SanfanCore

extension Cycles {
    /// Targets typed for some of a cycle's estates: the page's grid (`trained_<estate id>`, …) and
    /// the API's list decode into this one input, which `saveTargets` validates once.
    struct TargetsInput: Sendable, Decodable {
        struct Row: Sendable {
            var trained = "0"
            var certified = "0"
            var livelihoods = "0"
            var income = "0"
        }

        var rows: [UUID: Row] = [:]

        static let fields = ["trained", "certified", "livelihoods", "income"]

        init() {}

        /// The grid on the targets page: one text box per estate and figure.
        init(form: [String: String]) {
            for (name, value) in form {
                guard let split = name.firstIndex(of: "_"),
                    let estate = UUID(uuidString: String(name[split...].dropFirst()))
                else { continue }
                var row = rows[estate] ?? Row()
                switch name[..<split] {
                case "trained": row.trained = value
                case "certified": row.certified = value
                case "livelihoods": row.livelihoods = value
                case "income": row.income = value
                default: continue
                }
                rows[estate] = row
            }
        }

        /// The API's body: `{"targets": [{"estate_id": …, "trained": 120, …}]}`.
        init(from decoder: any Decoder) throws {
            struct Item: Decodable {
                var row = Row()
                let estateID: UUID
                init(from decoder: any Decoder) throws {
                    let c = try decoder.container(keyedBy: FieldKey.self)
                    guard let id = try c.text(FieldKey("estate_id")).flatMap(UUID.init(uuidString:)) else {
                        throw DecodingError.dataCorruptedError(
                            forKey: FieldKey("estate_id"),
                            in: c,
                            debugDescription: "estate_id must be a UUID"
                        )
                    }
                    estateID = id
                    if let text = try c.text(FieldKey("trained")) { row.trained = text }
                    if let text = try c.text(FieldKey("certified")) { row.certified = text }
                    if let text = try c.text(FieldKey("livelihoods")) { row.livelihoods = text }
                    if let text = try c.text(FieldKey("income_per_community_baht")) { row.income = text }
                }
            }
            let c = try decoder.container(keyedBy: FieldKey.self)
            for item in try c.decode([Item].self, forKey: FieldKey("targets")) { rows[item.estateID] = item.row }
        }

        /// The field a figure was typed in: `trained_<estate id>`.
        static func field(_ figure: String, _ estate: UUID) -> String {
            "\(figure)_\(estate.uuidString.lowercased())"
        }
    }

    /// Saves typed targets for estates already in the cycle: all or none. A row for an estate
    /// outside the cycle, a figure that is not a whole number from 0 to 10,000,000, an amount that
    /// is not baht, or a closed cycle refuses the lot, naming each field.
    static func saveTargets(
        _ input: TargetsInput,
        in cycle: Cycle,
        by principal: Principal,
        at now: Date,
        on database: any Database
    ) async throws {
        let inCycle = Set(try await CycleQueries.estates(of: cycle.requireID(), on: database).map(\.$estate.id))
        var errors = FieldErrors()
        var targets: [UUID: TargetSheet.Target] = [:]
        for (estate, row) in input.rows {
            guard inCycle.contains(estate) else {
                errors["targets"] = .estateNotInCycle
                continue
            }
            func count(_ figure: String, _ typed: String) -> Int {
                let plain = ThaiText.normalise(typed).replacingOccurrences(of: ",", with: "")
                guard let value = Int(plain.isEmpty ? "0" : plain), value >= 0, value <= 10_000_000 else {
                    errors[TargetsInput.field(figure, estate)] = .notANumber
                    return 0
                }
                return value
            }
            var target = TargetSheet.Target(
                trained: count("trained", row.trained),
                certified: count("certified", row.certified),
                livelihoods: count("livelihoods", row.livelihoods)
            )
            if let income = Satang.parseBaht(row.income) {
                target.income = income
            } else {
                errors[TargetsInput.field("income", estate)] = .amountInvalid
            }
            targets[estate] = target
        }
        if errors.isEmpty, !CycleRules.canChange(cycle.status, principal) { errors["targets"] = .cycleClosed }
        guard errors.isEmpty else { throw errors }
        try await setTargets(targets, in: cycle, addingEstates: false, by: principal, at: now, on: database)
    }
}
