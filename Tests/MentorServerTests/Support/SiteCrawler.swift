import Testing
import Foundation
import Vapor
import VaporTesting
@testable import MentorServer

/// Reads the pages a signed-in client can reach by following links, as a person clicking
/// through the product would.
enum SiteCrawler {
    /// Reads every same-site page reachable from `start`, at most `limit`, and hands each HTML
    /// page to `check`. Every answer must be below 500. Returns the number of pages read.
    static func crawl(_ client: TestClient, as actor: String, from start: String = "/", limit: Int = 300,
                      check: (_ path: String, _ html: String) -> Void) async throws -> Int {
        var queue = [start], seen: Set<String> = [start], read = 0
        while !queue.isEmpty, read < limit {
            let path = queue.removeFirst()
            let response = try await client.get(path)
            read += 1
            #expect(response.status.code < 500, "\(actor): \(path) answered \(response.status.code)")
            guard response.headers.first(name: .contentType)?.hasPrefix("text/html") == true else { continue }
            let body = response.body.string
            check(path, body)
            for link in links(in: body) where !seen.contains(link) {
                seen.insert(link)
                queue.append(link)
            }
        }
        return read
    }

    /// Same-site `href`s of a page, unescaped, without fragments; sign-out and downloads left out.
    static func links(in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "href=\"") {
            rest = rest[range.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            var link = String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&")
            if let hash = link.firstIndex(of: "#") { link = String(link[..<hash]) }
            guard link.hasPrefix("/"), !link.hasPrefix("//"), !link.hasPrefix("/assets/"), !link.hasSuffix(".ics"),
                  !link.contains("signout"), !link.isEmpty else { continue }
            result.append(link)
        }
        return result
    }
}
