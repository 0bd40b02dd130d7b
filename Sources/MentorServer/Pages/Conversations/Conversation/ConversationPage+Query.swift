import Fluent
import Foundation
import MentorCore
import Transcripts

extension ConversationPage {
    enum Query {
        /// Everything the conversation page shows, each table read once. The mentor's private
        /// notes, scores and observations are read only for the mentor, so they cannot leak
        /// into the mentee's page.
        static func model(_ conversation: Conversation, _ context: PairContext, language: Language, on db: any Database) async throws -> Model {
            let conversationID = try conversation.requireID()
            let pair = context.pair
            let names = try await PairRows.memberNames(of: pair, on: db)
            let agenda = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$position).all()
            let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == context.pairID).sort(\.$createdAt).all()
            // Every goal of the pair: those not dropped can get evidence; the evidence names its goal, dropped or not.
            let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == context.pairID).sort(\.$createdAt).all()
            let evidence = try await GoalEvidence.query(on: db).filter(\.$conversation.$id == conversationID).all()
            let analysis = try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id == conversationID).first()
            var model = Model(
                id: conversationID, pairID: context.pairID, isMentor: context.isMentor, open: pair.status != .ended,
                mentorName: names.mentor, menteeName: names.mentee,
                at: conversation.scheduledAt, durationMinutes: conversation.durationMinutes, place: conversation.place,
                status: conversation.status, initiative: conversation.initiatedBy,
                agenda: agenda.map(AgendaRow.init),
                sharedNotes: conversation.sharedNotes,
                actionsHere: actions.filter { $0.$conversation.id == conversationID }.map(Action.init),
                actionsEarlier: actions.filter { $0.$conversation.id != conversationID && $0.doneOn == nil }.map(Action.init),
                goals: goals.filter { $0.status != .dropped }.map { Goal(id: $0.id!, title: $0.title) },
                evidence: evidence.map { item in Evidence(id: item.id!, goal: goals.first { $0.id == item.$goal.id }?.title ?? "", text: item.text) },
                transcript: analysis.flatMap { Transcript($0, mentorName: names.mentor, menteeName: names.mentee) })
            guard context.isMentor else { return model }
            model.privateNotes = conversation.privateNotes
            model.talkSharePercent = conversation.talkShareEstimate.map { Int(($0 * 100).rounded()) }
            model.estimateFirst = EstimateFirst.mustAsk(hasTranscript: analysis != nil, conversation.estimates)
            let values = try await CoreValueQuery.all(organisationID: pair.$organisation.id, on: db)
            model.values = values.filter { $0.retiredAt == nil }.map { value in
                Value(id: value.id!, name: value.name(in: language),
                      behaviours: value.behaviours.sorted { $0.position < $1.position }.map { $0.text(in: language) })
            }
            let valueNames = Dictionary(uniqueKeysWithValues: values.map { ($0.id!, $0.name(in: language)) })
            model.scores = try await ValueScore.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$createdAt).all()
                .map { Score(id: $0.id!, value: valueNames[$0.$coreValue.id] ?? "", score: $0.score, behaviour: $0.behaviour) }
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            model.patterns = vocabulary.patterns.map { Pattern(key: $0.key, name: $0.name(language)) }
            model.observations = try await AttitudeObservation.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$createdAt).all()
                .map { Observation(id: $0.id!, pattern: vocabulary.patternName($0.pattern, language), effect: $0.effect, note: $0.note) }
            return model
        }
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
