import Foundation

/// The page for 403, 404 and every other error: a plain message in the user's language, never a trace.
enum ErrorPage {
    struct Model: Sendable {
        let title: String
        let message: String
    }
}
