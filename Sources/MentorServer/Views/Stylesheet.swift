import Vapor

/// The style sheet is compiled into the binary (`Stylesheet+CSS.swift`), so the server does
/// not depend on the folder it is started from and a deployment is one file. The path carries
/// a hash of the content, so browsers can cache it for good and still get every change.
enum Stylesheet {
    /// FNV-1a of the style sheet: stable across runs, unlike `hashValue`.
    static let version: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in css.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 36)
    }()
    static let path = SiteURL.asset("site-\(version).css").path

    static func response() -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: css))
    }
}
