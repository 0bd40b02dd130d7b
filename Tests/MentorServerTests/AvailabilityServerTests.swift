import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// A mentor's "not available until" and own capacity (issue 15): set from the rendered form,
/// hidden from a mentee's search, from matching and from requests while it lasts, reminders
/// waiting until then, and the capacity kept within the administrator's maximum.
@Suite struct AvailabilityServerTests {
    /// 2 March 2026, 10:00 in Amsterdam.
    static let now = Date(timeIntervalSince1970: 1_772_442_000)

    /// The stranger mentor of A says they are away until `day` (YYYY-MM-DD) through the form.
    static func setAway(_ day: String, capacity: String? = nil, _ fixture: Fixture, on app: Application) async throws -> TestingHTTPResponse {
        let mentor = TestClient(app, acceptLanguage: "en")
        try await mentor.signIn(fixture.a.strangerEmail)
        let page = try await mentor.get(SiteURL.accountAvailability.path).body.string
        #expect(page.contains(T.availabilityLead(.en)) && page.contains(T.ownCapacity(.en)))
        let form = try #require(RenderedForm(in: page, actionPrefix: SiteURL.accountAvailability.path))
        var typed = ["unavailableUntil": day]
        if let capacity { typed["capacity"] = capacity }
        return try await mentor.post(form.action, form.filled(typed))
    }

    static func page(_ fixture: Fixture, on app: Application) async throws -> String {
        let mentor = TestClient(app, acceptLanguage: "en")
        try await mentor.signIn(fixture.a.strangerEmail)
        return try await mentor.get(SiteURL.accountAvailability.path).body.string
    }

    static func programme(_ fixture: Fixture, on app: Application) async throws -> Programme {
        try #require(try await Programme.find(fixture.a.programme, on: app.db))
    }

