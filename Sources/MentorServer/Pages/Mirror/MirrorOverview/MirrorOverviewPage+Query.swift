import Fluent
import Foundation
import MentorCore

extension MirrorOverviewPage {
    enum Query {
        /// Every pair of the mentor over the chosen period, and the figures across them.
        static func model(mentorID: UUID, organisationID: UUID, period: MirrorPeriodForm, formats: Formats, now: Date,
                          on db: any Database) async throws -> Model {
            let loaded = try await MirrorQuery.load(mentorID: mentorID, organisationID: organisationID, language: formats.language, on: db)
            let settings = try period.settings(formats, now: now, band: loaded.talkBand)
            let focus = FocusMath.acrossPairs(loaded.pairs, band: loaded.talkBand, now: settings.now)
            return Model(mirrors: loaded.pairs.map { Mirror.compute($0, values: loaded.values, settings: settings) },
                         overall: Mirror.acrossMentees(loaded.pairs, settings: settings),
                         band: loaded.talkBand, period: settings.period, focus: focus?.figure, focusMentees: focus?.pairs)
        }
    }
}
