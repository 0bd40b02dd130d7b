import Foundation

/// Everything the mirror reads for one pair, as plain values. The server fills it from the
/// database; tests and benchmarks build it by hand.
public struct PairRecord: Sendable {
    public var pairID: UUID
    public var menteeName: String
    public var conversations: [ConversationRecord]
    public var agreement: AgreementRecord?
    public var scores: [ScoreRecord]
    public var goals: [GoalRecord]
    public var evidence: [EvidenceRecord]
    public var actions: [ActionRecord]
    public var observations: [ObservationRecord]
    /// Moments the pair's situation changed (a new goal, a pause or resume): an agreement
    /// discussed before the latest of these is due for another conversation.
    public var situationChanges: [Date]
    /// The mentee's answers to their two questions after held conversations (`MenteeView`).
    public var menteeAnswers: [MenteeAnswerRecord] = []
    /// The focus the mentor chose for this pair's next conversations (issue 14, item 5).
    public var focus: FocusRecord? = nil

    public init(pairID: UUID, menteeName: String, conversations: [ConversationRecord] = [], agreement: AgreementRecord? = nil,
                scores: [ScoreRecord] = [], goals: [GoalRecord] = [], evidence: [EvidenceRecord] = [],
                actions: [ActionRecord] = [], observations: [ObservationRecord] = [], situationChanges: [Date] = []) {
        self.pairID = pairID
        self.menteeName = menteeName
        self.conversations = conversations
        self.agreement = agreement
        self.scores = scores
        self.goals = goals
        self.evidence = evidence
        self.actions = actions
        self.observations = observations
        self.situationChanges = situationChanges
    }
}

public struct ConversationRecord: Sendable, Equatable {
    public var id: UUID
    public var date: Date
    public var status: ConversationStatus
    public var initiator: PairSide
    public var agenda: [AgendaRecord]
    /// The mentor's own estimate of their share of talk, 0-1.
    public var estimatedTalkShare: Double?
    /// Figures measured from a transcript, when one was uploaded.
    public var measured: MeasuredTalk?
    /// The mentor's moves in that transcript (questions, reflections, advice, information,
    /// stories); nil without a transcript or when its mentor speaker is not in its figures.
    public var talkMoves: TalkMoves?
    /// The mentor's estimate as it stood before the measured share was shown to them, 0-1;
    /// kept beside the measured share so the mirror can show how well the mentor judges it.
    public var estimateBeforeMeasured: Double?
    /// How often each side said an open goal's words, counted at the transcript's upload;
    /// nil without a transcript or when it was uploaded before goals were counted.
    public var goalMentions: [GoalMentionCount]? = nil

    public init(id: UUID, date: Date, status: ConversationStatus, initiator: PairSide, agenda: [AgendaRecord] = [],
                estimatedTalkShare: Double? = nil, measured: MeasuredTalk? = nil, talkMoves: TalkMoves? = nil,
                estimateBeforeMeasured: Double? = nil) {
        self.id = id
        self.date = date
        self.status = status
        self.initiator = initiator
        self.agenda = agenda
        self.estimatedTalkShare = estimatedTalkShare
        self.measured = measured
        self.talkMoves = talkMoves
        self.estimateBeforeMeasured = estimateBeforeMeasured
    }
}

public struct AgendaRecord: Sendable, Equatable {
    public var author: PairSide
    public var addedBeforehand: Bool
    /// Taken over from an earlier conversation that did not cover it. A carried item was
    /// brought (and counted) where it first appeared, so it never counts again: not as
    /// initiative, and never as prepared beforehand.
    public var carried: Bool

    public init(author: PairSide, addedBeforehand: Bool, carried: Bool = false) {
        self.author = author
        self.addedBeforehand = addedBeforehand
        self.carried = carried
    }
}

/// The mentor's figures from a transcript of one conversation.
public struct MeasuredTalk: Sendable, Equatable {
    public var mentorShare: Double
    public var openQuestions: Int
    public var closedQuestions: Int
    /// The mentor's sentences that are not questions.
    public var statements: Int
    public var longestMonologueSeconds: Double