    @Test func anAwayMentorIsHiddenFromSearchMatchingAndRequestsUntilTheDay() async throws {
        try await withTestApp { app in
            // setup
            app.clock = .fixed(Self.now)
            let fixture = try await Fixture.make(on: app)
            // act
            let saved = try await Self.setAway("2026-05-01", fixture, on: app)
            // The default maximum is offered.
            let page = try await Self.page(fixture, on: app)
            #expect(page.contains(T.ownCapacityHint(Availability.defaultMaximumCapacity)(.en)) && page.contains(T.awayUntil("1 May 2026")(.en)))
            // validate: stored as the start of 1 May in the firm's time zone
            #expect(saved.status == .seeOther)
            let stranger = try #require(try await Person.find(fixture.a.strangerMentor, on: app.db))
            #expect(stranger.unavailableUntil.map { Formats(language: .en, timeZone: app.settings.timeZone).isoDay($0) } == "2026-05-01")
            #expect(try await AuditEvent.query(on: app.db).filter(\.$summary == "availability changed").count() == 1)
            // The mentee's search leaves them out; her request to them is refused with the day.
            let mentee = TestClient(app, acceptLanguage: "en")
            try await mentee.signIn("spare@a.example")
            let search = try await mentee.get(SiteURL.mentors.path).body.string
            #expect(!search.contains("Stranger A") && search.contains("Mentor A"))
            let refused = try await mentee.post(SiteURL.pairRequest.path, [("mentor", fixture.a.strangerMentor.uuidString),
                                                                          ("programme", fixture.a.programme.uuidString)])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("not available until 1 May 2026"))
            #expect(try await Mentorship.query(on: app.db).filter(\.$mentor.$id == fixture.a.strangerMentor).count() == 0)
            // Matching leaves them out.
            let round = try await MatchingRound.load(programme: try await Self.programme(fixture, on: app), organisationID: fixture.a.id,
                                                     now: Self.now, on: app.db)
            #expect(!round.mentors.contains { $0.id == fixture.a.strangerMentor.uuidString })
            // From 1 May they are back everywhere, without anyone switching it off.
            let back = try #require(stranger.unavailableUntil)
            app.clock = .fixed(back)
            let round2 = try await MatchingRound.load(programme: try await Self.programme(fixture, on: app), organisationID: fixture.a.id,
                                                     now: back, on: app.db)
            #expect(round2.mentors.contains { $0.id == fixture.a.strangerMentor.uuidString })
            let later = TestClient(app, acceptLanguage: "en")  // two months on, the first session has expired
            try await later.signIn("spare@a.example")
            #expect(try await later.get(SiteURL.mentors.path).body.string.contains("Stranger A"))
        }
    }

    @Test func aDayGoneByOrTooFarAheadIsRefusedAndNothingChanges() async throws {
        try await withTestApp { app in
            app.clock = .fixed(Self.now)
            let fixture = try await Fixture.make(on: app)
            for (day, message) in [("2026-03-02", T.availabilityProblem(.untilNotAhead)(.en)),
                                   ("2027-06-01", T.availabilityProblem(.untilTooFar(days: 366))(.en)),
                                   ("1 May", T.invalidDay(.en))] {
                let response = try await Self.setAway(day, fixture, on: app)
                #expect(response.status == .unprocessableEntity && response.body.string.contains(message), "\(day)")
            }
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.unavailableUntil == nil)
            #expect(try await AuditEvent.query(on: app.db).filter(\.$summary == "availability changed").count() == 0)
        }
    }

    @Test func aMentorSetsTheirCapacityUpToTheAdministratorsMaximum() async throws {
        try await withTestApp { app in
            app.clock = .fixed(Self.now)
            let fixture = try await Fixture.make(on: app)
            // The administrator lowers the maximum to 4 on the organisation page's form.
            let admin = TestClient(app, acceptLanguage: "en")
            try await admin.signIn(fixture.a.emails[.admin]!)
            let settings = try await admin.get(SiteURL.adminOrganisation.path).body.string
            #expect(settings.contains(T.maxCapacity(.en)))
            let settingsForm = try #require(RenderedForm(in: settings, actionPrefix: SiteURL.adminOrganisation.path))
            let fields = settingsForm.filled(["maxCapacity": "4"]).filter { $0.0 != "defaultLanguage" } + [("defaultLanguage", "nl")]
            #expect(try await admin.post(settingsForm.action, fields).status == .seeOther)
            #expect(try await Organisation.find(fixture.a.id, on: app.db)?.maxCapacity == 4)
            // act: above it is refused, within it saved
            let above = try await Self.setAway("", capacity: "5", fixture, on: app)
            #expect(above.status == .unprocessableEntity && above.body.string.contains(T.availabilityProblem(.capacityOutOfRange(maximum: 4))(.en)))
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.capacity == 3)
            #expect(try await Self.setAway("", capacity: "4", fixture, on: app).status == .seeOther)
            // validate
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.capacity == 4)
            // B's mentor keeps B's own maximum, and a mentee has no such page.
            let mentee = TestClient(app)
            try await mentee.signIn(fixture.a.emails[.mentee]!)
            #expect(try await mentee.post(SiteURL.accountAvailability.path, [("capacity", "5")]).status == .forbidden)
            let otherMentor = TestClient(app, acceptLanguage: "en")
            try await otherMentor.signIn(fixture.b.emails[.mentor]!)
            #expect(try await otherMentor.post(SiteURL.accountAvailability.path, [("capacity", "5")]).status == .seeOther)
            #expect(try await Person.find(fixture.b.mentor, on: app.db)?.capacity == 5)
            #expect(try await Person.find(fixture.a.strangerMentor, on: app.db)?.capacity == 4)
        }
    }

    @Test func remindersAboutAnAwayMentorsPairsWaitUntilTheDay() async throws {
        try await withTestApp { app in
            let fixture = try await Fixture.make(on: app)
            // setup: a request to the stranger mentor, unanswered for a week; they are away for ten more days.
            let request = Mentorship(organisationID: fixture.a.id, programmeID: fixture.a.programme, mentorID: fixture.a.strangerMentor,
                                     menteeID: fixture.a.spare, status: .proposed)
            request.requestedBy = .mentee
            try await request.create(on: app.db)
            let now = Date().addingTimeInterval(7 * 86_400)
            try await Person.query(on: app.db).filter(\.$id == fixture.a.strangerMentor)
                .set(\.$unavailableUntil, to: now.addingTimeInterval(10 * 86_400)).update()
            let settings = MailSettings(sendmail: nil, from: "", baseURL: "")
            func waiting() async throws -> Int {
                try await Notification.query(on: app.db).filter(\.$kind == NotificationKind.requestWaiting.rawValue)
                    .filter(\.$person.$id == fixture.a.strangerMentor).count()
            }
            // act and validate: nothing while away
            _ = try await Reminders.run(now: now, settings: settings, timeZone: app.settings.timeZone, on: app.db)
            #expect(try await waiting() == 0)
            // From the day they are back, the reminder comes once.
            _ = try await Reminders.run(now: now.addingTimeInterval(10 * 86_400), settings: settings, timeZone: app.settings.timeZone, on: app.db)
            _ = try await Reminders.run(now: now.addingTimeInterval(10 * 86_400 + 3_600), settings: settings, timeZone: app.settings.timeZone, on: app.db)
            #expect(try await waiting() == 1)
        }
    }
}
