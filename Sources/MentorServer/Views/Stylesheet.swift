import Vapor

/// The style sheet is compiled into the binary (`Stylesheet+CSS.swift`), so the server does
/// not depend on the folder it is started from and a deployment is one file. The version in
/// the path lets browsers cache it for good.
enum Stylesheet {
    static let version = "1"
    static let path = "/assets/site-\(version).css"

    static func response() -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: css))
    }
}
