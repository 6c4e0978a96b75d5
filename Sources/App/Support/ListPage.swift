import Vapor

/// One page of a list read newest first, 200 at a time: `?page=2` is the next 200. A list asks
/// for one row more than it shows, so it knows whether there is a next page without counting.
struct ListPage: Sendable {
    static let size = 200

    let number: Int

    init(_ req: Request) {
        number = min(max(req.query[Int.self, at: "page"] ?? 1, 1), 10_000)
    }

    var offset: Int { (number - 1) * Self.size }
    /// What to ask the query for: one more than a page.
    var limit: Int { Self.size + 1 }

    /// The rows to show, and the next page's number when there are more.
    func split<Row>(_ rows: [Row]) -> (rows: [Row], next: Int?) {
        (Array(rows.prefix(Self.size)), rows.count > Self.size ? number + 1 : nil)
    }

    /// The request's own path and query with `page` set to `next`.
    static func path(_ req: Request, page next: Int) -> String {
        var components = URLComponents()
        components.path = req.url.path
        let kept = (URLComponents(string: req.url.string)?.queryItems ?? []).filter { $0.name != "page" }
        components.queryItems = kept + [URLQueryItem(name: "page", value: String(next))]
        return components.string ?? req.url.path
    }
}
