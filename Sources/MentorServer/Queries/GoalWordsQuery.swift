import Fluent
import Foundation
import MentorCore

/// The words a transcript upload looks for (issue 14, item 7): each open goal of the pair (open or
/// in progress) with the synonyms of its theme: a built-in theme's own words, or those the organisation gave its own theme.
enum GoalWordsQuery {
    static func openGoals(of pair: Mentorship, on db: any Database) async throws -> [GoalWords] {
        let pairID = try pair.requireID()
        let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == pairID)
            .filter(\.$status ~~ [.open, .inProgress]).all()
        guard !goals.isEmpty else { return [] }
        let themes = Set(goals.compactMap(\.theme))
        let items = themes.isEmpty ? [] : try await OrganisationListItem.query(on: db).filter(\.$organisation.$id == pair.$organisation.id)
            .filter(\.$list == .goalTheme).filter(\.$key ~~ Array(themes)).all()
        let synonyms = Dictionary(items.map { ($0.key, $0.synonyms) }, uniquingKeysWith: { first, _ in first })
        return try goals.map { goal in
            let builtIn = goal.theme.flatMap(GoalTheme.init(rawValue:)).map(GoalMentions.builtInSynonyms) ?? []
            return GoalWords(goalID: try goal.requireID(), title: goal.title, synonyms: builtIn + (goal.theme.flatMap { synonyms[$0] }.map { [$0] } ?? []))
        }
    }
}
