import Foundation

/// The part of SCIM's filter language (RFC 7644 3.4.2.2) that provisioning clients use to find
/// a resource before they create or change it: equality, joined by `and`, on a simple attribute
/// (`userName eq "a@b.nl"`, `externalId eq "123"`) or a value of a multi-valued one
/// (`emails[value eq "a@b.nl"]`, `members[value eq "<id>"]`). Anything else is refused with
/// SCIM's `invalidFilter`, never answered as if it were understood.
struct SCIMFilter: Sendable, Equatable {
    struct Comparison: Sendable, Equatable {
        /// The attribute path in lower case: `username`, `emails.value`, `members.value`.
        var attribute: String
        var value: SCIMJSON
    }

    var comparisons: [Comparison]

    static func parse(_ text: String) throws -> SCIMFilter {
        var tokens = try tokenize(text)[...]
        var comparisons: [Comparison] = []
        while true {
            comparisons.append(try comparison(&tokens))
            guard let next = tokens.first else { break }
            guard case .word(let word) = next, word.lowercased() == "and" else { throw invalid(text) }
            tokens.removeFirst()
        }
        return SCIMFilter(comparisons: comparisons)
    }

    /// The value compared with `attribute` (one of `names`), as a string; nil when the filter has none.
    func value(of names: Set<String>) -> String? {
        comparisons.first { names.contains($0.attribute) }?.value.string
    }

    private enum Token: Equatable {
        case word(String)
        case string(String)
        case open, close
    }

    private static func invalid(_ text: String) -> SCIMError {
        SCIMError(.badRequest, type: "invalidFilter",
                  "Only equality filters joined by 'and' are supported, such as userName eq \"someone@example.org\".")
    }

    private static func comparison(_ tokens: inout ArraySlice<Token>) throws -> Comparison {
        guard case .word(let path)? = tokens.popFirst(), isAttributePath(path) else { throw invalid("") }
        if tokens.first == .open {
            tokens.removeFirst()
            let inner = try comparison(&tokens)
            guard tokens.popFirst() == .close else { throw invalid("") }
            return Comparison(attribute: path.lowercased() + "." + inner.attribute, value: inner.value)
        }
        guard case .word(let op)? = tokens.popFirst(), op.lowercased() == "eq", let valueToken = tokens.popFirst() else { throw invalid("") }
        let value: SCIMJSON
        switch valueToken {
        case .string(let text): value = .string(text)
        case .word(let word):
            switch word.lowercased() {
            case "true": value = .bool(true)
            case "false": value = .bool(false)
            case "null": value = .null
            default:
                guard let number = Double(word) else { throw invalid("") }
                value = .number(number)
            }
        default: throw invalid("")
        }
        var attribute = path.lowercased()
        // An attribute may be named with its schema: urn:ietf:params:scim:schemas:core:2.0:User:userName.
        if attribute.hasPrefix("urn:"), let last = attribute.split(separator: ":").last { attribute = String(last) }
        return Comparison(attribute: attribute, value: value)
    }

    private static func isAttributePath(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter else { return false }
        return word.allSatisfy { $0.isLetter || $0.isNumber || "._:-$".contains($0) }
    }

    private static func tokenize(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace { index = text.index(after: index); continue }
            if character == "[" { tokens.append(.open); index = text.index(after: index); continue }
            if character == "]" { tokens.append(.close); index = text.index(after: index); continue }
            if character == "(" || character == ")" { throw invalid(text) }
            if character == "\"" {
                var value = ""
                index = text.index(after: index)
                var closed = false
                while index < text.endIndex {
                    let next = text[index]
                    if next == "\\" {
                        index = text.index(after: index)
                        guard index < text.endIndex else { break }
                        value.append(text[index])
                    } else if next == "\"" {
                        closed = true
                        break
                    } else {
                        value.append(next)
                    }
                    index = text.index(after: index)
                }
                guard closed else { throw invalid(text) }
                index = text.index(after: index)
                tokens.append(.string(value))
                continue
            }
            var word = ""
            while index < text.endIndex, !text[index].isWhitespace, !"[]()\"".contains(text[index]) {
                word.append(text[index])
                index = text.index(after: index)
            }
            tokens.append(.word(word))
        }
        guard !tokens.isEmpty else { throw invalid(text) }
        return tokens
    }
}
