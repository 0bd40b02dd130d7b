import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The mirror, the reflections and the mentee's progress, rendered from their mocks.
@Suite struct MirrorPageTests {
    @Test(arguments: MentorCore.Language.allCases) func theOverviewShowsEveryMenteeAndTheFiguresAcrossThem(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .mirror)
        let model = MirrorOverviewPage.Model.mock
        let page = PageRendering.expect(MirrorOverviewPage.render(model, viewer: viewer), in: language, contains: [
            T.mirror(language), T.reflections(language), T.acrossMentees(language), T.showPeriod(language),
            #"action="\#(SiteURL.mirror.path)""#, #"href="\#(SiteURL.reflections.path)""#,
            #"href="\#(SiteURL.pairMirror(model.mirrors[0].pairID).path)""#, #"name="from""#, #"name="to""#,
        ])
        #expect(page.contains(PageRendering.escaped("Bram & <Partners>")))
        // Across the mentees: sending with its reasons, the initiative beside it, and the calibration.
        let overall = model.overall!
        for text in [T.balanceTitle(language), T.initiativeTitle(language), T.calibrationTitle(language),
                     T.sendingVerdict(overall.sending.verdict!, hasReasons: true)(language)] + overall.sending.reasons.map({ T.sendingReason($0)(language) }) {
            #expect(page.contains(PageRendering.escaped(text)), "\(text)")
        }
        // What stands out across the mentees links to the sections below.
        #expect(page.contains(T.standsOutTitle(language)) && page.contains(##"href="#balance-all""##) && page.contains(#"id="balance-all""#))
        // The verdict of every pair in the table comes from sending, never from a mix with initiative.
        #expect(page.contains(T.balanceVerdictShort(model.mirrors[0].sending.verdict!)(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func thePairMirrorAsksTheFourQuestions(language: MentorCore.Language) {
        let model = MirrorPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pairMirror(model.mirror.pairID))
        let page = PageRendering.expect(MirrorPage.render(model, viewer: viewer), in: language, contains: [
            T.question1(language), T.question2(language), T.question3(language), T.question4(language),
            T.balanceTitle(language), T.attitudeTitle(language),
            #"action="\#(SiteURL.pairMirror(model.mirror.pairID).path)""#,
            #"href="\#(SiteURL.agreement(model.mirror.pairID).path)""#,
            #"href="\#(SiteURL.goal(model.mirror.learningGoals[0].goalID).path)""#,
            #"href="\#(SiteURL.conversation(model.mirror.conversationInitiative.series[0].conversationID).path)""#,
        ])
        #expect(page.contains(PageRendering.escaped("Werkorganisatie <Partners>")))
        #expect(page.contains(PageRendering.escaped("Vraag door <script>")))
        #expect(page.contains(PageRendering.escaped("Eigenaarschap <script>")))
        // Question 1: sending (mock: talk above the range, mostly telling, seldom waiting -> too much),
        // initiative beside it, and the estimates against the measured shares: 0.30 - 0.50 = -20 and
        // 0.35 - 0.54 = -19 points, mean -19.5.
        let mirror = model.mirror
        #expect(mirror.sending.verdict == .tooMuch && mirror.sending.reasons == [.talkAboveBand, .mostlyTelling, .seldomWaits])
        #expect(mirror.calibration.meanGapPoints == -19.5 && mirror.calibration.direction == .lower)
        let formats = Formats(language: language, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        for text in [T.balanceTitle(language), T.sendingVerdict(.tooMuch, hasReasons: true)(language), T.sendingReasonsHeading(language),
                     T.sendingReason(.talkAboveBand)(language), T.sendingReason(.mostlyTelling)(language), T.sendingReason(.seldomWaits)(language),
                     T.sendingHow(language), T.initiativeTitle(language), T.initiativeHolder(mirror.initiative.holder!)(language),
                     T.initiativeCarried(1)(language), T.calibrationTitle(language),
                     T.calibrationDirection(.lower, points: formats.number(19.5, fractionDigits: 0))(language),
                     T.calibrationBasis(2)(language), T.calibrationTableTitle(language)] {
            #expect(page.contains(PageRendering.escaped(text)), "\(text)")
        }
        // What stands out, at the top, each line linking to its section: sending, then the estimates (19.5 points off).
        #expect(mirror.standsOut.map(\.kind) == [.sending, .calibration])
        #expect(page.contains(T.standsOutTitle(language)))
        for line in mirror.standsOut {
            #expect(page.contains(##"href="#\##(line.section.rawValue)""##))
            #expect(page.contains(PageRendering.escaped(T.standOut(line, formats: formats)(language))))
            #expect(page.contains(#"id="\#(line.section.rawValue)""#))
        }
        #expect(page.range(of: T.standsOutTitle(language))!.lowerBound < page.range(of: T.question1(language))!.lowerBound)
    }

    @Test(arguments: MentorCore.Language.allCases) func reasonsThatPullTheOtherWayAreNamedAsSuch(language: MentorCore.Language) {
        // Talk above the range while mostly asking and often waiting: balanced, every part pulling one way or the other.
        var model = MirrorPage.Model.mock
        model.mirror.sending.verdict = .balanced
        model.mirror.sending.reasons = []
        model.mirror.sending.counterweights = [.talkAboveBand, .mostlyAskingAndReflecting, .oftenWaits]
        model.mirror.calibration = MirrorMath.calibration([], settings: MirrorMocks.settings)
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .pairMirror(model.mirror.pairID))
        let page = PageRendering.expect(MirrorPage.render(model, viewer: viewer), in: language, contains: [])
        for text in [T.sendingVerdict(.balanced, hasReasons: false)(language), T.sendingCounterHeading(.balanced)(language),
                     T.sendingReason(.talkAboveBand)(language), T.calibrationNone(language)] {
            #expect(page.contains(PageRendering.escaped(text)), "\(text)")
        }
        #expect(!page.contains(PageRendering.escaped(T.sendingVerdict(.balanced, hasReasons: true)(language))))
        #expect(!page.contains(PageRendering.escaped(T.sendingReasonsHeading(language))))
    }

    @Test(arguments: MentorCore.Language.allCases) func reflectionsListTheAnswersAndOfferTheForm(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .reflections)
        var model = ReflectionsPage.Model.mock
        let page = PageRendering.expect(ReflectionsPage.render(model, viewer: viewer), in: language, contains: [
            T.reflections(language), T.newReflection(language), T.allMentees(language), T.question1(language), T.question2(language),
            #"action="\#(SiteURL.reflections.path)""#, #"value="2025-10-02""#, #"name="coreValues""#, #"name="learningGoals""#,
        ])
        #expect(page.contains(PageRendering.escaped("I waited <b>too</b> long")))
        #expect(page.contains(PageRendering.escaped("Bram & <Partners>")))
        model.errors = ["initiative": T.reflectionEmpty(language)]
        #expect(ReflectionsPage.render(model, viewer: viewer).render().contains(T.reflectionEmpty(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func theMenteeSeesProgressWithoutTheMentorsFigures(language: MentorCore.Language) {
        let model = ProgressPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.mentee], route: .progress(pair: model.pairID))
        let page = PageRendering.expect(ProgressPage.render(model, viewer: viewer), in: language, contains: [
            T.progressTitle(language), T.progressGoals(language), T.progressPreparedLabel(language),
            #"href="\#(SiteURL.pair(model.pairID).path)""#, #"href="\#(SiteURL.goal(model.goals[0].goalID).path)""#,
        ])
        #expect(!page.contains(T.talkShareLabel(language)) && !page.contains(T.balanceTitle(language)))
        #expect(page.contains(PageRendering.escaped("Mentor <Partners>")))
    }

    @Test func theReflectionFormNeedsAPeriodAndAnAnswer() throws {
        let formats = Formats(language: .en, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let valid = ReflectionsPage.Form(mentorship: "", from: "2026-01-01", to: "2026-03-01", initiative: " Waited ", expectations: nil,
                                         coreValues: "", learningGoals: nil)
        let checked = try valid.validated(formats).get()
        #expect(checked.answers[.initiative] == "Waited" && checked.answers[.expectations] == "")
        #expect(checked.from < checked.to)
        #expect(valid.mentorshipChoice == nil)
        let wrong = ReflectionsPage.Form(mentorship: "x", from: "2026-03-01", to: "2026-01-01")
        guard case .failure(let errors) = wrong.validated(formats) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["to", "initiative"])
        #expect(wrong.mentorshipChoice == "x")
        guard case .failure(let days) = ReflectionsPage.Form(from: "soon", to: "", initiative: "a").validated(formats) else { Issue.record("accepted"); return }
        #expect(Set(days.fields.keys) == ["from", "to"])
    }

    @Test func thePeriodIsTheLastSixMonthsUnlessBothEndsAreValid() throws {
        let formats = Formats(language: .nl, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        let now = MirrorMocks.now
        #expect(try MirrorPeriodForm(from: nil, to: "").validated(formats, now: now).get() == nil)
        let chosen = try #require(try MirrorPeriodForm(from: "2025-09-01", to: "2025-09-30").validated(formats, now: now).get())
        #expect(chosen.end.timeIntervalSince(chosen.start) > 29 * 86_400)
        let openEnd = try #require(try MirrorPeriodForm(from: "2025-09-01", to: nil).validated(formats, now: now).get())
        #expect(openEnd.end == now)
        guard case .failure = MirrorPeriodForm(from: "2025-09-30", to: "2025-09-01").validated(formats, now: now) else { Issue.record("accepted"); return }
        #expect(throws: UserError.self) { try MirrorPeriodForm(from: "nonsense", to: nil).settings(formats, now: now, band: TalkBand.standard) }
        #expect(try MirrorPeriodForm().settings(formats, now: now, band: 0.2...0.3).talkBand == 0.2...0.3)
    }
}
