import Fluent
import Foundation
import MentorCore
import Transcripts

extension ConversationPage {
    enum Query {
        /// Everything the conversation page shows, each table read once, by column. The mentor's
        /// private notes, scores and observations are read only for the mentor, so they cannot
        /// leak into the mentee's page.
        static func model(_ conversation: Conversation, _ context: PairContext, language: Language, on db: any Database) async throws -> Model {
            let conversationID = try conversation.requireID()
            let pair = context.pair
            let names = try await PairRows.memberNames(of: pair, on: db)
            let agenda = try await LeanQuery.rows(agendaStatement, [.id(conversationID)], on: db) { row in
                AgendaRow(id: try row.uuid("id"), text: try row.string("text"),
                          author: PairSide(rawValue: try row.string("author_side")) ?? .mentor,
                          beforehand: try row.bool("added_beforehand"), covered: try row.bool("covered"),
                          carried: try row.optionalUUID("carried_from_id") != nil || row.optionalUUID("carried_from_conversation_id") != nil,
                          carriedFrom: try row.optionalUUID("carried_from_conversation_id"))
            }
            let actions = try await LeanQuery.rows(actionsStatement, [.id(context.pairID)], on: db) { row in
                (conversation: try row.uuid("conversation_id"),
                 action: Action(id: try row.uuid("id"), text: try row.string("text"),
                                owner: PairSide(rawValue: try row.string("owner_side")) ?? .mentee,
                                due: try row.optionalDate("due_on"), done: try row.optionalDate("done_on"), carried: try row.int("carried_count")))
            }
            // Every goal of the pair: those not dropped can get evidence; the evidence names its goal, dropped or not.
            let goals = try await LeanQuery.rows(goalsStatement, [.id(context.pairID)], on: db) { row in
                (id: try row.uuid("id"), title: try row.string("title"), status: GoalStatus(rawValue: try row.string("status")) ?? .open)
            }
            let evidence = try await LeanQuery.rows(evidenceStatement, [.id(conversationID)], on: db) { row in
                (id: try row.uuid("id"), goal: try row.uuid("goal_id"), text: try row.string("text"))
            }
            let analysis = try await LeanQuery.rows(transcriptStatement, [.id(conversationID)], on: db) { row in
                try TranscriptRow.analysis(row, rawText: true)
            }.first
            var model = Model(
                id: conversationID, pairID: context.pairID, isMentor: context.isMentor, open: pair.status != .ended,
                mentorName: names.mentor, menteeName: names.mentee,
                at: conversation.scheduledAt, durationMinutes: conversation.durationMinutes, place: conversation.place,
                status: conversation.status, initiative: conversation.initiatedBy,
                agenda: agenda,
                sharedNotes: conversation.sharedNotes,
                actionsHere: actions.filter { $0.conversation == conversationID }.map(\.action),
                actionsEarlier: actions.filter { $0.conversation != conversationID && $0.action.done == nil }.map(\.action),
                goals: goals.filter { $0.status != .dropped }.map { Goal(id: $0.id, title: $0.title) },
                evidence: evidence.map { item in Evidence(id: item.id, goal: goals.first { $0.id == item.goal }?.title ?? "", text: item.text) },
                transcript: analysis.flatMap { Transcript($0, mentorName: names.mentor, menteeName: names.mentee) })
            guard context.isMentor else { return model }
            model.privateNotes = conversation.privateNotes
            model.talkSharePercent = conversation.talkShareEstimate.map { Int(($0 * 100).rounded()) }
            model.estimateFirst = EstimateFirst.mustAsk(hasTranscript: analysis != nil, conversation.estimates)
            // The values with their behaviours in one statement (retired values still name old scores).
            let valueRows = try await LeanQuery.rows(valuesStatement, [.id(pair.$organisation.id)], on: db) { row in
                (id: try row.uuid("id"), name: language == .nl ? try row.string("name_nl") : try row.string("name_en"),
                 retired: try row.optionalDate("retired_at") != nil,
                 behaviour: try row.optionalString(language == .nl ? "text_nl" : "text_en"))
            }
            var values: [Value] = []
            for row in valueRows {
                if values.last?.id != row.id { values.append(Value(id: row.id, name: row.name, behaviours: [])) }
                if let behaviour = row.behaviour { values[values.count - 1].behaviours.append(behaviour) }
            }
            let retired = Set(valueRows.filter(\.retired).map(\.id))
            let valueNames = Dictionary(values.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            model.values = values.filter { !retired.contains($0.id) }
            model.scores = try await LeanQuery.rows(scoresStatement, [.id(conversationID)], on: db) { row in
                Score(id: try row.uuid("id"), value: valueNames[try row.uuid("core_value_id")] ?? "", score: try row.int("score"),
                      behaviour: try row.string("behaviour"))
            }
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            model.patterns = vocabulary.patterns.map { Pattern(key: $0.key, name: $0.name(language)) }
            model.observations = try await LeanQuery.rows(observationsStatement, [.id(conversationID)], on: db) { row in
                Observation(id: try row.uuid("id"), pattern: vocabulary.patternName(try row.string("pattern"), language),
                            effect: AttitudeEffect(rawValue: try row.string("effect")) ?? .helps, note: try row.string("note"))
            }
            return model
        }

        // The statements, written once (docs/performance.md, "Hot paths").
        static let agendaStatement: LeanStatement = """
            SELECT id, text, author_side, added_beforehand, covered, carried_from_id, carried_from_conversation_id \
            FROM agenda_items WHERE conversation_id = ? ORDER BY position
            """
        static let actionsStatement: LeanStatement = """
            SELECT id, conversation_id, text, owner_side, due_on, done_on, carried_count \
            FROM action_items WHERE mentorship_id = ? ORDER BY created_at
            """
        static let goalsStatement: LeanStatement = "SELECT id, title, status FROM learning_goals WHERE mentorship_id = ? ORDER BY created_at"
        static let evidenceStatement: LeanStatement = "SELECT id, goal_id, text FROM goal_evidence WHERE conversation_id = ?"
        static let transcriptStatement = LeanStatement(
            "SELECT " + TranscriptRow.columns + ", t.raw_text FROM transcript_analyses t WHERE t.conversation_id = ? LIMIT 1")
        static let valuesStatement: LeanStatement = """
            SELECT v.id, v.name_nl, v.name_en, v.retired_at, b.text_nl, b.text_en FROM core_values v \
            LEFT JOIN core_value_behaviours b ON b.core_value_id = v.id WHERE v.organisation_id = ? ORDER BY v.position, v.id, b.position
            """
        static let scoresStatement: LeanStatement =
            "SELECT id, core_value_id, score, behaviour FROM value_scores WHERE conversation_id = ? ORDER BY created_at"
        static let observationsStatement: LeanStatement =
            "SELECT id, pattern, effect, note FROM attitude_observations WHERE conversation_id = ? ORDER BY created_at"
    }
}

extension ConversationPage.AgendaRow {
    init(_ item: AgendaItem) {
        self.init(id: item.id!, text: item.text, author: item.authorSide, beforehand: item.addedBeforehand, covered: item.covered,
                  carried: item.isCarried, carriedFrom: item.carriedFromConversationID)
    }
}

extension ConversationPage.Action {
    init(_ item: ActionItem) {
        self.init(id: item.id!, text: item.text, owner: item.ownerSide, due: item.dueOn, done: item.doneOn, carried: item.carriedCount)
    }
}

extension ConversationPage.Transcript {
    /// The stored analysis as the page shows it; nil when its figures cannot be read.
    init?(_ analysis: TranscriptAnalysis, mentorName: String, menteeName: String) {
        guard let stored = analysis.storedFigures else { return nil }
        self.init(speakers: stored.figures.speakers.map { speaker in
                      Speaker(name: speaker.name, share: speaker.talkShare, words: speaker.words, turns: speaker.turns,
                              open: speaker.questions.open, closed: speaker.questions.closed)
                  },
                  timed: analysis.timed, mentorSpeaker: analysis.mentorSpeaker, menteeSpeaker: analysis.menteeSpeaker,
                  mentorShare: analysis.mentorShare, rawText: analysis.rawText,
                  talk: ConversationPage.Talk(stored.figures, mapping: SpeakerMapping(mentor: analysis.mentorSpeaker, mentee: analysis.menteeSpeaker),
                                              mentorName: mentorName, menteeName: menteeName))
    }
}

extension ConversationPage.Talk {
    /// Both sides' figures from the transcript's, the speakers as mapped; nil when the figures
    /// lack either speaker.
    init?(_ figures: TranscriptFigures, mapping: SpeakerMapping, mentorName: String, menteeName: String) {
        guard let mentor = figures.speaker(named: mapping.mentor), let mentee = figures.speaker(named: mapping.mentee) else { return nil }
        self.init(mentor: ConversationPage.TalkSide(mentor, name: mentorName), mentee: ConversationPage.TalkSide(mentee, name: menteeName),
                  thirds: figures.thirds.map { ConversationPage.TalkThird(mentor: $0[mapping.mentor] ?? 0, mentee: $0[mapping.mentee] ?? 0) })
    }
}

extension ConversationPage.TalkSide {
    init(_ speaker: TranscriptFigures.Speaker, name: String) {
        let wait = speaker.waitTime
        self.init(name: name, speaker: speaker.name, openQuestions: speaker.questions.open, closedQuestions: speaker.questions.closed,
                  stackedQuestions: speaker.stackedQuestions, selfAnsweredQuestions: speaker.selfAnsweredQuestions,
                  reflections: speaker.reflections, advice: speaker.advice, adviceWithPermission: speaker.adviceWithPermission,
                  information: speaker.information, stories: speaker.stories, backchannels: speaker.backchannels,
                  waitMedianSeconds: wait.measured ? wait.medianSeconds : nil, waitAtLeast3sShare: wait.measured ? wait.atLeast3sShare : nil,
                  patienceSeconds: speaker.patienceSeconds, interruptions: speaker.interruptions,
                  answerWordsAfterOpen: speaker.answerWordsAfterOpen, answerWordsAfterClosed: speaker.answerWordsAfterClosed,
                  longestStretchSeconds: speaker.longestStretchSeconds,
                  hedges: speaker.signals.hedges, certainty: speaker.signals.certainty, commitments: speaker.signals.commitments,
                  ownView: speaker.signals.ownView)
    }
}
