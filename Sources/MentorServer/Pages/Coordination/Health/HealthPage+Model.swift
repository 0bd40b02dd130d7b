import Foundation
import MentorCore

/// The coordinator's health page of one programme. Every table can be downloaded as CSV;
/// `rows(_:health:viewer:)` gives the same rows the page shows.
enum HealthPage {
    /// The tables of the health page, by their name in `?table=`.
    enum Table: String, CaseIterable, Sendable {
        case status, pairs, quiet, waiting, talk, fit, pulse
    }

    struct Model: Sendable, Equatable {
        var programmeID: UUID
        var name: String
        var cadenceDays: Int
        var pulseIntervalDays: Int
        var health: ProgrammeHealth
        var talkBand: ClosedRange<Double>
    }
}

extension HealthPage.Model {
    static let mock: HealthPage.Model = {
        let now = Date(timeIntervalSince1970: 1_767_225_600)
        let day = 86_400.0
        func id(_ n: UInt8) -> UUID { UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0xe0, n)) }
        let pairs = [
            HealthInput.Pair(id: id(1), mentorName: "Mentor <Partners>", menteeName: "Mentee <script>x</script>", status: .active,
                             createdAt: now.addingTimeInterval(-120 * day), startedOn: now.addingTimeInterval(-118 * day), agreementDiscussed: true),
            HealthInput.Pair(id: id(2), mentorName: "Waiting & <Partners>", menteeName: "Asker <b>", status: .proposed,
                             createdAt: now.addingTimeInterval(-20 * day), startedOn: nil, agreementDiscussed: false),
        ]
        let conversations = [
            HealthInput.Conversation(id: id(10), pair: id(1), date: now.addingTimeInterval(-90 * day), held: true, menteeInitiated: true, mentorTalkShare: 0.35),
            HealthInput.Conversation(id: id(11), pair: id(1), date: now.addingTimeInterval(-60 * day), held: true, menteeInitiated: false, mentorTalkShare: 0.6),
        ]
        let pulses = (1...3).map { HealthInput.PulseAnswer(person: id(UInt8(20 + $0)), value: 3 + $0 % 2, improvement: "More <script>time</script>",
                                                          date: now.addingTimeInterval(-Double($0) * day)) }
        let health = ProgrammeHealth.compute(HealthInput(now: now, cadenceDays: 28, pulseIntervalDays: 42, pairs: pairs, conversations: conversations,
                                                         goals: [HealthInput.Goal(pair: id(1), evidenceConversations: [])],
                                                         fitAnswers: [.goodFit, .notSure], pulseAnswers: pulses))
        return HealthPage.Model(programmeID: id(0x50), name: "Programme <Partners> 2026", cadenceDays: 28, pulseIntervalDays: 42,
                                health: health, talkBand: TalkBand.standard)
    }()
}
