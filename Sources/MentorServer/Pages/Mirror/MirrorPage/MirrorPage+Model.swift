import Foundation
import MentorCore

/// `/mentorships/{id}/mirror`: the four questions for one mentee, each with figures, a chart
/// with a table behind it, and a prompt; then the balance and the attitude guidance.
enum MirrorPage {
    struct Model: Sendable, Equatable {
        var mirror: Mirror
        var band: ClosedRange<Double>
        var period: DateInterval
        var values: [CoreValueRecord]
        /// The organisation's names of attitude patterns and goal themes, in the reader's language.
        var patternNames: [String: String]
        var themeNames: [String: String]
        /// The guidance per pattern: the organisation's own, else the built-in text.
        var guidance: [String: String]
        /// The mentor's moves added up over the period's held conversations with a transcript
        /// (issue 13); nil when none has one.
        var mentorMoves: MentorMoves? = nil
    }

    struct MentorMoves: Sendable, Equatable {
        var transcripts: Int
        var total: TalkMoves
    }
}

extension MirrorPage.Model {
    static let mock = MirrorPage.Model(
        mirror: MirrorMocks.mirrors[0], band: TalkBand.standard, period: MirrorMocks.period, values: MirrorMocks.values,
        patternNames: [AttitudePattern.waitsForOthers.rawValue: "Wacht <script>af</script>"],
        themeNames: [GoalTheme.workOrganisation.rawValue: "Werkorganisatie <Partners>"],
        guidance: [AttitudePattern.waitsForOthers.rawValue: "Vraag door <script>"],
        mentorMoves: .init(transcripts: 2, total: TalkMoves(openQuestions: 8, closedQuestions: 4, reflected: 3, advised: 5, advisedWithPermission: 2,
                                                            informed: 20, toldStories: 1)))
}
