import Foundation

/// What the health of a programme is computed from: pairs, their conversations, goals,
/// agreements, fit checks and pulse answers, as figures only (no notes, no text).
public struct HealthInput: Sendable {
    public struct Pair: Sendable {
        public var id: UUID
        public var mentorName: String
        public var menteeName: String
        public var status: MentorshipStatus
        public var createdAt: Date
        public var startedOn: Date?
        /// Discussed and confirmed by both.
        public var agreementDiscussed: Bool
        public init(id: UUID, mentorName: String, menteeName: String, status: MentorshipStatus, createdAt: Date, startedOn: Date?, agreementDiscussed: Bool) {
            self.id = id; self.mentorName = mentorName; self.menteeName = menteeName; self.status = status
            self.createdAt = createdAt; self.startedOn = startedOn; self.agreementDiscussed = agreementDiscussed
        }
    }

    public struct Conversation: Sendable {
        public var id: UUID
        public var pair: UUID
        public var date: Date
        public var held: Bool
        public var menteeInitiated: Bool
        /// Measured from a transcript when there is one, else the mentor's estimate.
        public var mentorTalkShare: Double?
        public init(id: UUID, pair: UUID, date: Date, held: Bool, menteeInitiated: Bool, mentorTalkShare: Double?) {
            self.id = id; self.pair = pair; self.date = date; self.held = held; self.menteeInitiated = menteeInitiated; self.mentorTalkShare = mentorTalkShare
        }
    }

    /// A goal still being worked on, with the conversations that have evidence for it.
    public struct Goal: Sendable {
        public var pair: UUID
        public var evidenceConversations: Set<UUID>
        public init(pair: UUID, evidenceConversations: Set<UUID>) { self.pair = pair; self.evidenceConversations = evidenceConversations }
    }

    public struct PulseAnswer: Sendable {
        public var person: UUID
        public var value: Int
        public var improvement: String
        public var date: Date
        public init(person: UUID, value: Int, improvement: String, date: Date) { self.person = person; self.value = value; self.improvement = improvement; self.date = date }
    }

    public var now: Date
    public var cadenceDays: Int
    public var pulseIntervalDays: Int
    public var pairs: [Pair]
    public var conversations: [Conversation]
    public var goals: [Goal]
    public var fitAnswers: [FitAnswer]
    public var pulseAnswers: [PulseAnswer]

    public init(now: Date, cadenceDays: Int, pulseIntervalDays: Int, pairs: [Pair], conversations: [Conversation], goals: [Goal],
                fitAnswers: [FitAnswer], pulseAnswers: [PulseAnswer]) {
        self.now = now; self.cadenceDays = cadenceDays; self.pulseIntervalDays = pulseIntervalDays; self.pairs = pairs
        self.conversations = conversations; self.goals = goals; self.fitAnswers = fitAnswers; self.pulseAnswers = pulseAnswers
    }
}

/// A programme's health in figures. Pairs are numbered, not named, except where the
/// coordinator has to act: quiet pairs and requests waiting for an answer.
public struct ProgrammeHealth: Sendable, Equatable {
    public struct PairRow: Sendable, Equatable {
        /// 1, 2, 3 … in the order the pairs were formed.
        public var number: Int
        public var status: MentorshipStatus
        public var held: Int
        /// Whole cadences since the pair started: the conversations the cadence asks for by now.
        public var expected: Int
        public var goalsWithoutRecentEvidence: Int
        public var agreementDiscussed: Bool
    }

    public struct QuietPair: Sendable, Equatable {
        public var pair: UUID
        public var mentorName: String
        public var menteeName: String
        /// nil: no conversation held yet (counted from the start).
        public var lastConversation: Date?
        public var daysQuiet: Int
    }

    public struct WaitingRequest: Sendable, Equatable {
        public var pair: UUID
        public var mentorName: String
        public var menteeName: String
        public var daysWaiting: Int
    }

    public struct Pulse: Sendable, Equatable {
        public var answers: Int
        public var respondents: Int
        /// nil when fewer than `ProgrammeHealth.pulseMinimum` people answered: nothing is shown then.
        public var average: Double?
        public var distribution: [Int]?
        public var improvements: [String]?
    }

    /// Pulse results are shown only when at least this many people answered.
    public static let pulseMinimum = 3

    public var statusCounts: [MentorshipStatus: Int]
    public var pairs: [PairRow]
    public var quiet: [QuietPair]
    public var waiting: [WaitingRequest]
    public var agreementsNotDiscussed: Int
    /// The mean over pairs with a held conversation of each pair's mentee-initiative share.
    public var averageMenteeInitiative: Double?
    /// Held conversations per tenth of mentor talk share: [0-10 %), [10-20 %) … [90-100 %].
    public var talkShareHistogram: [Int]
    public var fitAnswers: [FitAnswer: Int]
    /// The answers of the last pulse interval.
    public var pulse: Pulse

