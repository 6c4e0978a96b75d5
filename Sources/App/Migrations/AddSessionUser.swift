import Fluent
import SQLKit

/// A session names its account in a column (issue 14), so one statement reads the session with the
/// account and its access (`AuthQueries`). Sessions written before keep working: their account is
/// read by the id in their data (`CurrentUser`) until they are next written.
struct AddSessionUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sessions").field("user_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sessions").deleteField("user_id").update()
    }
}
