/// What a user is to the programme. Stored as its raw string, never as a database enum.
public enum Role: String, CaseIterable, Codable, Sendable {
    /// IEAT HQ programme staff: everything.
    case admin
    /// An estate's community-relations officer: only the estates assigned.
    case estateOfficer = "estate_officer"
    /// A user of a partner organisation (bank, training provider, assessor): only records shared with it.
    case partner
    /// Executives and the board: dashboards, never personal data.
    case viewer
}
