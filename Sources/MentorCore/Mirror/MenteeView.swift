import Foundation

/// The mentee's view (issue 14): after a held conversation the mentee may answer two short
/// questions on a five-point scale. The mentor sees the answers only as a distribution over
/// the period (how many answers at each point of the scale, per question), and only once there
/// are `MenteeViewFigure.threshold` answers or more: never which answer belongs to which
/// conversation, and below the threshold not even how many answers there are.
public enum MenteeViewQuestion: String, Sendable, Codable, CaseIterable {
    /// How much room the mentee had to think for themselves: 1 hardly any, 5 plenty.
    case room
    /// Whether the mentee got enough of the mentor's own view and challenge: 1 much too
    /// little, 3 about right, 5 much too much.
    case challenge
}

/// One answer as the mirror reads it: the conversation it is about and the two points.
public struct MenteeAnswerRecord: Sendable, Equatable {
    public var conversationID: UUID
    public var room: Int
    public var challenge: Int

    public init(conversationID: UUID, room: Int, challenge: Int) {
        self.conversationID = conversationID
        self.room = room
        self.challenge = challenge
    }
}

/// What the mentor sees of the mentee's answers in a period.
public struct MenteeViewFigure: Sendable, Codable, Equatable {
    /// Fewer answers than this and nothing is shown. With one mentee, three answers of that
    /// mentee still show only counts per point, never which conversation gave which.
    public static let threshold = 3
    /// The points of the scale.
    public static let scale = 1...5

    /// True from `threshold` answers on.
    public var shown: Bool
    public var threshold: Int
    /// How many answers the distributions count; nil while nothing is shown.
    public var answers: Int?
    /// Answers per point of the scale, point 1 first (five counts); nil while nothing is shown.
    public var room: [Int]?
    public var challenge: [Int]?

    public init(shown: Bool, threshold: Int = MenteeViewFigure.threshold, answers: Int? = nil, room: [Int]? = nil, challenge: [Int]? = nil) {
        self.shown = shown
        self.threshold = threshold
        self.answers = answers
        self.room = room
        self.challenge = challenge
    }

    /// Too few answers: nothing but the threshold.
    public static let hidden = MenteeViewFigure(shown: false)

    /// The counts for one question; nil while nothing is shown.
    public func counts(_ question: MenteeViewQuestion) -> [Int]? {
        switch question {
        case .room: room
        case .challenge: challenge
        }
    }
}

public enum MenteeView {
    /// The figure over the answers that belong to `held` (the period's held conversations):
    /// an answer to a conversation outside them, or with a point outside 1-5, is not counted.
    /// From `threshold` counted answers on, each question's answers are counted per point.
    public static func figure(_ answers: [MenteeAnswerRecord], held: [ConversationRecord]) -> MenteeViewFigure {
        let heldIDs = Set(held.filter { $0.status == .held }.map(\.id))
        var seen = Set<UUID>()
        let counted = answers.filter { answer in
            heldIDs.contains(answer.conversationID)
                && MenteeViewFigure.scale.contains(answer.room) && MenteeViewFigure.scale.contains(answer.challenge)
                // One answer per conversation: the database keeps it so, and the rule does not rely on that.
                && seen.insert(answer.conversationID).inserted
        }
        guard counted.count >= MenteeViewFigure.threshold else { return .hidden }
        return MenteeViewFigure(shown: true, answers: counted.count,
                                room: distribution(counted.map(\.room)), challenge: distribution(counted.map(\.challenge)))
    }

    /// How many of `points` fall on each point of the scale, point 1 first.
    public static func distribution(_ points: [Int]) -> [Int] {
        var counts = Array(repeating: 0, count: MenteeViewFigure.scale.count)
        for point in points where MenteeViewFigure.scale.contains(point) {
            counts[point - MenteeViewFigure.scale.lowerBound] += 1
        }
        return counts
    }
}

extension MenteeView {
    /// Why the mentee cannot answer about a conversation now.
    public enum Refusal: String, Sendable, Equatable {
        /// Only a held conversation is asked about.
        case notHeld
        /// An ended pair's records are kept as they are.
        case pairEnded
        /// The mentee switched the questions off (they can switch them on again).
        case switchedOff
    }

    /// The pair's mentee may answer about a held conversation of an open pair while the
    /// questions are on; nil when they may. (Who the viewer is, the route checks.)
    public static func refusal(conversation status: ConversationStatus, pairEnded: Bool, switchedOff: Bool) -> Refusal? {
        if status != .held { return .notHeld }
        if pairEnded { return .pairEnded }
        if switchedOff { return .switchedOff }
        return nil
    }
}
