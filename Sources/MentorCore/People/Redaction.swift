import Foundation

/// Finding one person's name and e-mail address in free text and replacing them by
/// ``marker``, for the erasure of that person.
///
/// Only whole occurrences count, in any mix of upper and lower case:
/// - **The name** matches as its words in order, with any white space between them, when the
///   character before and the character after are not letters, digits, combining marks or `_`.
///   "Daan Visser" is found in "met daan  visser besproken" and in "Daan Visser's plan", never
///   in "Daan Vissers"; a person called "de" is found as the word "de", never inside "moeder";
///   a name such as `$2b$12$` is not found inside `$2b$12$Kx…` (a letter follows it).
/// - **The address** matches when the character before it could not belong to an address
///   (a letter, digit, `@` or one of the symbols an address may hold, dot included), and what
///   follows does not continue it (a letter, digit, `_`, `-`, `+`, `@`, or a dot followed by a
///   letter or digit). So `ntor@demo.example` is not found in `mentor@demo.example` nor in
///   `x.ntor@demo.example`, and `noor@firm.nl.` at the end of a sentence is found.
///
/// A name shorter than ``minimumNameLength`` characters is not looked for: replacing every
/// single letter "A" in an organisation's notes would destroy them and protect nobody.
public struct Redaction: Sendable {
    /// What replaces a name or an address.
    public static let marker = "[erased]"
    public static let minimumNameLength = 2

    private let address: NSRegularExpression?
    private let name: NSRegularExpression?

    public init(name: String, address: String) {
        let address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = name.split(whereSeparator: { $0.isWhitespace })
        // The patterns are built from escaped text only, so they always compile.
        self.address = address.isEmpty ? nil : try? NSRegularExpression(pattern: Self.addressPattern(address), options: [.caseInsensitive])
        self.name = words.joined(separator: " ").count < Self.minimumNameLength
            ? nil : try? NSRegularExpression(pattern: Self.namePattern(words), options: [.caseInsensitive])
    }

    /// Whether there is nothing to look for.
    public var isEmpty: Bool { address == nil && name == nil }

    /// Whether `text` holds the name or the address.
    public func matches(_ text: String) -> Bool { redact(text) != text }

    /// `text` with every occurrence of the address, then of the name, replaced by ``marker``.
    /// A name is never replaced inside an e-mail address (someone else's, or an old one of the
    /// person): "Demo" stays in `mentor@demo.example`.
    public func redact(_ text: String) -> String {
        var text = text
        if let address { text = Self.replace(address, in: text, outside: []) }
        if let name { text = Self.replace(name, in: text, outside: Self.addressSpans(in: text)) }
        return text
    }

    /// `text` with the matches of `expression` replaced by ``marker``, except those that overlap `spans`.
    static func replace(_ expression: NSRegularExpression, in text: String, outside spans: [NSRange]) -> String {
        let source = text.utf16
        let matches = expression.matches(in: text, range: NSRange(location: 0, length: source.count))
            .map(\.range)
            .filter { match in !spans.contains { NSIntersectionRange($0, match).length > 0 } }
        guard !matches.isEmpty else { return text }
        var result: [UInt16] = []
        var position = 0
        for match in matches {
            result += source.dropFirst(position).prefix(match.location - position)
            result += marker.utf16
            position = match.location + match.length
        }
        result += source.dropFirst(position)
        return String(decoding: result, as: UTF16.self)
    }

    /// Where `text` holds something shaped like an e-mail address.
    static func addressSpans(in text: String) -> [NSRange] {
        guard text.contains("@") else { return [] }
        return addressShape.matches(in: text, range: NSRange(location: 0, length: text.utf16.count)).map(\.range)
    }

    // MARK: Patterns (ICU syntax)

    static let wordCharacter = "[\\p{L}\\p{M}\\p{N}_]"
    /// Characters that may stand right before or inside an address: letters, digits, `@`, the dot
    /// and the symbols RFC 5322 allows in a local part.
    static let addressCharacter = "[\\p{L}\\p{M}\\p{N}" + escaped("@.!#$%&'*+/=?^_`{|}~-") + "]"

    static let addressShape = try! NSRegularExpression(pattern: "\(addressCharacter)+@[\\p{L}\\p{M}\\p{N}.\\-]+")

    static func namePattern(_ words: [Substring]) -> String {
        "(?<!\(wordCharacter))" + words.map { escaped(String($0)) }.joined(separator: "\\s+") + "(?!\(wordCharacter))"
    }

    static func addressPattern(_ address: String) -> String {
        "(?<!\(addressCharacter))" + escaped(address) + "(?![\\p{L}\\p{M}\\p{N}_+@\\-])(?!\\.[\\p{L}\\p{M}\\p{N}])"
    }

    /// `text` as a literal: every character that is not an ASCII letter or digit, and not beyond
    /// ASCII, is preceded by a backslash, which ICU reads as "this character itself".
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let plain = scalar.isASCII ? CharacterSet.alphanumerics.contains(scalar) : !CharacterSet.whitespacesAndNewlines.contains(scalar)
            if !plain { result.append("\\") }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
