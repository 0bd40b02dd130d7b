import Foundation

/// The mentor's self-check for one pair: the four questions answered from what was recorded.
/// Every figure carries its basis (how many records, since when) and is nil where there is
/// too little data to say anything.
public struct Mirror: Sendable, Codable, Equatable {
    public var pairID: UUID
    public var menteeName: String
    public var periodStart: Date
    public var periodEnd: Date
    public var conversationInitiative: ConversationInitiative
    public var agendaInitiative: AgendaInitiative
    public var talkShare: TalkShareFigure
    public var agreement: AgreementFigure
    public var coreValues: CoreValuesFigure
    public var learningGoals: [GoalFigure]
    public var goalDirectedness: GoalDirectedness
    /// Kept for older readers of the JSON: the position and verdict of `sending`, with only the talk reason.
    public var balance: Balance
    public var attitude: AttitudeFigure
    /// Sending and receiving from the talk share and, with transcripts, the mentor's moves.
    public var sending: SendingFigure
    /// Who takes the initiative, beside sending (not part of it).
    public var initiative: InitiativeFigure
    /// The mentor's estimates given before the measured share against that share.
    public var calibration: CalibrationFigure
    /// At most three lines for the top of the page: what is worth looking at first.
    public var standsOut: [StandOut] = []
    /// The mentee's answers to their two questions, as a distribution from three answers on (`MenteeView`).
    public var menteeView: MenteeViewFigure = .hidden
    /// The focus of the mentor's latest reflection against their earlier conversations; nil without one.
    public var focus: FocusFigure? = nil
    /// The agreed frequency, planner and preparation against the records.
    public var agreementPractice = AgreementPracticeFigure()
    /// Who says the words of the open learning goals, from counted transcripts.
    public var goalMentions = GoalMentionsFigure(goals: [])

    /// Computes every figure. Cost is linear in the number of records of the pair.
    public static func compute(_ pair: PairRecord, values: [CoreValueRecord], settings: MirrorSettings) -> Mirror {
        let held = MirrorMath.heldConversations(pair.conversations, in: settings.period)
        let conversationInitiative = MirrorMath.conversationInitiative(held, settings: settings)
        let agendaInitiative = MirrorMath.agendaInitiative(held, settings: settings)
        let talkShare = MirrorMath.talkShare(held, settings: settings)
        let goalDirectedness = MirrorMath.goalDirectedness(held, actions: pair.actions, goals: pair.goals, settings: settings)
        let sending = MirrorMath.sending(held, talk: talkShare)
        var mirror = Mirror(
            pairID: pair.pairID, menteeName: pair.menteeName,
            periodStart: settings.period.start, periodEnd: settings.period.end,
            conversationInitiative: conversationInitiative,
            agendaInitiative: agendaInitiative,
            talkShare: talkShare,
            agreement: MirrorMath.agreement(pair.agreement, situationChanges: pair.situationChanges, now: settings.now),
            coreValues: MirrorMath.coreValues(pair.scores, values: values, period: settings.period),
            learningGoals: MirrorMath.learningGoals(pair.goals, evidence: pair.evidence, held: held, period: settings.period),
            goalDirectedness: goalDirectedness,
            balance: MirrorMath.balance(sending),
            attitude: MirrorMath.attitude(pair.observations, period: settings.period),
            sending: sending,
            initiative: MirrorMath.initiative(held, conversations: conversationInitiative, agenda: agendaInitiative),
            calibration: MirrorMath.calibration(held, settings: settings))
        mirror.menteeView = MenteeView.figure(pair.menteeAnswers, held: held)
        mirror.focus = pair.focus.map { FocusMath.figure($0, conversations: pair.conversations, band: settings.talkBand, now: settings.now) }
        mirror.agreementPractice = AgreementPractice.figure(pair.agreement, held: held, period: settings.period, now: settings.now)
        mirror.agreement.practiceDeparts = pair.agreement?.discussedOn != nil && mirror.agreementPractice.departs
        mirror.agreement.reviewDue = AgreementReview.reviewDue(pair.agreement, changes: pair.situationChanges, now: settings.now,
                                                               practice: mirror.agreementPractice)
        mirror.goalMentions = GoalMentions.figure(pair.goals, held: held)
        mirror.standsOut = MirrorMath.standsOut(mirror)
        return mirror
    }
}

/// Question 1, first half: who takes the initiative for the conversations.
public struct ConversationInitiative: Sendable, Codable, Equatable {
    /// Share of held conversations in the period that the mentee initiated; nil with too little data.
    public var menteeShare: Double?
    public var heldConversations: Int
    public var initiatedByMentee: Int
    public var since: Date?
    public var series: [InitiativePoint]
}

public struct InitiativePoint: Sendable, Codable, Equatable {
    public var conversationID: UUID
    public var date: Date
    public var initiator: PairSide
    /// The mentee's share of this conversation's agenda items; nil without items.
    public var menteeAgendaShare: Double?
}

/// Question 1, second half: who brings the topics.
public struct AgendaInitiative: Sendable, Codable, Equatable {
    /// Share of agenda items (of held conversations in the period) written by the mentee.
    public var menteeShare: Double?
    /// Share of all those items added before the conversation started.
    public var beforehandShare: Double?
    /// Share of the mentee's items added beforehand.
    public var menteeBeforehandShare: Double?
    public var items: Int
    public var menteeItems: Int
    public var conversations: Int
}

