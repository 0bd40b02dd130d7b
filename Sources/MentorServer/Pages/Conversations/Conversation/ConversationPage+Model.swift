import Foundation
import MentorCore

/// One conversation: details, agenda, notes, actions, and for the mentor the observations.
/// Sections that belong to the mentor alone are rendered only when `isMentor` is true and
/// their data is only loaded for the mentor.
enum ConversationPage {
    struct Model: Sendable, Equatable {
        var id: UUID
        var pairID: UUID
        var isMentor: Bool
        var open: Bool
        var mentorName: String
        var menteeName: String
        var at: Date
        var durationMinutes: Int
        var place: String
        var status: ConversationStatus
        var initiative: PairSide
        var agenda: [AgendaRow]
        var sharedNotes: String
        var actionsHere: [Action]
        var actionsEarlier: [Action]
        var goals: [Goal]
        var evidence: [Evidence]
        /// The mentor's alone, nil for the mentee.
        var privateNotes: String?
        var talkSharePercent: Int?
        var values: [Value] = []
        var scores: [Score] = []
        var patterns: [Pattern] = []
        var observations: [Observation] = []
        var transcript: Transcript?
        /// For the mentor: a transcript's measured figures wait for the mentor's estimate (issue 14).
        var estimateFirst = false
        /// The form sent with errors, shown again as it was sent.
        var draft = Draft()
        var errors: FieldErrors = [:]
        var flash: String?
        /// The part just saved: its message is shown there (the address ends in `#saved`), not at the top.
        var saved: SavedSection?
    }

    /// The parts of the page a save returns to; `log` is the whole conversation logged at once.
    enum SavedSection: String, Sendable, Equatable, CaseIterable {
        case details, agenda, notes, actions, evidence, scores, observations, log
    }

    struct AgendaRow: Sendable, Equatable {
        var id: UUID
        var text: String
        var author: PairSide
        var beforehand: Bool
        var covered: Bool
        var carried: Bool
        /// The conversation a carried item came from, when known.
        var carriedFrom: UUID? = nil
    }

    struct Action: Sendable, Equatable {
        var id: UUID
        var text: String
        var owner: PairSide
        var due: Date?
        var done: Date?
        var carried: Int
    }

    struct Goal: Sendable, Equatable {
        var id: UUID
        var title: String
    }

    struct Evidence: Sendable, Equatable {
        var id: UUID
        var goal: String
        var text: String
    }

    struct Value: Sendable, Equatable {
        var id: UUID
        var name: String
        var behaviours: [String]
    }

    struct Score: Sendable, Equatable {
        var id: UUID
        var value: String
        var score: Int
        var behaviour: String
    }

    struct Pattern: Sendable, Equatable {
        var key: String
        var name: String
    }

    struct Observation: Sendable, Equatable {
        var id: UUID
        var pattern: String
        var effect: AttitudeEffect
        var note: String
    }

    /// A stored transcript analysis as the page shows it.
    struct Transcript: Sendable, Equatable {
        struct Speaker: Sendable, Equatable {
            var name: String
            var share: Double
            var words: Int
            var turns: Int
            var open: Int
            var closed: Int
        }

        var speakers: [Speaker]
        var timed: Bool
        var mentorSpeaker: String
        var menteeSpeaker: String
        var mentorShare: Double
        var rawText: String?
        /// What the mentor and the mentee each did with the talk; nil when the mapping names a
        /// speaker the figures do not have.
        var talk: Talk? = nil
    }

    /// The moves, timing and language of both sides of one transcript, shown to both of them.
    struct Talk: Sendable, Equatable {
        var mentor: TalkSide
        var mentee: TalkSide
        /// For each third of the conversation, each side's share of all talk in it; empty
        /// when the conversation has no length.
        var thirds: [TalkThird]
    }

    /// One side's figures. Nil is "not measurable" (no end times, nothing overlapping, no such
    /// question), never zero.
    struct TalkSide: Sendable, Equatable {
        /// The person's name, and the transcript's speaker mapped to them.
        var name: String
        var speaker: String
        var openQuestions: Int
        var closedQuestions: Int
        var stackedQuestions: Int
        var selfAnsweredQuestions: Int
        var reflections: Int
        var advice: Int
        var adviceWithPermission: Int
        var information: Int
        var stories: Int
        var backchannels: Int
        var waitMedianSeconds: Double?
        var waitAtLeast3sShare: Double?
        var patienceSeconds: Double?
        var interruptions: Int?
        /// The other's mean answer in words after this side's open (closed) questions.
        var answerWordsAfterOpen: Double?
        var answerWordsAfterClosed: Double?
        var longestStretchSeconds: Double?
        /// Per 100 words.
        var hedges: Double
        var certainty: Double
        var commitments: Double
        var ownView: Double
    }

