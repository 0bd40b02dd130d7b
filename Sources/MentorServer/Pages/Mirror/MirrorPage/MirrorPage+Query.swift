import Fluent
import Foundation
import MentorCore

extension MirrorPage {
    enum Query {
        /// One pair's mirror; `pair` is the pair the route wrapper loaded and checked.
        static func model(pair: Mentorship, period: MirrorPeriodForm, formats: Formats, now: Date, on db: any Database) async throws -> Model {
            let language = formats.language
            let menteeName = try await PairSummaryRows.personName(pair.$mentee.id, on: db)
            let loaded = try await MirrorQuery.load(pair: pair, menteeName: menteeName, language: language, focus: true, on: db)
            let settings = try period.settings(formats, now: now, band: loaded.talkBand)
            guard let record = loaded.pairs.first else { throw PageError.notFound }
            let mirror = Mirror.compute(record, values: loaded.values, settings: settings)
            let organisationID = pair.$organisation.id
            let vocabulary = try await Vocabulary.load(organisationID: organisationID, on: db)
            let patterns = mirror.attitude.patterns.map(\.pattern)
            let guidance = try await guidance(organisationID: organisationID, patterns: patterns, language: language, on: db)
            return Model(mirror: mirror, band: loaded.talkBand, period: settings.period, values: loaded.values,
                         patternNames: Dictionary(patterns.map { ($0, vocabulary.patternName($0, language)) }, uniquingKeysWith: { first, _ in first }),
                         themeNames: themeNames(mirror.learningGoals, vocabulary: vocabulary, language: language),
                         guidance: guidance, mentorMoves: mentorMoves(record, period: settings.period))
        }

        /// The mentor's moves over the period's held conversations that have them; nil when none has.
        static func mentorMoves(_ record: PairRecord, period: DateInterval) -> MentorMoves? {
            let moves = record.conversations.filter { $0.status == .held && period.contains($0.date) }.compactMap(\.talkMoves)
            return moves.isEmpty ? nil : MentorMoves(transcripts: moves.count, total: TalkMoves.total(moves))
        }

        /// The names of the goals' themes in the reader's language.
        static func themeNames(_ goals: [GoalFigure], vocabulary: Vocabulary, language: Language) -> [String: String] {
            Dictionary(goals.compactMap { goal in goal.theme.map { ($0, vocabulary.themeName($0, language) ?? $0) } },
                       uniquingKeysWith: { first, _ in first })
        }

        static let guidanceStatement: LeanStatement = "SELECT pattern, text_nl, text_en FROM attitude_guidance WHERE organisation_id = ?"

        /// The organisation's guidance per pattern, else the built-in text, in the reader's language.
        static func guidance(organisationID: UUID, patterns: [String], language: Language, on db: any Database) async throws -> [String: String] {
            guard !patterns.isEmpty else { return [:] }
            let custom = try await LeanQuery.rows(guidanceStatement, [.id(organisationID)], on: db) { row in
                (pattern: try row.string("pattern"), text: try row.string(language == .nl ? "text_nl" : "text_en"))
            }
            let texts = patterns.compactMap { pattern -> (String, String)? in
                if let own = custom.first(where: { $0.pattern == pattern }), !own.text.isEmpty { return (pattern, own.text) }
                return AttitudePattern(rawValue: pattern).map { (pattern, T.guidance($0)(language)) }
            }
            return Dictionary(texts, uniquingKeysWith: { first, _ in first })
        }
    }
}
