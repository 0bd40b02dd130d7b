import Foundation

/// What the mentor did with the talk in one conversation, counted per sentence from its
/// transcript: the questions asked (open and closed), the reflections (saying back what the
/// mentee said or meant), the advice given, the information given and the own stories told.
/// The mirror reads it; its verdicts do not use it yet.
public struct TalkMoves: Sendable, Equatable {
    public var openQuestions: Int
    public var closedQuestions: Int
    public var reflected: Int
    public var advised: Int
    /// Advice given after the mentor asked permission first.
    public var advisedWithPermission: Int
    public var informed: Int
    public var toldStories: Int

    /// Open and closed questions together.
    public var asked: Int { openQuestions + closedQuestions }

    public init(openQuestions: Int = 0, closedQuestions: Int = 0, reflected: Int = 0, advised: Int = 0, advisedWithPermission: Int = 0,
                informed: Int = 0, toldStories: Int = 0) {
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