    struct TalkThird: Sendable, Equatable {
        var mentor: Double
        var mentee: Double
    }

    /// The one form that was sent and refused, so the page shows what was typed.
    struct Draft: Sendable, Equatable {
        var details: DetailsForm?
        var agenda: AgendaForm?
        var notes: NotesForm?
        var action: ActionForm?
        var evidence: EvidenceForm?
        var score: ScoreForm?
        var observation: ObservationForm?
        var estimate: TranscriptEstimateForm?
    }
}

extension ConversationPage.Model {
    static let mock: ConversationPage.Model = {
        let day: TimeInterval = 86_400
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        let goal = UUID(uuidString: "00000000-0000-4000-8000-0000000000a1")!
        let value = UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!
        return ConversationPage.Model(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c1")!, pairID: UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!,
            isMentor: true, open: true, mentorName: "Jeroen <Partners>", menteeName: "Emma <script>",
            at: at, durationMinutes: 60, place: "Room <Partners>", status: .held, initiative: .mentee,
            agenda: [
                .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, text: "Plan my <script> week", author: .mentee,
                      beforehand: true, covered: false, carried: true),
                .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000e2")!, text: "Client call", author: .mentor,
                      beforehand: false, covered: true, carried: false),
            ],
            sharedNotes: "Shared <Partners> notes",
            actionsHere: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, text: "Draft a <script> plan", owner: .mentee,
                                due: at + 7 * day, done: nil, carried: 0)],
            actionsEarlier: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!, text: "Read the memo", owner: .mentor,
                                   due: nil, done: nil, carried: 2)],
            goals: [.init(id: goal, title: "Plan <Partners> work")],
            evidence: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a2")!, goal: "Plan <Partners> work", text: "Kept the <script> plan")],
            privateNotes: "Private <script> notes", talkSharePercent: 40,
            values: [.init(id: value, name: "Ownership <Partners>", behaviours: ["Takes the <script> lead"])],
            scores: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b2")!, value: "Ownership <Partners>", score: 4, behaviour: "Proposed a <script> plan")],
            patterns: [.init(key: "waits_for_others", name: "Waits for <Partners>")],
            observations: [.init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b3")!, pattern: "Waits for <Partners>", effect: .hinders, note: "Waited <script>")],
            transcript: .init(speakers: [
                .init(name: "Jeroen <Partners>", share: 0.6, words: 300, turns: 12, open: 5, closed: 2),
                .init(name: "Emma <script>", share: 0.3, words: 150, turns: 11, open: 1, closed: 1),
                .init(name: "Guest", share: 0.1, words: 50, turns: 2, open: 0, closed: 0),
            ], timed: true, mentorSpeaker: "Jeroen <Partners>", menteeSpeaker: "Emma <script>", mentorShare: 0.67,
                              rawText: "Jeroen: how did the <script> week go?", talk: .mock),
            flash: "Saved <script>")
    }()
}

extension ConversationPage.Talk {
    /// A timed conversation of an hour in which nothing overlapped, so interruptions cannot be
    /// seen (not measurable), and the mentee asked no open question (no answer length to measure).
    static let mock = ConversationPage.Talk(
        mentor: .init(name: "Jeroen <Partners>", speaker: "Jeroen <Partners>", openQuestions: 5, closedQuestions: 2, stackedQuestions: 1,
                      selfAnsweredQuestions: 1, reflections: 4, advice: 3, adviceWithPermission: 1, information: 9, stories: 2, backchannels: 6,
                      waitMedianSeconds: 2.4, waitAtLeast3sShare: 0.29, patienceSeconds: 1.1, interruptions: nil,
                      answerWordsAfterOpen: 48.5, answerWordsAfterClosed: 7, longestStretchSeconds: 95,
                      hedges: 1.2, certainty: 0.4, commitments: 0.8, ownView: 1.6),
        mentee: .init(name: "Emma <script>", speaker: "Emma <script>", openQuestions: 0, closedQuestions: 3, stackedQuestions: 0,
                      selfAnsweredQuestions: 0, reflections: 1, advice: 0, adviceWithPermission: 0, information: 14, stories: 1, backchannels: 11,
                      waitMedianSeconds: 0.8, waitAtLeast3sShare: 0, patienceSeconds: 0.6, interruptions: nil,
                      answerWordsAfterOpen: nil, answerWordsAfterClosed: 12, longestStretchSeconds: 140,
                      hedges: 3.1, certainty: 0.2, commitments: 1.4, ownView: 0.7),
        thirds: [.init(mentor: 0.7, mentee: 0.3), .init(mentor: 0.35, mentee: 0.6), .init(mentor: 0.4, mentee: 0.55)])
}
