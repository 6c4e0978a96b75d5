import Foundation

/// A request from a person about their own data (PDPA sections 30–36), as the register records it.
public enum DataRequestKind: String, CaseIterable, Sendable, Codable {
    /// s.30: to see what is held, and how it was obtained.
    case access
    /// s.30: a copy of it.
    case copy
    /// s.31: the data in a machine-readable form, for themselves or another controller.
    case portability
    /// s.35–36: to correct what is wrong or incomplete.
    case rectification
    /// s.33: to erase or anonymise.
    case erasure
    /// s.34: to stop using it for a while (kept, not processed).
    case restriction
    /// s.32: to object to a use.
    case objection
    /// s.19: to withdraw a consent given.
    case withdrawal

    /// The section of the Act the request rests on, shown beside it.
    public var section: String {
        switch self {
        case .access, .copy: "30"
        case .portability: "31"
        case .rectification: "35–36"
        case .erasure: "33"
        case .restriction: "34"
        case .objection: "32"
        case .withdrawal: "19"
        }
    }

    /// Whether answering it means handing the person their data (the document and its JSON).
    public var handsOverData: Bool { self == .access || self == .copy || self == .portability }
}

/// How the request reached the programme.
public enum DataRequestChannel: String, CaseIterable, Sendable, Codable {
    case inPerson = "in_person"
    case letter
    case phone
    case email
    /// Passed on by a partner (a bank, an assessor) the person asked.
    case partner
}

public enum DataRequestStatus: String, CaseIterable, Sendable, Codable {
    case open
    /// Done as asked.
    case done
    /// Refused, with the reason the Act allows (recorded with it).
    case refused
}

/// The register's rules: what a request needs, and when it is due.
public enum DataRequestRules {
    /// The day the Act's rights took effect (1 June 2565, after two postponements).
    public static let actInForce = ThaiCalendar.Day(year: 2022, month: 6, day: 1)

    /// The Act's time limit: within 30 days of receiving the request (s.30 para. 3).
    public static let daysAllowed = 30

    public static func due(receivedOn day: ThaiCalendar.Day) -> ThaiCalendar.Day {
        let date = ThaiCalendar.gregorian.date(byAdding: .day, value: daysAllowed, to: day.startInBangkok)!
        return .containing(date)
    }

    /// Days left until it is due: 0 on the day itself, negative once overdue.
    public static func daysLeft(due: ThaiCalendar.Day, today: ThaiCalendar.Day) -> Int {
        ThaiCalendar.gregorian.dateComponents([.day], from: today.startInBangkok, to: due.startInBangkok).day ?? 0
    }
}