/// Question 1: sending and receiving.
public struct TalkShareFigure: Sendable, Codable, Equatable {
    public enum Source: String, Sendable, Codable { case measured, estimated }
    public enum Position: String, Sendable, Codable { case below, within, above }

    public struct Point: Sendable, Codable, Equatable {
        public var conversationID: UUID
        public var date: Date
        public var share: Double
        public var source: Source
    }

    public var series: [Point]
    /// Mean of the per-conversation shares (measured where there is a transcript, else estimated).
    public var mean: Double?
    public var bandLow: Double
    public var bandHigh: Double
    public var position: Position?
    public var measuredConversations: Int
    public var estimatedConversations: Int
    /// From transcripts only: the mentor's questions and longest monologue.
    public var openQuestions: Int?
    public var closedQuestions: Int?
    public var statements: Int?
    public var longestMonologueSeconds: Double?
}

/// Question 2: were expectations discussed out loud.
public struct AgreementFigure: Sendable, Codable, Equatable {
    public var state: AgreementStatus
    public var discussedOn: Date?
    /// Days since the agreement was discussed.
    public var ageDays: Int?
    public var confirmedOn: Date?
    /// True when it was confirmed more than six months ago or the situation changed since it was discussed.
    public var reviewDue: Bool
    public var situationChangedSince: Bool
    /// The records depart from what was agreed (`AgreementPracticeFigure.departs`), for an agreement discussed out loud.
    public var practiceDeparts: Bool = false
}

/// Question 3: the organisation's core values.
public struct CoreValuesFigure: Sendable, Codable, Equatable {
    public var values: [ValueFigure]
    /// Names of values never scored in the period.
    public var neverScored: [String]
}

public struct ValueFigure: Sendable, Codable, Equatable {
    public enum Trend: String, Sendable, Codable { case up, down, flat }

    public var valueID: UUID
    public var name: String
    public var latest: Int
    public var previous: Int?
    public var trend: Trend?
    public var scores: Int
    public var withBehaviour: Int
    public var lastScoredOn: Date
    public var series: [ScorePoint]
}

public struct ScorePoint: Sendable, Codable, Equatable {
    public var conversationID: UUID
    public var date: Date
    public var score: Int
}

/// Question 4: what the conversations show of each learning goal.
public struct GoalFigure: Sendable, Codable, Equatable {
    public var goalID: UUID
    public var title: String
    public var theme: String?
    public var status: GoalStatus
    public var evidenceCount: Int
    public var lastEvidenceOn: Date?
    /// Held conversations after the last evidence (or in the whole period when there is none).
    public var conversationsSinceEvidence: Int
}

/// Question 4: does the mentee work goal-directedly in the mentoring itself.
public struct GoalDirectedness: Sendable, Codable, Equatable {
    /// Share of held conversations the mentee prepared (at least one own agenda item added
    /// beforehand; an item carried from an earlier conversation never counts).
    public var preparedShare: Double?
    public var heldConversations: Int
    /// Share of the mentee's actions due in the period that were done by their due date.
    public var actionsOnTimeShare: Double?
    public var actionsDue: Int
    /// The mentee's actions of the period (agreed or due in it) carried into two or more later conversations.
    public var actionsCarriedTwice: Int
    /// Mean of the two shares that exist; nil when neither does.
    public var score: Double?
    /// A goal about work organisation together with low goal-directedness (score below 0.5).
    public var workOrganisationPattern: Bool
}

/// One position between too little and too much sending, from -1 to +1. Since `sending` came,
/// it repeats that figure's position and verdict; the initiative and question components stay
/// empty and the reasons hold the talk reason only.
public struct Balance: Sendable, Codable, Equatable {
    public enum Verdict: String, Sendable, Codable { case tooLittle, balanced, tooMuch }
    public enum Reason: String, Sendable, Codable {
        case talkAboveBand, talkBelowBand, talkWithinBand
        case mentorHoldsInitiative, menteeHoldsInitiative, initiativeShared
        case fewQuestions, manyQuestions
    }

    public var position: Double?
    public var verdict: Verdict?
    public var talkComponent: Double?
    public var initiativeComponent: Double?
    public var questionComponent: Double?
    public var reasons: [Reason]
}

/// Recent attitude observations, with how often each pattern was seen.
public struct AttitudeFigure: Sendable, Codable, Equatable {
    public struct PatternCount: Sendable, Codable, Equatable {
        public var pattern: String
        public var helps: Int
        public var hinders: Int
        public var lastSeenOn: Date
        /// How the mentor can match the approach: derived from the pattern and its effect.
        public var approach: Approach?
    }

    public var observations: [ObservationRecord]
    public var patterns: [PatternCount]
}


/// How a mentor can match their approach to what they see.
public enum Approach: String, Sendable, Codable, CaseIterable {
    case moreChallenge = "more_challenge"
    case moreSupport = "more_support"
    case handBackInitiative = "hand_back_initiative"
    case inviteOwnView = "invite_own_view"
    case moreSpace = "more_space"

    /// The approach that fits a built-in pattern; nil for an organisation's own pattern.
    public static func matching(_ pattern: String) -> Approach? {
        switch AttitudePattern(rawValue: pattern) {
        case .takesInitiative: .moreSpace
        case .waitsForOthers: .handBackInitiative
        case .actsAsIfKnowing: .moreChallenge
        case .needlesslyInsecure: .moreSupport
        case .littleOwnColour: .inviteOwnView
        case .curiousAboutSelf: .moreSpace
        case nil: nil
        }
    }
}
