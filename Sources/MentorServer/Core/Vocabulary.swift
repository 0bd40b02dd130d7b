import Fluent
import Foundation
import MentorCore

/// The words an organisation can extend: goal themes and attitude patterns. Built-in ones
/// come first, then the organisation's own that are still in use.
struct Vocabulary: Sendable {
    struct Entry: Sendable {
        var key: String
        var nameNL: String
        var nameEN: String
        var builtIn: Bool
        func name(_ language: Language) -> String { language == .nl ? nameNL : nameEN }
    }

    var themes: [Entry]
    var patterns: [Entry]
    /// Retired custom entries, kept so that old records still show a name.
    var retired: [Entry]

    private static let customStatement: LeanStatement =
        "SELECT list, key, name_nl, name_en, retired FROM organisation_list_items WHERE organisation_id = ? ORDER BY name_en"

    /// The built-in words and the organisation's own, read by column (pages read it on every request).
    static func load(organisationID: UUID, on db: any Database) async throws -> Vocabulary {
        let custom = try await LeanQuery.rows(customStatement, [.id(organisationID)], on: db) { row in
            (list: OrganisationListItem.List(rawValue: try row.string("list")), retired: try row.bool("retired"),
             entry: Entry(key: try row.string("key"), nameNL: try row.string("name_nl"), nameEN: try row.string("name_en"), builtIn: false))
        }
        func entries(_ list: OrganisationListItem.List) -> [Entry] {
            custom.filter { $0.list == list && !$0.retired }.map(\.entry)
        }
        return Vocabulary(
            themes: GoalTheme.allCases.map { Entry(key: $0.rawValue, nameNL: T.goalTheme($0).nl, nameEN: T.goalTheme($0).en, builtIn: true) } + entries(.goalTheme),
            patterns: AttitudePattern.allCases.map { Entry(key: $0.rawValue, nameNL: T.attitudePattern($0).nl, nameEN: T.attitudePattern($0).en, builtIn: true) } + entries(.attitudePattern),
            retired: custom.filter(\.retired).map(\.entry))
    }

    func themeName(_ key: String?, _ language: Language) -> String? {
        guard let key else { return nil }
        return (themes + retired).first { $0.key == key }?.name(language) ?? key
    }

    func patternName(_ key: String, _ language: Language) -> String {
        (patterns + retired).first { $0.key == key }?.name(language) ?? key
    }
}
