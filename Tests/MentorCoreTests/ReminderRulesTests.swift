import Testing
import Foundation
@testable import MentorCore

/// Every reminder rule with dates: due, not yet due, and already answered or planned.
@Suite struct ReminderRulesTests {
    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T00:00:00Z")! }
    static let (pairID, organisation, programme, mentor, mentee, coordinator) = (UUID(), UUID(), UUID(), UUID(), UUID(), UUID())

    /// An active pair started on 1 March with a 28-day cadence and a 60-day pulse.
    static func pair(status: MentorshipStatus = .active, _ change: (inout ReminderRules.PairSnapshot) -> Void = { _ in }) -> ReminderRules.PairSnapshot {
        var pair = ReminderRules.PairSnapshot(id: pairID, organisationID: organisation, programmeID: programme, mentorID: mentor, menteeID: mentee,
                                              status: status, createdAt: date("2026-03-01"), startedOn: date("2026-03-01"),
                                              cadenceDays: 28, pulseIntervalDays: 60, coordinators: [coordinator])
        change(&pair)
        return pair
    }

    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

    static func kinds(_ notices: [ReminderRules.Notice]) -> [ReminderRules.Kind] { notices.map(\.kind) }

    @Test func aConversationIsOverdueAfterTheCadenceUnlessOneIsPlanned() {
        let held = Self.pair { $0.conversations = [.init(status: .held, date: Self.date("2026-03-10"))] }
        #expect(ReminderRules.overdue(held, now: Self.date("2026-04-07")).isEmpty)
        let due = ReminderRules.overdue(held, now: Self.date("2026-04-08"))
        #expect(due.map(\.personID) == [Self.mentor, Self.mentee])
        #expect(due.first?.detail == "29" && due.first?.link == .pair(Self.pairID))
        #expect(due.first?.key == "overdue:\(Self.pairID):\(Int(Self.date("2026-03-10").timeIntervalSince1970))")
        var planned = held
        planned.conversations.append(.init(status: .planned, date: Self.date("2026-04-20")))
        #expect(ReminderRules.overdue(planned, now: Self.date("2026-04-08")).isEmpty)
        // Without a held conversation the start counts.
        #expect(ReminderRules.overdue(Self.pair(), now: Self.date("2026-03-30")).count == 2)
    }

    @Test func theAgreementIsAskedForAfterTheFirstHeldConversationAndOnceConfirmedOnlyWhenAGoalCameAfter() {
        let beforeAnyConversation = Self.pair()
        #expect(ReminderRules.agreement(beforeAnyConversation, now: Self.date("2026-03-05")).isEmpty)
        let held = Self.pair { $0.conversations = [.init(status: .held, date: Self.date("2026-03-10"))] }
        let due = ReminderRules.agreement(held, now: Self.date("2026-03-11"))
        #expect(due.count == 2 && due.first?.key == "agreement:\(Self.pairID):0:0" && due.first?.link == .agreement(Self.pairID))
        var confirmed = held
        confirmed.agreement = AgreementRecord(discussedOn: Self.date("2026-03-10"), mentorConfirmedAt: Self.date("2026-03-11"), menteeConfirmedAt: Self.date("2026-03-11"))
        confirmed.agreementRevision = 2
        confirmed.goalsWritten = [Self.date("2026-03-01")]
        #expect(ReminderRules.agreement(confirmed, now: Self.date("2026-03-12")).isEmpty)
        confirmed.goalsWritten.append(Self.date("2026-03-20"))
        let changed = ReminderRules.agreement(confirmed, now: Self.date("2026-03-21"))
        #expect(changed.first?.key == "agreement:\(Self.pairID):2:\(Int(Self.date("2026-03-10").timeIntervalSince1970))")
    }

    @Test func thePulseOpensEachIntervalForWhoeverHasNotAnswered() {
        #expect(ReminderRules.pulse(Self.pair(), now: Self.date("2026-04-29")).isEmpty)
        let open = ReminderRules.pulse(Self.pair(), now: Self.date("2026-04-30"))
        #expect(open.map(\.personID) == [Self.mentor, Self.mentee] && open.first?.key == "pulse:\(Self.pairID):1" && open.first?.detail == "1")
        let answered = Self.pair { $0.pulseAnswers = [.init(personID: Self.mentor, round: 1)] }
        #expect(ReminderRules.pulse(answered, now: Self.date("2026-05-01")).map(\.personID) == [Self.mentee])
    }

