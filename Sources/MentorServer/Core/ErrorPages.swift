import Foundation
import Vapor
import Plot
import MentorCore

/// Turns every error into a page in the reader's language with the right status,
/// and logs the unexpected ones. Internal details never reach the response.
struct ErrorPageMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let (status, title, body) = describe(error, request: request)
            if status == .internalServerError {
                request.logger.report(error: error)
            }
            var viewer = request.viewer
            if request.storage[ViewerKey.self] == nil {
                // The viewer was never built (the session or viewer middleware failed): the browser's language still counts.
                viewer.language = Language.negotiate(personal: nil, acceptLanguage: request.headers.first(name: .acceptLanguage), fallback: .nl)
            }
            let cameFrom = Self.cameFrom(request)
            // The language switch returns to the same address for a page one can open again (a GET);
            // after a form (a POST, whose address shows nothing), to the page the form was on.
            if request.method != .GET { viewer.path = cameFrom ?? SiteURL.home.path }
            let page = Layout.page(viewer, title: title(viewer.language), content: [
                .h1(.text(title(viewer.language))),
                .p(.text(body(viewer.language))),
                .ul(.class("error-links"),
                    .unwrap(cameFrom) { .li(.a(.href($0), .text(T.backToPrevious(viewer.language)))) },
                    .li(.a(.href(SiteURL.home.path), .text(T.backHome(viewer.language))))),
            ])
            return page.response(status: status)
        }
    }

    /// The page of this site the person came from (the `Referer`), as a path with its query,
    /// when it is another page than this one; anything from another host is ignored.
    static func cameFrom(_ request: Request) -> String? {
        guard let referer = request.headers.first(name: .referer), let url = URLComponents(string: referer),
              url.scheme == "http" || url.scheme == "https",
              let host = url.host, let expected = request.headers.first(name: .host)
        else { return nil }
        let authority = url.port.map { "\(host):\($0)" } ?? host
        guard authority.lowercased() == expected.lowercased() else { return nil }
        let path = url.percentEncodedPath.isEmpty ? SiteURL.home.path : url.percentEncodedPath
        let target = url.percentEncodedQuery.map { path + "?" + $0 } ?? path
        guard Redirects.isSameSitePath(target), path != request.url.path || request.method != .GET else { return nil }
        return target
    }

    private func describe(_ error: any Error, request: Request) -> (HTTPStatus, Text, Text) {
        // A unique index two requests raced for, or a lock not had in time, on any route: the
        // reader's message (409, 503) instead of a 500 (see Core/WriteTransaction.swift).
        switch WriteTransactions.translate(error) {
        case let refusal as UserError: return (refusal.status, refusal.status == .conflict ? T.notPossibleTitle : T.badRequestTitle, refusal.message)
        case PageError.notFound: return (.notFound, T.notFoundTitle, T.notFoundBody)
        case PageError.forbidden: return (.forbidden, T.forbiddenTitle, T.forbiddenBody)
        case PageError.csrf: return (.forbidden, T.csrfTitle, T.csrfBody)
        case PageError.badRequest: return (.badRequest, T.badRequestTitle, T.badRequestBody)
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return (.notFound, T.notFoundTitle, T.notFoundBody)
            case .forbidden, .unauthorized: return (.forbidden, T.forbiddenTitle, T.forbiddenBody)
            case .payloadTooLarge: return (.payloadTooLarge, T.badRequestTitle, T.tooLargeBody)
            case .badRequest, .unprocessableEntity, .unsupportedMediaType: return (abort.status, T.badRequestTitle, T.badRequestBody)
            default:
                return abort.status.code < 500 ? (abort.status, T.badRequestTitle, T.badRequestBody) : (.internalServerError, T.errorTitle, T.errorBody)
            }
        case is DecodingError: return (.badRequest, T.badRequestTitle, T.badRequestBody)
        default: return (.internalServerError, T.errorTitle, T.errorBody)
        }
    }
}
