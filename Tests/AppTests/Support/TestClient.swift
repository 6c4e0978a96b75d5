import Foundation
import NIOCore
import Testing
import VaporTesting

@testable import App

/// A response as a test reads it.
struct Page {
    let status: HTTPResponseStatus
    let headers: HTTPHeaders
    let body: String

    var location: String? { headers.first(name: .location) }

    func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(T.self, from: Data(body.utf8))
    }

    /// The `{"error": {...}}` body of an API error.
    var apiError: ApiErrorBody? { try? json(ApiErrorEnvelope.self).error }
}

/// A browser without a rendering engine: keeps cookies, remembers the last CSRF token it saw,
/// and posts forms the way a browser would.
final class TestClient: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var csrfToken: String?
    var remoteIP = "203.0.113.7"

    init(_ app: Application) { self.app = app }

    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> Page {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; the CSRF token is added unless `csrf` is false.
    func post(_ path: String, form: [(String, String)] = [], csrf: Bool = true) async throws -> Page {
        var fields = form
        if csrf, let token = csrfToken { fields.append(("_csrf", token)) }
        let body = fields.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a file the way a browser's file input does (multipart/form-data), with the CSRF token.
    func upload(
        _ path: String,
        field: String,
        filename: String,
        bytes: [UInt8],
        fields: [(String, String)] = []
    ) async throws -> Page {
        let boundary = "sanfan-test-boundary"
        var body = ByteBuffer()
        if let token = csrfToken {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n")
        }
        for (name, value) in fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\n"
        )
        body.writeString("Content-Type: text/csv\r\n\r\n")
        body.writeBytes(bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: body)
    }

    /// Loads the sign-in page (for its token) and signs in.
    @discardableResult
    func signIn(_ username: String, password: String = "sanfan-demo") async throws -> Page {
        _ = try await get("/login")
        let page = try await post("/login", form: [("username", username), ("password", password), ("next", "/")])
        if page.status == .seeOther { _ = try await get("/") }  // pick up the new session's token
        return page
    }

    /// A JSON request to the API, with a bearer token if given.
    func api(_ method: HTTPMethod, _ path: String, json: String? = nil, token: String? = nil) async throws -> Page {
        var headers = HTTPHeaders()
        if json != nil { headers.contentType = .json }
        if let token { headers.bearerAuthorization = .init(token: token) }
        return try await send(
            method,
            path,
            headers: headers,
            body: json.map { ByteBuffer(string: $0) },
            useCookies: false
        )
    }

    func send(
        _ method: HTTPMethod,
        _ path: String,
        headers: HTTPHeaders,
        body: ByteBuffer?,
        useCookies: Bool = true
    )
        async throws -> Page
    {
        var headers = headers
        if useCookies, !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        headers.replaceOrAdd(name: .xForwardedFor, value: remoteIP)
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        let page = Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
        if useCookies { remember(page) }
        return page
    }

    func forgetCookie(_ name: String) { cookies[name] = nil }

    private func remember(_ page: Page) {
        for header in page.headers[.setCookie] {
            let pair = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let expired =
                header.lowercased().contains("max-age=0") || header.lowercased().contains("expires=thu, 01 jan 1970")
            cookies[parts[0]] = expired || parts[1].isEmpty ? nil : parts[1]
        }
        if let range = page.body.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) {
            let match = String(page.body[range])
            csrfToken = String(match.dropFirst(#"name="_csrf" value=""#.count).dropLast())
        }
    }

    private func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
