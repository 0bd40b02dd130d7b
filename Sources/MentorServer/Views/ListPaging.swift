import Plot
import MentorCore

/// What every searchable list shares: the cleaning of what its GET form sends, and the links
/// to the previous and next page that keep the filter.
enum ListFilter {
    /// A typed value without surrounding spaces, `nil` when blank, at most 200 characters.
    static func blankless(_ text: String?) -> String? {
        let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : String(trimmed.prefix(200))
    }

    /// A page number from the address: at least 1, at most 100,000, 1 when missing.
    static func page(_ page: Int?) -> Int { max(1, min(page ?? 1, 100_000)) }
}

extension Node where Context == HTML.BodyContext {
    /// *Previous page* and *Next page* of a list at `url`; `query(n)` is the address's query
    /// for page `n` with the list's filter. Nothing when everything fits on one page.
    static func paging(_ url: SiteURL, page: Int, of pageCount: Int, language: Language,
                       query: (Int) -> [(String, String)]) -> Node {
        guard pageCount > 1 || page > 1 else { return .empty }
        return .nav(.class("paging"), .attribute(named: "aria-label", value: T.listPaging(language)),
                    .if(page > 1, .a(.attribute(named: "rel", value: "prev"), .href(url.path(query: query(page - 1))), .text(T.previousPage(language)))),
                    .if(page < pageCount, .a(.attribute(named: "rel", value: "next"), .href(url.path(query: query(page + 1))), .text(T.nextPage(language)))))
    }
}
