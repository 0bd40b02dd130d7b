import Fluent
import Foundation
import MentorCore

extension RecordEditPage {
    /// The choices an edit form offers: what a new record may use, plus what the record being
    /// corrected uses now (a dropped goal, a retired value or pattern), so opening and saving the
    /// form unchanged never fails.
    enum Query {
        /// The pair's goals that are not dropped, and the goal `keeping` names.
        static func goals(pairID: UUID, keeping: UUID?, on db: any Database) async throws -> [ConversationPage.Goal] {
            try await LearningGoal.query(on: db).filter(\.$mentorship.$id == pairID).sort(\.$createdAt).all()
                .filter { $0.status != .dropped || $0.id == keeping }
                .map { ConversationPage.Goal(id: $0.id!, title: $0.title) }
        }

        /// The organisation's values in use, and the value `keeping` names.
        static func values(organisationID: UUID, keeping: UUID?, language: Language, on db: any Database) async throws -> [ConversationPage.Value] {
            try await CoreValueQuery.all(organisationID: organisationID, on: db)
                .filter { $0.retiredAt == nil || $0.id == keeping }
                .map { value in
                    ConversationPage.Value(id: value.id!, name: value.name(in: language),
                                           behaviours: value.behaviours.sorted { $0.position < $1.position }.map { $0.text(in: language) })
                }
        }

        /// The organisation's patterns in use, and the pattern `keeping` names.
        static func patterns(organisationID: UUID, keeping: String?, language: Language, on db: any Database) async throws -> [ConversationPage.Pattern] {
            let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: db)
            let kept = vocabulary.retired.filter { $0.key == keeping }
            return (vocabulary.patterns + kept).map { ConversationPage.Pattern(key: $0.key, name: $0.name(language)) }
        }
    }
}
