import Testing
import Foundation
@testable import MentorCore

/// The agreement against what happened (issue 14, item 6). Each expected value is computed by
/// hand in the comment beside it.
@Suite struct AgreementPracticeTests {
    static func day(_ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: 2026, month: month, day: day))!
    }

    @Test(arguments: [
        ("Elke vier weken", 28.0), ("every 2 weeks", 14), ("Maandelijks", 30), ("twee keer per maand", 15),
        ("Tweewekelijks", 14), ("weekly", 7), ("om de 3 weken", 21), ("Once a month", 30), ("every other week", 14),
        ("Per kwartaal", 91), ("elke 6 weken, 1 uur", 42),
    ])
    func frequenciesAreReadInDutchAndEnglish(text: String, days: Double) {
        #expect(AgreementPractice.intervalDays(text) == days)
    }

    @Test func aFrequencyThatNamesNoRhythmIsNotRead() {
        #expect(AgreementPractice.intervalDays("als het nodig is") == nil)
        #expect(AgreementPractice.intervalDays("when needed") == nil)
        #expect(AgreementPractice.intervalDays("") == nil)
    }

    @Test func thePlannerIsReadFromThePairsWords() {
        #expect(AgreementPractice.planner("De mentee plant") == .mentee)
        #expect(AgreementPractice.planner("The mentor plans") == .mentor)
        #expect(AgreementPractice.planner("Samen") == .both)
        #expect(AgreementPractice.planner("mentor en mentee om en om") == .both)
        #expect(AgreementPractice.planner("whoever has time") == nil)
        #expect(AgreementPractice.preparationAgreed("Agendapunten uiterlijk de dag ervoor"))
        #expect(!AgreementPractice.preparationAgreed(" geen. "))
        #expect(!AgreementPractice.preparationAgreed(""))
    }

    /// Six conversations every 28 days from 5 January; the mentee planned one; four had an item
    /// added beforehand (one more had only a carried item, which does not count).
    static func held(menteePlanned: Int = 1, count: Int = 6) -> [ConversationRecord] {
        let dates = [day(1, 5), day(2, 2), day(3, 2), day(3, 30), day(4, 27), day(5, 25)].prefix(count)
        return dates.enumerated().map { index, date in
            let agenda: [AgendaRecord] = switch index {
            case 0, 1, 2, 3: [AgendaRecord(author: .mentee, addedBeforehand: true)]
            case 4: [AgendaRecord(author: .mentee, addedBeforehand: true, carried: true)]
            default: [AgendaRecord(author: .mentor, addedBeforehand: false)]
            }
            return ConversationRecord(id: UUID(), date: date, status: .held, initiator: index < menteePlanned ? .mentee : .mentor, agenda: agenda)
        }
    }

    static func agreement(discussed: Bool = true) -> AgreementRecord {
        var record = AgreementRecord(discussedOn: discussed ? day(1, 5) : nil, mentorConfirmedAt: nil, menteeConfirmedAt: nil)
        record.terms = AgreementTerms(frequency: "Every four weeks", whoPlans: "The mentee plans", preparation: "Agenda items the day before")
        return record
    }

    @Test func theRecordsAreSetAgainstWhatWasAgreed() {
        // Period to 1 July, now 1 July. From 5 January to 1 July: 26 + 28 + 31 + 30 + 31 + 30 + 1 = 177 days;
        // 177 / 28 = 6.3 -> expected = 1 + 6 = 7; held 6; 4 * 6 = 24 >= 3 * 7 = 21 -> kept.
        // Planning: the mentee planned 1 of 6; 3 * 1 = 3 < 2 * 6 = 12 -> not kept ("Recorded: 1 of 6").
        // Preparation: 4 of 6 prepared; 3 * 4 = 12 >= 2 * 6 = 12 -> kept.
        let period = DateInterval(start: Self.day(1, 1), end: Self.day(7, 1))
        let figure = AgreementPractice.figure(Self.agreement(), held: Self.held(), period: period, now: Self.day(7, 1))
        #expect(figure.frequency == .init(agreedDays: 28, expected: 7, held: 6, kept: true, agreedText: "Every four weeks"))
        #expect(figure.planning == .init(agreed: .mentee, byMentee: 1, byMentor: 5, held: 6, kept: false, agreedText: "The mentee plans"))
        #expect(figure.preparation == .init(prepared: 4, held: 6, kept: true))
        #expect(figure.departs)
    }

    @Test func fewerConversationsThanAgreedDepartAndFeedTheReview() {
        // Five held of 7 expected: 4 * 5 = 20 < 21 -> not kept. Mentee planned 4 of 5: 12 >= 10 -> kept.
        let period = DateInterval(start: Self.day(1, 1), end: Self.day(7, 1))
        let figure = AgreementPractice.figure(Self.agreement(), held: Self.held(menteePlanned: 4, count: 5), period: period, now: Self.day(7, 1))
        #expect(figure.frequency?.kept == false)
        #expect(figure.planning?.kept == true)
        #expect(figure.departs)
        // Discussed out loud: review due. Never discussed: the practice alone does not make it due.
        #expect(AgreementReview.reviewDue(Self.agreement(), changes: [], now: Self.day(7, 1), practice: figure))
        #expect(!AgreementReview.reviewDue(Self.agreement(discussed: false), changes: [], now: Self.day(7, 1), practice: figure))
        #expect(!AgreementReview.reviewDue(Self.agreement(), changes: [], now: Self.day(7, 1), practice: AgreementPracticeFigure()))
    }

    @Test func tooFewRecordsGiveNoVerdictAndSilentTermsNoFigure() {
        // Two held (fewer than 3): planning and preparation untold. From 5 January to 1 March: 55 days,
        // 55 / 28 -> 1 -> expected 2 < 3: frequency untold too.
        let period = DateInterval(start: Self.day(1, 1), end: Self.day(3, 1))
        let figure = AgreementPractice.figure(Self.agreement(), held: Self.held(count: 2), period: period, now: Self.day(3, 1))
        #expect(figure.frequency == .init(agreedDays: 28, expected: 2, held: 2, kept: nil, agreedText: "Every four weeks"))
        #expect(figure.planning?.kept == nil && figure.preparation?.kept == nil)
        #expect(!figure.departs)
        let silent = AgreementPractice.figure(AgreementRecord(discussedOn: nil, mentorConfirmedAt: nil, menteeConfirmedAt: nil),
                                              held: Self.held(), period: period, now: Self.day(3, 1))
        #expect(silent == AgreementPracticeFigure())
        #expect(AgreementPractice.figure(nil, held: Self.held(), period: period, now: Self.day(3, 1)) == AgreementPracticeFigure())
    }

    @Test func planningTogetherIsKeptWhenEachSidePlansAQuarter() {
        // Both: 1 of 6 by the mentee; 4 * 1 = 4 < 6 -> not kept; 2 of 6: 8 >= 6 -> kept.
        var record = Self.agreement()
        record.terms.whoPlans = "Samen"
        let period = DateInterval(start: Self.day(1, 1), end: Self.day(7, 1))
        #expect(AgreementPractice.figure(record, held: Self.held(menteePlanned: 1), period: period, now: Self.day(7, 1)).planning?.kept == false)
        #expect(AgreementPractice.figure(record, held: Self.held(menteePlanned: 2), period: period, now: Self.day(7, 1)).planning?.kept == true)
    }
}
