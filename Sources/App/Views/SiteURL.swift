import Foundation

/// Every path the site links to, typed, so a renamed route cannot leave a dead link behind.
enum SiteURL {
    case home
    case signIn
    case signOut
    case language
    case estates
    case users
    case newUser
    case user(UUID)
    case userPassword(UUID)
    case userActive(UUID)
    case audit
    case participants
    case newParticipant
    case participant(UUID)
    case editParticipant(UUID)
    case revealParticipantID(UUID)
    case participantConsent(UUID)
    case participantConsentForm(UUID)
    case blankConsentForm
    case communities
    case newCommunity
    case community(UUID)
    case cycles
    case newCycle
    case cycle(UUID)
    case editCycle(UUID)
    case cycleTargets(UUID)
    case cycleTargetsCSV(UUID)
    case cycleTargetsImport(UUID)
    case courses
    case newCourse
    case course(UUID)
    case editCourse(UUID)
    case courseSessions(UUID)
    case courseEnrol(UUID)
    case enrolmentDrop(UUID)
    case enrolmentOverride(UUID)
    case attendance(UUID)
    case signInSheet(UUID)
    case health
    case openAPI

    var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/login"
        case .signOut: "/logout"
        case .language: "/language"
        case .estates: "/estates"
        case .users: "/admin/users"
        case .newUser: "/admin/users/new"
        case .user(let id): "/admin/users/\(id.uuidString.lowercased())"
        case .userPassword(let id): "/admin/users/\(id.uuidString.lowercased())/password"
        case .userActive(let id): "/admin/users/\(id.uuidString.lowercased())/active"
        case .audit: "/admin/audit"
        case .participants: "/participants"
        case .newParticipant: "/participants/new"
        case .participant(let id): "/participants/\(id.uuidString.lowercased())"
        case .editParticipant(let id): "/participants/\(id.uuidString.lowercased())/edit"
        case .revealParticipantID(let id): "/participants/\(id.uuidString.lowercased())/reveal-id"
        case .participantConsent(let id): "/participants/\(id.uuidString.lowercased())/consent"
        case .participantConsentForm(let id): "/participants/\(id.uuidString.lowercased())/consent-form"
        case .blankConsentForm: "/participants/consent-form"
        case .communities: "/communities"
        case .newCommunity: "/communities/new"
        case .community(let id): "/communities/\(id.uuidString.lowercased())"
        case .cycles: "/cycles"
        case .newCycle: "/cycles/new"
        case .cycle(let id): "/cycles/\(id.uuidString.lowercased())"
        case .editCycle(let id): "/cycles/\(id.uuidString.lowercased())/edit"
        case .cycleTargets(let id): "/cycles/\(id.uuidString.lowercased())/targets"
        case .cycleTargetsCSV(let id): "/cycles/\(id.uuidString.lowercased())/targets.csv"
        case .cycleTargetsImport(let id): "/cycles/\(id.uuidString.lowercased())/targets/import"
        case .courses: "/courses"
        case .newCourse: "/courses/new"
        case .course(let id): "/courses/\(id.uuidString.lowercased())"
        case .editCourse(let id): "/courses/\(id.uuidString.lowercased())/edit"
        case .courseSessions(let id): "/courses/\(id.uuidString.lowercased())/sessions"
        case .courseEnrol(let id): "/courses/\(id.uuidString.lowercased())/enrol"
        case .enrolmentDrop(let id): "/enrolments/\(id.uuidString.lowercased())/drop"
        case .enrolmentOverride(let id): "/enrolments/\(id.uuidString.lowercased())/completion"
        case .attendance(let id): "/sessions/\(id.uuidString.lowercased())/attendance"
        case .signInSheet(let id): "/sessions/\(id.uuidString.lowercased())/sign-in-sheet"
        case .health: "/health"
        case .openAPI: "/api/openapi.json"
        }
    }
}
