import Fluent
import Foundation
import MentorCore

extension GoalPage {
    enum Query {
        static func model(goal: LearningGoal, pair: Mentorship, place: PairPlace, language: Language, formats: Formats, flash: String?,
                          on db: any Database) async throws -> Model {
            let goalID = try goal.requireID()
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            let evidence = try await GoalEvidence.query(on: db).filter(\.$goal.$id == goalID).with(\.$conversation).all()
                .sorted { $0.conversation.scheduledAt > $1.conversation.scheduledAt }
            return Model(
                id: goalID, pairID: try pair.requireID(), place: place, open: pair.status != .ended,
                title: goal.title, description: goal.description, successCriteria: goal.successCriteria, targetDate: goal.targetDate,
                status: goal.status, theme: vocabulary.themeName(goal.theme, language), mentorComment: goal.mentorComment,
                evidence: evidence.compactMap { item in
                    item.conversation.id.map { Evidence(conversationID: $0, at: item.conversation.scheduledAt, text: item.text) }
                },
                form: GoalFormPage.Form(title: goal.title, description: goal.description, successCriteria: goal.successCriteria,
                                        targetDate: goal.targetDate.map(formats.isoDay) ?? "", theme: goal.theme ?? "", status: goal.status.rawValue),
                themes: vocabulary.themes.map { GoalFormPage.Theme(key: $0.key, name: $0.name(language)) },
                flash: flash)
        }
    }
}