    @Test func anActionIsDueForItsOwnerWithinADay() {
        let actionID = UUID(), conversationID = UUID()
        let pair = Self.pair { $0.openActions = [.init(id: actionID, conversationID: conversationID, owner: .mentee, dueOn: Self.date("2026-04-10")),
                                                 .init(id: UUID(), conversationID: conversationID, owner: .mentor, dueOn: nil)] }
        #expect(ReminderRules.actionsDue(pair, now: Self.date("2026-04-08"), timeZone: Self.amsterdam).isEmpty)
        let due = ReminderRules.actionsDue(pair, now: Self.date("2026-04-09"), timeZone: Self.amsterdam)
        #expect(due == [ReminderRules.Notice(organisationID: Self.organisation, personID: Self.mentee, kind: .actionDue,
                                             key: "action:\(actionID):\(Int(Self.date("2026-04-10").timeIntervalSince1970))", subjectID: actionID,
                                             detail: "2026-04-10", link: .conversation(conversationID))])
    }

    @Test func aRequestWaitingFiveDaysGoesToTheMentorAndTheCoordinators() {
        let request = Self.pair(status: .proposed) { $0.startedOn = nil }
        #expect(ReminderRules.notices(for: request, now: Self.date("2026-03-05"), timeZone: Self.amsterdam).isEmpty)
        let due = ReminderRules.notices(for: request, now: Self.date("2026-03-06"), timeZone: Self.amsterdam)
        #expect(Self.kinds(due) == [.requestWaiting, .requestWaitingCoordinator])
        #expect(due.map(\.personID) == [Self.mentor, Self.coordinator] && due.map(\.detail) == ["5", "5"])
        #expect(due.last?.link == .programmeHealth(Self.programme) && due.last?.key == "request-coordinator:\(Self.pairID)")
    }

    @Test func pausedAndEndedPairsGetNothing() {
        let now = Self.date("2026-09-01")
        #expect(ReminderRules.notices(for: Self.pair(status: .paused), now: now, timeZone: Self.amsterdam).isEmpty)
        #expect(ReminderRules.notices(for: Self.pair(status: .ended), now: now, timeZone: Self.amsterdam).isEmpty)
        #expect(Self.kinds(ReminderRules.notices(for: Self.pair(), now: now, timeZone: Self.amsterdam)) == [.conversationOverdue, .conversationOverdue, .pulseOpen, .pulseOpen])
    }

    @Test func anActionDueOn19AugustInAmsterdamNamesThatDayAndTheOtherPerson() {
        // Due 19 August is midnight in Amsterdam: 22:00 UTC on the 18th.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.amsterdam
        let due = calendar.date(from: DateComponents(year: 2026, month: 8, day: 19))!
        let pair = Self.pair {
            $0.mentorName = "Daan Visser"
            $0.menteeName = "Emma de Vries"
            $0.openActions = [.init(id: UUID(), conversationID: UUID(), owner: .mentee, dueOn: due)]
        }
        let notice = ReminderRules.actionsDue(pair, now: due.addingTimeInterval(-3_600), timeZone: Self.amsterdam)
        #expect(notice.count == 1)
        let detail = ReminderRules.Detail(decoding: notice[0].detail)
        #expect(detail == ReminderRules.Detail(value: "2026-08-19", names: ["Daan Visser"]))
    }

    @Test func everyReminderNamesThePairToItsReader() {
        let active = Self.pair { $0.mentorName = "Daan Visser"; $0.menteeName = "Emma de Vries" }
        let notices = ReminderRules.notices(for: active, now: Self.date("2026-09-01"), timeZone: Self.amsterdam)
        #expect(!notices.isEmpty)
        for notice in notices {
            let names = ReminderRules.Detail(decoding: notice.detail).names
            #expect(names == [notice.personID == Self.mentor ? "Emma de Vries" : "Daan Visser"])
        }
        let request = Self.pair(status: .proposed) { $0.mentorName = "Daan Visser"; $0.menteeName = "Emma de Vries" }
        let waiting = ReminderRules.notices(for: request, now: Self.date("2026-03-07"), timeZone: Self.amsterdam)
        #expect(waiting.map { ReminderRules.Detail(decoding: $0.detail) }
                == [.init(value: "6", names: ["Emma de Vries"]), .init(value: "6", names: ["Emma de Vries", "Daan Visser"])])
    }

    @Test func aDetailWithoutNamesReadsAsBefore() {
        #expect(ReminderRules.Detail(value: "5").encoded == "5")
        #expect(ReminderRules.Detail(decoding: "2026-04-10") == .init(value: "2026-04-10", names: []))
        let odd = ReminderRules.Detail(value: "3", names: ["A\u{1F}B"])
        #expect(ReminderRules.Detail(decoding: odd.encoded).names == ["AB"])
    }
}
