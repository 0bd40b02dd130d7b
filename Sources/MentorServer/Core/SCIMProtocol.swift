import Foundation
import Vapor

/// The parts of SCIM 2.0 (RFC 7643, RFC 7644) every provisioning route shares: the schema
/// names, the `application/scim+json` answers and SCIM's own error format.
enum SCIM {
    static let userSchema = "urn:ietf:params:scim:schemas:core:2.0:User"
    static let groupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group"
    static let errorSchema = "urn:ietf:params:scim:api:messages:2.0:Error"
    static let listSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
    static let patchSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
    static let configSchema = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
    static let resourceTypeSchema = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
    static let schemaSchema = "urn:ietf:params:scim:schemas:core:2.0:Schema"
    static let mediaType = HTTPMediaType(type: "application", subType: "scim+json", parameters: ["charset": "utf-8"])
    /// The most resources one list answer holds (`ServiceProviderConfig.filter.maxResults`).
    static let maxResults = 1000

    /// The absolute address of a SCIM path, from `MENTOR_BASE_URL` (never from the request's Host).
    static func location(_ url: SiteURL, request: Request) -> String {
        request.application.settings.mail.baseURL + url.path
    }

    static func response(_ body: SCIMJSON, status: HTTPStatus = .ok, location: String? = nil) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = mediaType
        if let location { headers.replaceOrAdd(name: .location, value: location) }
        return Response(status: status, headers: headers, body: .init(data: body.encoded()))
    }

    /// The request's body as a JSON object; anything else is SCIM's `invalidSyntax`.
    static func body(of request: Request) throws -> [String: SCIMJSON] {
        guard let data = request.body.data.map({ Data(buffer: $0) }), let object = SCIMJSON.parse(data)?.object else {
            throw SCIMError(.badRequest, type: "invalidSyntax", "The request body is not a JSON object.")
        }
        return object
    }
}

/// A refusal in SCIM's error format (RFC 7644 3.12): `status` as a string, `scimType` where one fits.
struct SCIMError: Error, Sendable {
    var status: HTTPStatus
    var type: String?
    var detail: String

    init(_ status: HTTPStatus, type: String? = nil, _ detail: String) {
        self.status = status
        self.type = type
        self.detail = detail
    }

    static let unauthorized = SCIMError(.unauthorized, "A valid bearer token of the organisation is required.")
    static let notFound = SCIMError(.notFound, "Resource not found.")
    static let methodNotAllowed = SCIMError(.methodNotAllowed, "This method is not supported on this endpoint.")

    var response: Response {
        var body: [String: SCIMJSON] = ["schemas": .array([.string(SCIM.errorSchema)]), "status": .string("\(status.code)"),
                                        "detail": .string(detail)]
        if let type { body["scimType"] = .string(type) }
        let response = SCIM.response(.object(body), status: status)
        if status == .unauthorized { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"scim\"") }
        return response
    }

    /// Any error on a SCIM route, in SCIM's words; internal details never reach the client.
    static func from(_ error: any Error) -> SCIMError {
        switch WriteTransactions.translate(error) {
        case let error as SCIMError: return error
        case let refusal as UserError:
            return SCIMError(refusal.status, type: refusal.status == .conflict ? "uniqueness" : nil, refusal.message(.en))
        case PageError.notFound: return .notFound
        case PageError.forbidden: return SCIMError(.forbidden, "Not allowed.")
        case PageError.csrf, PageError.badRequest: return SCIMError(.badRequest, type: "invalidSyntax", "The request is not valid.")
        case is DecodingError: return SCIMError(.badRequest, type: "invalidSyntax", "The request body could not be read.")
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return .notFound
            case .methodNotAllowed: return .methodNotAllowed
            case .payloadTooLarge: return SCIMError(.payloadTooLarge, "The request body is too large.")
            case let status where status.code < 500: return SCIMError(status, abort.reason)
            default: return SCIMError(.internalServerError, "The server could not answer the request.")
            }
        default: return SCIMError(.internalServerError, "The server could not answer the request.")
        }
    }
}

/// Innermost middleware: every error on a SCIM address, from the handlers, the router ("no such
/// route") or the body limit, becomes a SCIM error instead of an HTML page.
struct SCIMErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard SiteURL.isSCIM(request.url.path) else { return try await next.respond(to: request) }
        do {
            return try await next.respond(to: request)
        } catch {
            let scim = SCIMError.from(error)
            if scim.status == .internalServerError { request.logger.report(error: error) }
            return scim.response
        }
    }
}
