import Foundation
import MentorCore

/// The mentee's own summary: preparation, follow-up and goals. It leaves out the mentor's
/// talk share, balance, scores, observations and notes.
enum ProgressPage {
    struct Model: Sendable, Equatable {
        var pairID: UUID
        var mentorName: String
        var period: DateInterval
        var directedness: GoalDirectedness
        var goals: [GoalFigure]
        var themeNames: [String: String]
        var initiative: ConversationInitiative
        var agenda: AgendaInitiative
    }
}

extension ProgressPage.Model {
    static let mock: ProgressPage.Model = {
        let mirror = MirrorMocks.mirrors[0]
        return ProgressPage.Model(
            pairID: mirror.pairID, mentorName: "Mentor <Partners>", period: MirrorMocks.period,
            directedness: mirror.goalDirectedness, goals: mirror.learningGoals,
            themeNames: [GoalTheme.workOrganisation.rawValue: "Werkorganisatie <script>"],
            initiative: mirror.conversationInitiative, agenda: mirror.agendaInitiative)
    }()
}
