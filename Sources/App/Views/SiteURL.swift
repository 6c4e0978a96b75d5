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
        case .health: "/health"
        case .openAPI: "/api/openapi.json"
        }
    }
}
