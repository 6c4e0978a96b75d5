import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Testing
import VaporTesting

@testable import App

/// The app served on a real socket, for what the in-memory client cannot do: bodies that arrive
/// in several pieces, requests that truly race on separate connections, oversized request lines.
struct LiveServer: Sendable {
    let port: Int
    let http: HTTPClient

    var base: String { "http://127.0.0.1:\(port)" }

    /// One request on its own connection. `pieces` > 1 sends the body in that many writes with a
    /// pause between them, as a slow phone network delivers a large form.
    func send(
        _ method: HTTPMethod,
        _ path: String,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        pieces: Int = 1
    ) async throws -> Page {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        request.headers = headers
        request.headers.replaceOrAdd(name: "Connection", value: "close")
        if !body.isEmpty {
            let size = max(1, (body.count + pieces - 1) / pieces)
            let chunks = stride(from: 0, to: body.count, by: size).map {
                ByteBuffer(bytes: body[$0..<min($0 + size, body.count)])
            }
            let paced = AsyncStream<ByteBuffer> { continuation in
                Task {
                    for (index, chunk) in chunks.enumerated() {
                        if index > 0 { try? await Task.sleep(for: .milliseconds(20)) }
                        continuation.yield(chunk)
                    }
                    continuation.finish()
                }
            }
            request.body = .stream(paced, length: .known(Int64(body.count)))
        }
        let response = try await http.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 4 << 20)
        return Page(status: response.status, headers: response.headers, body: String(buffer: bytes))
    }
}

/// Serves `app` on an ephemeral port of 127.0.0.1 for the length of `body`.
func withLiveServer(_ app: Application, _ body: (LiveServer) async throws -> Void) async throws {
    app.http.server.configuration.hostname = "127.0.0.1"
    app.http.server.configuration.port = 0
    try await app.server.start(address: .hostname("127.0.0.1", port: 0))
    // Redirects are answers to check, not to follow.
    var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
    configuration.decompression = .disabled
    // Every racing request on a connection of its own, none queued behind another.
    configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
    let http = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    do {
        let port = try #require(app.http.server.shared.localAddress?.port)
        try await body(LiveServer(port: port, http: http))
    } catch {
        try? await http.shutdown()
        await app.server.shutdown()
        throw error
    }
    try await http.shutdown()
    await app.server.shutdown()
}

/// A session on the live server: cookies and the last CSRF token, as a browser keeps them.
/// Its cookies and token are shared by requests raced at once (`race`): a lock keeps them whole.
final class LiveBrowser: @unchecked Sendable {
    let server: LiveServer
    private let lock = NSLock()
    private var storedCookies: [String: String] = [:]
    private var storedToken: String?
    var cookies: [String: String] { lock.withLock { storedCookies } }
    var csrfToken: String? { lock.withLock { storedToken } }

    init(_ server: LiveServer) { self.server = server }

    func get(_ path: String) async throws -> Page {
        try await send(.GET, path, headers: [:], body: [])
    }

    func post(_ path: String, form: [(String, String)], pieces: Int = 1) async throws -> Page {
        var fields = form
        if let csrfToken { fields.append(("_csrf", csrfToken)) }
        let body = fields.map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: Array(body.utf8), pieces: pieces)
    }

    /// A file upload as a browser's file input sends it, with the CSRF token as the first part.
    func upload(_ path: String, field: String, filename: String, bytes: [UInt8], pieces: Int) async throws -> Page {
        let boundary = "----sanfan-live-boundary"
        var body = Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrfToken ?? "")\r\n".utf8
        )
        body += Array(
            ("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").utf8
        )
        body += bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: body, pieces: pieces)
    }

    func signIn(_ username: String, password: String = "sanfan-demo") async throws {
        _ = try await get("/login")
        let page = try await post("/login", form: [("username", username), ("password", password), ("next", "/")])
        #expect(page.status == .seeOther)
        _ = try await get("/")
    }

    private func send(
        _ method: HTTPMethod,
        _ path: String,
        headers: HTTPHeaders,
        body: [UInt8],
        pieces: Int = 1
    )
        async throws -> Page
    {
        var headers = headers
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let page = try await server.send(method, path, headers: headers, body: body, pieces: pieces)
        let token = csrfField(in: page.body)
        lock.withLock {
            for header in page.headers[.setCookie] {
                let pair = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { storedCookies[parts[0]] = parts[1].isEmpty ? nil : parts[1] }
            }
            if let token { storedToken = token }
        }
        return page
    }
}

/// The value of the `_csrf` hidden field in a page, if it has one.
func csrfField(in html: String) -> String? {
    guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
    let rest = html[range.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}

func formEncode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

/// Sends `count` requests at the same moment, each on its own connection; their statuses.
func race(_ count: Int, _ request: @escaping @Sendable () async throws -> UInt) async throws -> [UInt] {
    try await withThrowingTaskGroup(of: UInt.self) { group in
        for _ in 0..<count { group.addTask { try await request() } }
        return try await group.reduce(into: []) { $0.append($1) }
    }
}
