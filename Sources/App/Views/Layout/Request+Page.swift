import Plot
import Vapor

extension Request {
    /// Everything the layout needs, read from the request once. Consumes a pending flash message.
    func pageContext(flash: String? = nil) -> PageContext {
        let pending = self.flash
        if pending != nil { self.flash = nil }
        return PageContext(
            t: localizer,
            viewer: currentUser.map { .init(displayName: $0.displayName, role: $0.role) },
            csrfToken: csrfToken(),
            path: url.path,
            nav: PageContext.navigation(for: principal),
            flash: flash ?? pending
        )
    }
}

extension HTML {
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}
