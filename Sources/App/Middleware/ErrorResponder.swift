import Plot
import Vapor

/// An error for the JSON API: a status, a stable machine code and a phrase for people.
struct ApiError: Error, Sendable {
    let status: HTTPResponseStatus
    let code: String
    let phrase: Phrase
    var arguments: [String] = []
    var fields: [String: Phrase] = [:]
    /// Seconds until trying again makes sense, sent as `Retry-After` (a locked sign-in).
    var retryAfter: Int?

    init(
        _ status: HTTPResponseStatus,
        code: String,
        _ phrase: Phrase,
        arguments: [String] = [],
        fields: [String: Phrase] = [:]
    ) {
        self.status = status
        self.code = code
        self.phrase = phrase
        self.arguments = arguments
        self.fields = fields
    }
}

/// Turns every error into an answer a person can act on: a JSON error under `/api`, a page in the
/// user's language elsewhere. Never a stack trace, never the error's internal description.
struct ErrorResponder: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status = Self.status(of: error)
            if status == .internalServerError {
                request.logger.report(error: error)
            }
            return Self.isAPI(request) ? apiResponse(error, status, request) : pageResponse(error, status, request)
        }
    }

    static func isAPI(_ request: Request) -> Bool { request.url.path.hasPrefix("/api/") }

    static func status(of error: any Error) -> HTTPResponseStatus {
        switch error {
        case let error as ApiError: error.status
        case is CSRFRejected: .forbidden
        case is FieldErrors: .unprocessableEntity
        case is DecodingError: .badRequest
        case let error as any AbortError: error.status
        default: .internalServerError
        }
    }

    private func apiResponse(_ error: any Error, _ status: HTTPResponseStatus, _ request: Request) -> Response {
        let t = request.localizer
        let body: ApiErrorBody
        switch error {
        case let error as ApiError:
            body = .init(
                code: error.code,
                message: t(error.phrase, arguments: error.arguments),
                fields: error.fields.isEmpty ? nil : error.fields.mapValues { t($0) }
            )
        case let error as FieldErrors:
            body = .init(code: "validation_failed", message: t(.apiValidationFailed), fields: error.localized(t))
        default:
            let (code, phrase) = Self.apiCodeAndPhrase(status)
            body = .init(code: code, message: t(phrase), fields: nil)
        }
        let response = Response(status: status)
        try? response.content.encode(ApiErrorEnvelope(error: body), as: .json)
        if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        if let seconds = (error as? ApiError)?.retryAfter {
            response.headers.replaceOrAdd(name: "Retry-After", value: String(max(1, seconds)))
        }
        return response
    }

    static func apiCodeAndPhrase(_ status: HTTPResponseStatus) -> (String, Phrase) {
        switch status {
        case .badRequest: ("invalid_body", .apiInvalidBody)
        case .unauthorized: ("unauthorized", .apiInvalidToken)
        case .forbidden: ("forbidden", .apiForbidden)
        case .notFound, .methodNotAllowed: ("not_found", .apiNotFound)
        case .payloadTooLarge: ("payload_too_large", .payloadTooLarge)
        case .uriTooLong: ("uri_too_long", .uriTooLong)
        case .unsupportedMediaType: ("unsupported_media_type", .apiInvalidBody)
        case .tooManyRequests: ("too_many_requests", .tooManyRequests)
        case .unprocessableEntity: ("validation_failed", .apiValidationFailed)
        default: ("server_error", .apiServerError)
        }
    }

    private func pageResponse(_ error: any Error, _ status: HTTPResponseStatus, _ request: Request) -> Response {
        let t = request.localizer
        let (title, message): (Phrase, Phrase) =
            switch (error, status) {
            case (is CSRFRejected, _): (.forbiddenTitle, .formExpired)
            case (_, .notFound), (_, .methodNotAllowed): (.notFoundTitle, .notFoundBody)
            case (_, .forbidden): (.forbiddenTitle, .forbiddenBody)
            case (_, .unauthorized): (.signInTitle, .unauthorizedBody)
            case (_, .payloadTooLarge): (.badRequestTitle, .payloadTooLarge)
            case (_, .uriTooLong): (.badRequestTitle, .uriTooLong)
            case (_, .tooManyRequests): (.badRequestTitle, .tooManyRequests)
            case (_, .badRequest), (_, .unprocessableEntity), (_, .unsupportedMediaType):
                (.badRequestTitle, .formHasErrors)
            // A read changes nothing: it must not speak of saving.
            default: (.errorTitle, request.method == .GET || request.method == .HEAD ? .errorBodyRead : .errorBody)
            }
        let html = ErrorPage.view(.init(title: t(title), message: t(message)), request.pageContext())
        return html.response(status: status)
    }
}

struct ApiErrorEnvelope: Content {
    let error: ApiErrorBody
}

struct ApiErrorBody: Content {
    let code: String
    let message: String
    let fields: [String: String]?
}
