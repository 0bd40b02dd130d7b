import Fluent
import Foundation
import MentorCore

extension ProgressPage {
    enum Query {
        /// The mentee's summary of `pair`, which the route wrapper loaded and checked; the
        /// figures are the mirror's, without the mentor's own.
        static func model(pair: Mentorship, menteeName: String, period: MirrorPeriodForm, formats: Formats, now: Date,
                          on db: any Database) async throws -> Model {
            let language = formats.language
            let mentorName = try await PairSummaryRows.personName(pair.$mentor.id, on: db)
            let loaded = try await MirrorQuery.load(pair: pair, menteeName: menteeName, language: language, on: db)
            let settings = try period.settings(formats, now: now, band: loaded.talkBand)
            guard let record = loaded.pairs.first else { throw PageError.notFound }
            let mirror = Mirror.compute(record, values: [], settings: settings)
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            return Model(pairID: record.pairID, mentorName: mentorName, period: settings.period,
                         directedness: mirror.goalDirectedness, goals: mirror.learningGoals,
                         themeNames: MirrorPage.Query.themeNames(mirror.learningGoals, vocabulary: vocabulary, language: language),
                         initiative: mirror.conversationInitiative, agenda: mirror.agendaInitiative)
        }
    }
}
