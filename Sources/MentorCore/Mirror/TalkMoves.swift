import Foundation

/// What the mentor did with the talk in one conversation, counted per sentence from its
/// transcript: the questions asked (open and closed), the reflections (saying back what the
/// mentee said or meant), the advice given, the information given and the own stories told.
/// With the wait time after the mentor's questions, it is the moves part of `Sending`.
public struct TalkMoves: Sendable, Equatable {
    public var openQuestions: Int
    public var closedQuestions: Int
    public var reflected: Int
    public var advised: Int
    /// Advice given after the mentor asked permission first.
    public var advisedWithPermission: Int
    public var informed: Int
    public var toldStories: Int
    /// The share of the mentor's questions followed by 3 seconds or more of silence; nil when
    /// the transcript has no times or the mentor ended no turn with a question. Per
    /// conversation only: `total` leaves it out (the mirror takes the mean over conversations).
    public var waitedShare: Double?

    /// Open and closed questions together.
    public var asked: Int { openQuestions + closedQuestions }
    /// The moves that send: advice, information and own stories.
    public var telling: Int { advised + informed + toldStories }
    /// The moves that receive: questions and reflections.
    public var receiving: Int { asked + reflected }

    public init(openQuestions: Int = 0, closedQuestions: Int = 0, reflected: Int = 0, advised: Int = 0, advisedWithPermission: Int = 0,
                informed: Int = 0, toldStories: Int = 0, waitedShare: Double? = nil) {
        self.waitedShare = waitedShare
        self.openQuestions = openQuestions
        self.closedQuestions = closedQuestions
        self.reflected = reflected
        self.advised = advised
        self.advisedWithPermission = advisedWithPermission
        self.informed = informed
        self.toldStories = toldStories
    }

    public static let zero = TalkMoves()

    /// The moves of several conversations added up.
    public static func total(_ moves: [TalkMoves]) -> TalkMoves {
        moves.reduce(.zero) { sum, next in
            TalkMoves(openQuestions: sum.openQuestions + next.openQuestions, closedQuestions: sum.closedQuestions + next.closedQuestions,
                      reflected: sum.reflected + next.reflected, advised: sum.advised + next.advised,
                      advisedWithPermission: sum.advisedWithPermission + next.advisedWithPermission,
                      informed: sum.informed + next.informed, toldStories: sum.toldStories + next.toldStories)
        }
    }
}
