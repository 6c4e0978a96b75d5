/// The sign-in page: what was typed (never the password) and what went wrong.
enum SignIn {
    struct Model: Sendable {
        var username = ""
        /// Where to go after signing in; only ever a local path.
        var next = "/"
        var error: String?
        var notice: String?
    }
}