    public static func compute(_ input: HealthInput) -> ProgrammeHealth {
        let day = 86_400.0
        let cadence = Double(max(1, input.cadenceDays))
        var statusCounts: [MentorshipStatus: Int] = [:]
        for status in MentorshipStatus.allCases { statusCounts[status] = 0 }
        for pair in input.pairs { statusCounts[pair.status, default: 0] += 1 }

        var heldByPair: [UUID: [HealthInput.Conversation]] = [:]
        var histogram = Array(repeating: 0, count: 10)
        for conversation in input.conversations where conversation.held && conversation.date <= input.now {
            heldByPair[conversation.pair, default: []].append(conversation)
            if let share = conversation.mentorTalkShare {
                histogram[min(9, max(0, Int(share * 10)))] += 1
            }
        }
        for key in heldByPair.keys { heldByPair[key]!.sort { $0.date < $1.date } }
        var goalsByPair: [UUID: [HealthInput.Goal]] = [:]
        for goal in input.goals { goalsByPair[goal.pair, default: []].append(goal) }

        var rows: [PairRow] = []
        var quiet: [QuietPair] = []
        var waiting: [WaitingRequest] = []
        var agreementsNotDiscussed = 0
        var initiativeShares: [Double] = []
        for (index, pair) in input.pairs.sorted(by: { $0.createdAt < $1.createdAt }).enumerated() {
            let held = heldByPair[pair.id] ?? []
            if !held.isEmpty { initiativeShares.append(Double(held.filter(\.menteeInitiated).count) / Double(held.count)) }
            switch pair.status {
            case .proposed:
                waiting.append(.init(pair: pair.id, mentorName: pair.mentorName, menteeName: pair.menteeName,
                                     daysWaiting: Int(input.now.timeIntervalSince(pair.createdAt) / day)))
                continue
            case .ended:
                continue
            case .active, .paused:
                break
            }
            let start = pair.startedOn ?? pair.createdAt
            let daysActive = max(0, input.now.timeIntervalSince(start) / day)
            let recent = Set(held.suffix(3).map(\.id))
            let withoutEvidence = (goalsByPair[pair.id] ?? []).filter { $0.evidenceConversations.isDisjoint(with: recent) }.count
            if !pair.agreementDiscussed { agreementsNotDiscussed += 1 }
            rows.append(.init(number: index + 1, status: pair.status, held: held.count, expected: Int(daysActive / cadence),
                              goalsWithoutRecentEvidence: withoutEvidence, agreementDiscussed: pair.agreementDiscussed))
            if pair.status == .active {
                let since = held.last?.date ?? start
                let quietDays = input.now.timeIntervalSince(since) / day
                if quietDays > 1.5 * cadence {
                    quiet.append(.init(pair: pair.id, mentorName: pair.mentorName, menteeName: pair.menteeName,
                                       lastConversation: held.last?.date, daysQuiet: Int(quietDays)))
                }
            }
        }
        var fit: [FitAnswer: Int] = [:]
        for answer in FitAnswer.allCases { fit[answer] = 0 }
        for answer in input.fitAnswers { fit[answer, default: 0] += 1 }

        let windowStart = input.now.addingTimeInterval(-Double(max(1, input.pulseIntervalDays)) * day)
        let recentAnswers = input.pulseAnswers.filter { $0.date > windowStart && $0.date <= input.now }
        let respondents = Set(recentAnswers.map(\.person)).count
        var pulse = Pulse(answers: recentAnswers.count, respondents: respondents, average: nil, distribution: nil, improvements: nil)
        if respondents >= pulseMinimum {
            pulse.average = Double(recentAnswers.map(\.value).reduce(0, +)) / Double(recentAnswers.count)
            var distribution = Array(repeating: 0, count: 5)
            for answer in recentAnswers where (1...5).contains(answer.value) { distribution[answer.value - 1] += 1 }
            pulse.distribution = distribution
            // In alphabetical order, so the order tells nothing about who wrote what when.
            pulse.improvements = recentAnswers.map { $0.improvement.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.sorted()
        }
        return ProgrammeHealth(
            statusCounts: statusCounts, pairs: rows,
            quiet: quiet.sorted { $0.daysQuiet > $1.daysQuiet }, waiting: waiting.sorted { $0.daysWaiting > $1.daysWaiting },
            agreementsNotDiscussed: agreementsNotDiscussed,
            averageMenteeInitiative: initiativeShares.isEmpty ? nil : initiativeShares.reduce(0, +) / Double(initiativeShares.count),
            talkShareHistogram: histogram, fitAnswers: fit, pulse: pulse)
    }
}