    public init(mentorShare: Double, openQuestions: Int, closedQuestions: Int, statements: Int, longestMonologueSeconds: Double) {
        self.mentorShare = mentorShare
        self.openQuestions = openQuestions
        self.closedQuestions = closedQuestions
        self.statements = statements
        self.longestMonologueSeconds = longestMonologueSeconds
    }
}

public struct AgreementRecord: Sendable, Equatable {
    public var discussedOn: Date?
    public var mentorConfirmedAt: Date?
    public var menteeConfirmedAt: Date?
    /// The practical arrangements as written (issue 14, item 6); empty when not read.
    public var terms = AgreementTerms()

    public init(discussedOn: Date?, mentorConfirmedAt: Date?, menteeConfirmedAt: Date?) {
        self.discussedOn = discussedOn
        self.mentorConfirmedAt = mentorConfirmedAt
        self.menteeConfirmedAt = menteeConfirmedAt
    }
}

public struct CoreValueRecord: Sendable, Equatable {
    public var id: UUID
    public var name: String

    public init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }
}

public struct ScoreRecord: Sendable, Equatable {
    public var valueID: UUID
    public var conversationID: UUID
    public var date: Date
    public var score: Int
    public var behaviourDescribed: Bool

    public init(valueID: UUID, conversationID: UUID, date: Date, score: Int, behaviourDescribed: Bool = true) {
        self.valueID = valueID
        self.conversationID = conversationID
        self.date = date
        self.score = score
        self.behaviourDescribed = behaviourDescribed
    }
}

public struct GoalRecord: Sendable, Equatable {
    public var id: UUID
    public var title: String
    public var theme: String?
    public var status: GoalStatus

    public init(id: UUID, title: String, theme: String?, status: GoalStatus) {
        self.id = id
        self.title = title
        self.theme = theme
        self.status = status
    }
}

public struct EvidenceRecord: Sendable, Equatable {
    public var goalID: UUID
    public var conversationID: UUID
    public var date: Date

    public init(goalID: UUID, conversationID: UUID, date: Date) {
        self.goalID = goalID
        self.conversationID = conversationID
        self.date = date
    }
}

public struct ActionRecord: Sendable, Equatable {
    public var owner: PairSide
    public var due: Date?
    public var done: Date?
    public var carriedCount: Int
    /// The date of the conversation the action was agreed in; nil when unknown.
    public var agreedOn: Date?

    public init(owner: PairSide, due: Date?, done: Date?, carriedCount: Int = 0, agreedOn: Date? = nil) {
        self.owner = owner
        self.due = due
        self.done = done
        self.carriedCount = carriedCount
        self.agreedOn = agreedOn
    }
}

public struct ObservationRecord: Sendable, Equatable, Codable {
    public var conversationID: UUID
    public var date: Date
    public var pattern: String
    public var effect: AttitudeEffect

    public init(conversationID: UUID, date: Date, pattern: String, effect: AttitudeEffect) {
        self.conversationID = conversationID
        self.date = date
        self.pattern = pattern
        self.effect = effect
    }
}

/// The window the mirror looks at, and the organisation's settings it measures against.
public struct MirrorSettings: Sendable, Equatable {
    public var period: DateInterval
    public var now: Date
    /// The mentor's target share of talk; default 25-45 %.
    public var talkBand: ClosedRange<Double>
    /// Fewer held conversations than this and a share is reported as "too little data".
    public var minimumConversations: Int

    public init(period: DateInterval, now: Date, talkBand: ClosedRange<Double> = TalkBand.standard, minimumConversations: Int = 2) {
        self.period = period
        self.now = now
        self.talkBand = talkBand
        self.minimumConversations = minimumConversations
    }

    /// The last six months up to `now`.
    public static func lastSixMonths(now: Date, talkBand: ClosedRange<Double> = TalkBand.standard) -> MirrorSettings {
        let start = Calendar(identifier: .gregorian).date(byAdding: .month, value: -6, to: now) ?? now.addingTimeInterval(-182 * 86_400)
        return MirrorSettings(period: DateInterval(start: start, end: now), now: now, talkBand: talkBand)
    }
}
