import Foundation
import MentorCore
import OpenAPIRuntime
import Vapor

/// A refusal of the JSON API, answered as RFC 9457 problem details
/// (`application/problem+json`) in the token owner's language.
struct APIProblem: Error, Sendable {
    var status: HTTPStatus
    /// A URI naming the kind of problem; `about:blank` when the status says it all.
    var type: String
    var title: Text
    var detail: Text

    init(_ status: HTTPStatus, type: String = "about:blank", title: Text? = nil, detail: Text) {
        self.status = status
        self.type = type
        self.title = title ?? Self.title(for: status)
        self.detail = detail
    }

    static let tokenMissing = APIProblem(.unauthorized, type: "urn:mentor-mirror:problem:token-missing", detail: T.apiTokenMissing)
    static let tokenInvalid = APIProblem(.unauthorized, type: "urn:mentor-mirror:problem:token-invalid", detail: T.apiTokenInvalid)
    static let readOnly = APIProblem(.forbidden, type: "urn:mentor-mirror:problem:read-only-token", detail: T.apiReadOnly)
    static let notFound = APIProblem(.notFound, detail: T.apiNotFoundDetail)
    static let forbidden = APIProblem(.forbidden, detail: T.apiForbiddenDetail)
    static let badInput = APIProblem(.badRequest, detail: T.apiBadInput)
    static let badCursor = APIProblem(.badRequest, type: "urn:mentor-mirror:problem:bad-cursor", detail: T.apiBadCursor)
    static let ifMatchMissing = APIProblem(.preconditionRequired, type: "urn:mentor-mirror:problem:if-match-required", detail: T.apiIfMatchMissing)
    static let ifMatchFailed = APIProblem(.preconditionFailed, type: "urn:mentor-mirror:problem:if-match-failed", detail: T.apiIfMatchFailed)
    static let server = APIProblem(.internalServerError, detail: T.apiServerErrorDetail)

    static func invalid(_ errors: FormErrors) -> APIProblem {
        let text = errors.fields.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: " ")
        return APIProblem(.unprocessableEntity, type: "urn:mentor-mirror:problem:invalid", detail: Text(en: text, nl: text))
    }

    static func title(for status: HTTPStatus) -> Text {
        switch status.code {
        case 401: T.apiUnauthorized
        case 403: T.apiForbidden
        case 404: T.apiNotFound
        case 409: T.apiConflict
        case 412: T.apiPreconditionFailed
        case 413: T.apiTooLarge
        case 422: T.apiUnprocessable
        case 428: T.apiPreconditionRequired
        case 503: T.apiUnavailable
        case 500...: T.apiServerError
        default: T.apiBadRequest
        }
    }

    /// The problem any error of an API request stands for. The generated server wraps every
    /// error in a `ServerError`; one without the operation's input failed while reading the
    /// request, which is the client's mistake (400), never a 500.
    static func from(_ error: any Error) -> APIProblem {
        switch error {
        case let problem as APIProblem: return problem
        case let server as ServerError:
            let inner = from(server.underlyingError)
            if inner.status == .internalServerError, server.operationInput == nil { return .badInput }
            return inner
        case let page as PageError:
            switch page {
            case .notFound: return .notFound
            case .forbidden, .csrf: return .forbidden
            case .badRequest: return .badInput
            }
        case let user as UserError:
            return APIProblem(user.status, detail: user.message)
        case let abort as any AbortError where abort.status.code < 500:
            return abort.status == .notFound ? .notFound : APIProblem(abort.status, detail: T.apiBadInput)
        case is DecodingError:
            return .badInput
        default:
            return .server
        }
    }

    func response(for request: Request) -> Response {
        let language = request.viewer.language
        let document = ProblemDocument(type: type, title: title(language), status: Int(status.code), detail: detail(language), instance: request.url.path)
        let data = (try? JSONEncoder.problem.encode(document)) ?? Data()
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        if status == .unauthorized {
            let error = type.hasSuffix("token-invalid") ? ", error=\"invalid_token\"" : ""
            headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"mentor-mirror\"\(error)")
        }
        return Response(status: status, headers: headers, body: .init(data: data))
    }
}

/// RFC 9457's members, in this order.
struct ProblemDocument: Codable, Sendable, Equatable {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var instance: String?
}

extension JSONEncoder {
    /// Keys sorted, dates as ISO 8601: problem details and the API's own bodies.
    static var problem: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }
}

/// Turns every error of an API request into problem details. It runs inside the application's
/// error page middleware, so no API error becomes an HTML page.
struct APIProblemMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            let response = try await next.respond(to: request)
            // The generated server writes header values URI-encoded (`%22` for the quotes of an
            // entity tag); an ETag goes out as RFC 9110 writes it, so it can be sent back as is.
            if let tag = response.headers.first(name: .eTag), tag.contains("%"), let decoded = tag.removingPercentEncoding {
                response.headers.replaceOrAdd(name: .eTag, value: decoded)
            }
            return response
        } catch {
            let problem = APIProblem.from(error)
            if problem.status.code >= 500 {
                request.logger.report(error: error)
            }
            return problem.response(for: request)
        }
    }
}
