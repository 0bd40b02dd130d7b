import Testing
import Foundation
import Plot
@testable import MentorServer
import MentorCore

/// Checks shared by every page's render test: the page renders from its mock without a
/// database, in the language asked for, with the texts the test names and nothing unescaped.
enum PageRendering {
    /// Renders `html` and checks the document's language and that each of `texts` appears.
    @discardableResult
    static func expect(_ html: HTML, in language: MentorCore.Language, contains texts: [String], sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let page = html.render()
        #expect(page.hasPrefix("<!DOCTYPE html>"), sourceLocation: sourceLocation)
        #expect(page.contains(#"<html lang="\#(language == .nl ? "nl" : "en")""#), sourceLocation: sourceLocation)
        for text in texts {
            #expect(page.contains(text), "missing \(text)", sourceLocation: sourceLocation)
        }
        // Mocks hold markup in their names; it must never come through as markup.
        #expect(!page.contains("<Partners>") && !page.contains("<script>"), sourceLocation: sourceLocation)
        return page
    }

    /// Text as it appears in HTML (both in text and in attributes).
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
