/// Which registered people are likely the same person, for the duplicate review. Pure: the scan
/// reads the registry in birth-date order and in phone order and hands each group of people with
/// the same birth date (or the same phone) to `pairs`.
public enum DuplicateRules {
    /// Why a pair is shown.
    public enum Reason: String, Sendable, CaseIterable, Codable {
        /// The same national ID (the registry's unique index should make this impossible: report it).
        case sameNationalID = "same_national_id"
        /// The same birth date, and names alike by a `NameSimilarity` rule.
        case birthDateAndName = "birth_date_and_name"
        /// The same phone number, and first names that sound alike (a surname changes on marriage).
        case phoneAndName = "phone_and_name"
    }

    public struct Person: Sendable, Equatable {
        public let id: String
        public let firstName: String
        public let lastName: String
        public let birthDate: String
        public let phone: String?

        public init(id: String, firstName: String, lastName: String, birthDate: String, phone: String?) {
            self.id = id
            self.firstName = firstName
            self.lastName = lastName
            self.birthDate = birthDate
            self.phone = phone
        }
    }

    /// A likely duplicate: `first` sorts before `second` by id, so a pair has one spelling.
    public struct Pair: Sendable, Equatable, Hashable {
        public let first: String
        public let second: String
        public let reason: Reason
        /// The name rule that matched, for the two name reasons.
        public let rule: NameSimilarity.Rule?

        public init(_ a: String, _ b: String, reason: Reason, rule: NameSimilarity.Rule?) {
            (first, second) = a < b ? (a, b) : (b, a)
            self.reason = reason
            self.rule = rule
        }
    }

    /// Pairs among people born on one day: bucketed by the loosest name key, so a day's group of
    /// a few dozen costs one key each, then compared within a bucket.
    public static func sameBirthDate(_ group: [Person]) -> [Pair] {
        guard group.count > 1 else { return [] }
        var buckets: [String: [Person]] = [:]
        for person in group {
            buckets[NameSimilarity.soundKey(person.firstName + " " + person.lastName), default: []].append(person)
        }
        var pairs: [Pair] = []
        for bucket in buckets.values where bucket.count > 1 {
            for (index, a) in bucket.enumerated() {
                for b in bucket[(index + 1)...] {
                    guard let rule = NameSimilarity.match((a.firstName, a.lastName), (b.firstName, b.lastName))
                    else { continue }
                    pairs.append(Pair(a.id, b.id, reason: .birthDateAndName, rule: rule))
                }
            }
        }
        return pairs
    }

    /// Pairs among people with one phone number whose first names sound alike. A household's
    /// shared phone with different first names is no duplicate.
    public static func samePhone(_ group: [Person]) -> [Pair] {
        guard group.count > 1 else { return [] }
        // Bucketed too: an office number shared by hundreds must not cost hundreds squared.
        var buckets: [String: [Person]] = [:]
        for person in group { buckets[NameSimilarity.soundKey(person.firstName), default: []].append(person) }
        var pairs: [Pair] = []
        for bucket in buckets.values where bucket.count > 1 {
            for (index, a) in bucket.enumerated() {
                for b in bucket[(index + 1)...] {
                    guard let rule = NameSimilarity.match((a.firstName, ""), (b.firstName, "")) else { continue }
                    pairs.append(Pair(a.id, b.id, reason: .phoneAndName, rule: rule))
                }
            }
        }
        return pairs
    }
}
