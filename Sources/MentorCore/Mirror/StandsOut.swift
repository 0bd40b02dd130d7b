import Foundation

/// One short line at the top of a mirror page: something in the figures worth looking at
/// first, with the section of the page it comes from.
public struct StandOut: Sendable, Codable, Equatable {
    /// What stands out, in the order they are picked.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Sending too much or too little (`verdict`, and the first reason).
        case sending
        /// The estimates are 10 points or more off (`points`, signed as the gap).
        case calibration
        /// The expectations were never discussed out loud, or are due for another conversation.
        case agreement
        /// The mentor holds most of the initiative.
        case initiative
        /// A work-organisation goal with low goal-directedness.
        case workOrganisation
        /// A goal not seen in three or more held conversations (`goalTitle`, `count`).
        case goalNotSeen
    }

    /// The page section a line links to.
    public enum Section: String, Sendable, Codable {
        case sending = "balance"
        case initiative = "initiative-figure"
        case calibration
        case expectations = "question-2"
        case goals = "question-4"
    }

    public var kind: Kind
    public var section: Section
    public var verdict: Balance.Verdict?
    public var reason: SendingFigure.Reason?
    public var points: Double?
    public var count: Int?
    public var goalTitle: String?
    /// For `agreement`: true when it was discussed but is due for another conversation.
    public var reviewDue: Bool?
    /// Across mentees, a line about one pair names it: the pair's mirror is where it links.
    public var pairID: UUID? = nil
    public var menteeName: String? = nil

    /// At most this many lines.
    public static let limit = 3
    /// A calibration gap stands out from this many points on.
    public static let calibrationPoints = 10.0
    /// A goal stands out when it was not seen in this many held conversations.
    public static let goalConversations = 3
}

extension MirrorMath {
    /// The first `StandOut.limit` that apply, in this order: sending too much or too little;
    /// estimates off by 10 points or more on average; expectations never discussed out loud or
    /// due for review; the mentor holding the initiative; the work-organisation pattern; a goal
    /// (open or in progress) not seen in 3 or more held conversations. `pairRecords` is false
    /// across mentees, where there is no one agreement or goal to speak of.
    public static func standsOut(_ mirror: Mirror, pairRecords: Bool = true) -> [StandOut] {
        var lines: [StandOut] = []
        func add(_ kind: StandOut.Kind, _ section: StandOut.Section) -> Int {
            lines.append(StandOut(kind: kind, section: section))
            return lines.count - 1
        }
        if let verdict = mirror.sending.verdict, verdict != .balanced {
            let index = add(.sending, .sending)
            lines[index].verdict = verdict
            lines[index].reason = mirror.sending.reasons.first
        }
        if let gap = mirror.calibration.meanGapPoints, abs(gap) >= StandOut.calibrationPoints {
            lines[add(.calibration, .calibration)].points = gap
        }
        if pairRecords, mirror.agreement.state == .missing || mirror.agreement.state == .written || mirror.agreement.reviewDue {
            lines[add(.agreement, .expectations)].reviewDue = mirror.agreement.state != .missing && mirror.agreement.state != .written
        }
        if mirror.initiative.holder == .mentor { _ = add(.initiative, .initiative) }
        if pairRecords, mirror.goalDirectedness.workOrganisationPattern { _ = add(.workOrganisation, .goals) }
        if pairRecords, let goal = mirror.learningGoals.first(where: { ($0.status == .open || $0.status == .inProgress)
                && $0.conversationsSinceEvidence >= StandOut.goalConversations }) {
            let index = add(.goalNotSeen, .goals)
            lines[index].goalTitle = goal.title
            lines[index].count = goal.conversationsSinceEvidence
        }
        return Array(lines.prefix(StandOut.limit))
    }
}

extension MirrorMath {
    /// What stands out across the mentees: the mentor's own lines first (`overall.standsOut`:
    /// sending, estimates, initiative); while there is room, the lines about one pair (its
    /// expectations or goals), one line per mentee in the order given before a second line of
    /// anyone, each naming the pair it belongs to.
    public static func standsOut(overall: Mirror, mentees: [Mirror]) -> [StandOut] {
        var lines = Array(overall.standsOut.prefix(StandOut.limit))
        let pairKinds: Set<StandOut.Kind> = [.agreement, .workOrganisation, .goalNotSeen]
        let perMentee = mentees.map { mirror in
            mirror.standsOut.filter { pairKinds.contains($0.kind) }.map { line -> StandOut in
                var line = line
                line.pairID = mirror.pairID
                line.menteeName = mirror.menteeName
                return line
            }
        }
        var round = 0
        while lines.count < StandOut.limit, perMentee.contains(where: { $0.count > round }) {
            for candidates in perMentee where candidates.count > round && lines.count < StandOut.limit {
                lines.append(candidates[round])
            }
            round += 1
        }
        return lines
    }
}
