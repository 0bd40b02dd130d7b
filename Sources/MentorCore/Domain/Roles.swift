/// What a person may do in an organisation. One person can hold several roles,
/// for example a senior who mentors and also coordinates a programme.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case admin
    case coordinator
    case mentor
    case mentee

    /// Order used wherever roles are listed: the widest responsibility first.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Career level within a professional-services firm.
public enum Seniority: String, CaseIterable, Codable, Sendable, Comparable {
    case junior
    case medior
    case senior

    /// Steps above junior: 0, 1 or 2. Matching uses the difference between two people.
    public var level: Int { Seniority.allCases.firstIndex(of: self)! }

    public static func < (lhs: Seniority, rhs: Seniority) -> Bool { lhs.level < rhs.level }
}

/// The two languages every screen, message and document exists in.
public enum Language: String, CaseIterable, Codable, Sendable {
    case nl
    case en

    /// Picks the language for a request.
    ///
    /// The person's own setting wins; otherwise the first supported language in the
    /// `Accept-Language` header (respecting q-values); otherwise the organisation's default.
    public static func negotiate(personal: Language?, acceptLanguage: String?, fallback: Language) -> Language {
        if let personal { return personal }
        if let header = acceptLanguage, let fromHeader = preferred(in: header) { return fromHeader }
        return fallback
    }

    /// The supported language with the highest q-value in an `Accept-Language` header, if any.
    /// Entries are compared by q-value; among equal values the earlier entry wins.
    public static func preferred(in header: String) -> Language? {
        var best: (language: Language, quality: Double, index: Int)?
        for (index, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in pieces.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality, index) }
        }
        return best?.language
    }
}

import Foundation
