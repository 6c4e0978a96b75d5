import Fluent
import Foundation

/// Which estates an estate officer is assigned to.
final class UserEstate: Model, @unchecked Sendable {
    static let schema = "user_estates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Parent(key: "estate_id") var estate: Estate

    init() {}

    init(userID: UUID, estateID: UUID) {
        self.$user.id = userID
        self.$estate.id = estateID
    }
}
