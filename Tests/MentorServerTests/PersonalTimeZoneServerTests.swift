import Testing
import Foundation
import Vapor
import Fluent
import VaporTesting
@testable import MentorServer
import MentorCore

/// Each person's own time zone (issue 15 item 3): chosen on the account page or by an
/// administrator, then used for every page, notification, e-mail, form and calendar they get.
/// The firm's zone is the fixture's default, Europe/Amsterdam; the mentee works in London.
@Suite struct PersonalTimeZoneServerTests {
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
    static let london = TimeZone(identifier: "Europe/London")!

    static func moment(_ text: String) throws -> Date { try Date(text, strategy: .iso8601) }

    /// Chooses `zone` on the account page as a browser sends that form.
    static func choose(_ zone: String, _ client: TestClient) async throws -> TestingHTTPResponse {
        try await CorrectionServerTests.submit(client, page: "/account", action: "/account/time-zone", ["zone": zone])
    }

    @Test(arguments: MentorCore.Language.allCases) func theChoiceIsRenderedOnTheAccountPersonAndDataPages(language: MentorCore.Language) {
        let account = PageRendering.expect(AccountPage.render(.mock, viewer: .mock(language: language, roles: [.mentor], route: .account)),
                                           in: language, contains: [
            T.timeZone(language), T.timeZoneLead(language), #"action="/account/time-zone""#, #"name="zone""#,
            #"value="Europe/London" selected="selected""#, "America/New_York (UTC-05:00)", T.firmTimeZone("Europe/Amsterdam")(language),
        ])
        #expect(account.contains(#"id="time-zone""#))
        PageRendering.expect(PersonFormPage.render(.mock, viewer: .mock(language: language, roles: [.admin], route: .adminPersonNew)),
                             in: language, contains: [
            T.timeZone(language), #"name="timeZone""#, #"value="Europe/London" selected="selected""#,
            T.firmTimeZone("Europe/Amsterdam")(language),
        ])
        PageRendering.expect(PersonalDataPage.render(.mock, viewer: .mock(language: language, roles: [.mentor], route: .accountExport)),
                             in: language, contains: [T.timeZone(language), "Europe/London", T.timesIn("Europe/Amsterdam")(language)])
    }

    @Test func theAccountPageStoresTheChoiceAndTheEmptyChoiceIsTheFirmsZone() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let mentee = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!)
            let page = try await mentee.get("/account").body.string
            #expect(page.contains(T.firmTimeZone("Europe/Amsterdam")(.en)))
            #expect(page.contains(#"value="Europe/London""#) && page.contains(#"value="America/New_York""#))
            // act: London
            let saved = try await Self.choose("Europe/London", mentee)
            // validate
            #expect(saved.status == .seeOther && saved.headers.first(name: .location) == "/account#time-zone")
            #expect(try await Person.find(fixture.a.mentee, on: app.db)?.timeZone == "Europe/London")
            let again = try await mentee.get("/account").body.string
            #expect(again.contains(#"value="Europe/London" selected="selected""#) && again.contains(T.timeZoneSaved(.en)))
            // the data download holds it, the personal data page names it
            let download = try await mentee.get("/account/export.json").body.string
            let profile = try JSONSerialization.jsonObject(with: Data(download.utf8)) as? [String: Any]
            #expect((profile?["profile"] as? [String: Any])?["timeZone"] as? String == "Europe/London")
            let data = try await mentee.get("/account/export").body.string
            #expect(data.contains(T.timesIn("Europe/London")(.en)))
            // act: the empty choice from the rendered select (value="") is the firm's zone again
            let form = try #require(BrowserForm.all(in: again).first { $0.action == "/account/time-zone" })
            #expect(form.fields.first { $0.name == "zone" }?.options.first == "")
            #expect(try await mentee.post(form.action, form.sent(["zone": ""])).status == .seeOther)
            #expect(try await Person.find(fixture.a.mentee, on: app.db)?.timeZone == nil)
        }
    }

    @Test func anUnknownZoneIsRefusedWithAMessageAndNothingIsWritten() async throws {
        try await withTestApp { app in
            // setup: the mentee has London
            let fixture = try await Fixture.make(on: app)
            let mentee = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!, language: "nl")
            #expect(try await Self.choose("Europe/London", mentee).status == .seeOther)
            for typed in ["Mars/Olympus", "GMT+2", "<script>alert(1)</script>"] {
                // act
                let refused = try await Self.choose(typed, mentee)
                // validate: 422 with the message on the page, in Dutch, escaped; the zone stays
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.body.string.contains(PageRendering.escaped(T.timeZoneUnknown(typed)(.nl))))
                #expect(!refused.body.string.contains("<script>alert(1)"))
                #expect(try await Person.find(fixture.a.mentee, on: app.db)?.timeZone == "Europe/London")
            }
        }
    }

    @Test func theSameConversationShowsOnEachReadersClock() async throws {
        try await withTestApp { app in
            // setup: 08:00 UTC on 10 December: 09:00 in Amsterdam, 08:00 in London
            let fixture = try await Fixture.make(on: app)
            let at = try Self.moment("2026-12-10T08:00:00Z")
            let conversation = try #require(try await Conversation.find(fixture.a.conversation, on: app.db))
            conversation.scheduledAt = at
            try await conversation.save(on: app.db)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!)
            let mentee = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!)
            #expect(try await Self.choose("Europe/London", mentee).status == .seeOther)
            // act
            let forMentor = try await mentor.get("/conversations/\(fixture.a.conversation)").body.string
            let forMentee = try await mentee.get("/conversations/\(fixture.a.conversation)").body.string
            // validate
            let inAmsterdam = Formats(language: .en, timeZone: Self.amsterdam).dateTime(at)
            let inLondon = Formats(language: .en, timeZone: Self.london).dateTime(at)
            #expect(inAmsterdam.hasSuffix(" 9:00") && inLondon.hasSuffix(" 8:00"))
            #expect(forMentor.contains(inAmsterdam) && !forMentor.contains(inLondon))
            #expect(forMentee.contains(inLondon) && !forMentee.contains(inAmsterdam))
        }
    }

    @Test func aTimeTypedInTheFormIsReadOnThePlannersClock() async throws {
        try await withTestApp { app in
            // setup: the mentor works in London
            let fixture = try await Fixture.make(on: app)
            let mentor = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!)
            #expect(try await Self.choose("Europe/London", mentor).status == .seeOther)
            // act: 09:00 on a day three weeks ahead, planned from the new-conversation page
            var london = Calendar(identifier: .gregorian)
            london.timeZone = Self.london
            let ahead = london.dateComponents([.year, .month, .day], from: app.now.addingTimeInterval(21 * 86_400))
            let day = String(format: "%04d-%02d-%02d", ahead.year!, ahead.month!, ahead.day!)
            let sent = try await CorrectionServerTests.submit(mentor, page: "/mentorships/\(fixture.a.pair)/conversations/new",
                                                              action: "/mentorships/\(fixture.a.pair)/conversations",
                                                              ["date": day, "time": "09:00", "status": "planned"])
            // validate: stored as 09:00 on London's clock (an hour after 09:00 in Amsterdam), shown back as 09:00
            #expect(sent.status == .seeOther)
            let id = try #require(sent.headers.first(name: .location).flatMap { UUID(uuidString: String($0.split(separator: "/").last ?? "")) })
            let stored = try #require(try await Conversation.find(id, on: app.db))
            var nine = ahead
            nine.hour = 9
            let expected = try #require(london.date(from: nine))
            #expect(stored.scheduledAt == expected)
            var amsterdam = Calendar(identifier: .gregorian)
            amsterdam.timeZone = Self.amsterdam
            #expect(amsterdam.component(.hour, from: stored.scheduledAt) == 10)
            let page = try await mentor.get("/conversations/\(id)").body.string
            let form = try #require(BrowserForm.all(in: page).first { $0.action == "/conversations/\(id)" })
            #expect(form.fields.first { $0.name == "date" }?.value == day)
            #expect(form.fields.first { $0.name == "time" }?.value == "09:00")
        }
    }

    @Test func aNotificationNamesTheDayInTheReadersZoneInTheProductAndByEmail() async throws {
        try await withTestApp { app in
            // setup: 23:30 UTC on 10 December is still the 10th in London, already the 11th in Amsterdam
            app.settings.mail = MailSettings(sendmail: "true", from: "mm@example.org", baseURL: "https://mentor.example.org")
            // the notifications' own dates (when they came) are far from the days checked
            app.clock = .fixed(try Self.moment("2026-06-01T12:00:00Z"))
            let fixture = try await Fixture.make(on: app)
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.timeZone = "Europe/London"
            mentee.language = .en
            try await mentee.save(on: app.db)
            let mentor = try #require(try await Person.find(fixture.a.mentor, on: app.db))
            mentor.language = .en
            try await mentor.save(on: app.db)
            let pair = try #require(try await Mentorship.find(fixture.a.pair, on: app.db))
            let at = try Self.moment("2026-12-10T23:30:00Z")
            // act: the day-before reminder of a conversation at that moment
            let told = try await Notifier.tell(.conversationTomorrow, pair: pair, subjectID: fixture.a.conversation, occurrence: "x",
                                               moment: at, link: .conversation(fixture.a.conversation), actor: nil, now: app.now,
                                               settings: app.settings.mail, timeZone: app.settings.timeZone, on: app.db)
            // validate: each e-mail in its reader's zone
            #expect(told == 2)
            let mails = try await OutboxMessage.query(on: app.db).all()
            let toMentee = try #require(mails.first { $0.recipient == fixture.a.emails[.mentee]! })
            let toMentor = try #require(mails.first { $0.recipient == fixture.a.emails[.mentor]! })
            #expect(toMentee.body.contains("10 December 2026") && toMentee.body.contains("23:30"))
            #expect(toMentor.body.contains("11 December 2026") && toMentor.body.contains(" 0:30"))
            // and in the product
            let menteeClient = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentee]!)
            let mentorClient = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!)
            let menteeList = try await menteeClient.get("/notifications").body.string
            let mentorList = try await mentorClient.get("/notifications").body.string
            #expect(menteeList.contains("10 December 2026") && !menteeList.contains("11 December 2026"))
            #expect(mentorList.contains("11 December 2026") && !mentorList.contains("10 December 2026"))
        }
    }

    @Test func aDayIsTheSameDayInEveryZone() throws {
        // a due date typed as 19 August is stored as that day's start in the firm's zone ...
        let firm = Formats(language: .en, timeZone: Self.amsterdam)
        let due = try #require(firm.parseDay("2026-08-19"))
        for identifier in ["Europe/London", "America/New_York", "Asia/Singapore", "Pacific/Auckland", "Europe/Amsterdam"] {
            // ... and read as 19 August by everyone, wherever they are
            let reader = Formats(language: .en, timeZone: TimeZone(identifier: identifier)!, dayZone: Self.amsterdam)
            #expect(reader.date(due) == firm.date(due), "\(identifier)")
            #expect(reader.longDate(due) == "19 August 2026", "\(identifier)")
            #expect(reader.isoDay(due) == "2026-08-19", "\(identifier)")
            #expect(reader.parseDay("2026-08-19") == due, "\(identifier)")
            // a period's last second is that day too
            #expect(reader.isoDay(due.addingTimeInterval(86_399)) == "2026-08-19", "\(identifier)")
        }
        // a moment is on the reader's clock: 23:30 in London is the next day in Singapore
        let late = try Self.moment("2026-08-19T22:30:00Z")
        #expect(Formats(language: .en, timeZone: Self.london, dayZone: Self.amsterdam).longDate(late) == "19 August 2026")
        #expect(Formats(language: .en, timeZone: TimeZone(identifier: "Asia/Singapore")!, dayZone: Self.amsterdam).longDate(late) == "20 August 2026")
    }

    @Test func anAdministratorSetsAPersonsZoneOnThePersonForm() async throws {
        try await withTestApp { app in
            // setup
            let fixture = try await Fixture.make(on: app)
            let admin = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.admin]!)
            let page = "/admin/people/\(fixture.a.spare)/edit", action = "/admin/people/\(fixture.a.spare)"
            // act, validate: New York is stored
            #expect(try await CorrectionServerTests.submit(admin, page: page, action: action, ["timeZone": "America/New_York"]).status == .seeOther)
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.timeZone == "America/New_York")
            #expect(try await admin.get(page).body.string.contains(#"value="America/New_York" selected="selected""#))
            // an unknown one is refused on the form, nothing changes
            let refused = try await CorrectionServerTests.submit(admin, page: page, action: action, ["timeZone": "Atlantis/Capital"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(PageRendering.escaped(T.timeZoneUnknown("Atlantis/Capital")(.en))))
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.timeZone == "America/New_York")
            // a client that does not send the field leaves the zone alone; the empty choice clears it
            let form = try #require(BrowserForm.all(in: try await admin.get(page).body.string).first { $0.action == action })
            #expect(try await admin.post(action, form.sent().filter { $0.0 != "timeZone" }).status == .seeOther)
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.timeZone == "America/New_York")
            #expect(try await admin.post(action, form.sent(["timeZone": ""])).status == .seeOther)
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.timeZone == nil)
        }
    }

    @Test func anImportSetsTheZoneOfNewAndExistingPeopleAndAnEmptyCellKeepsIt() async throws {
        try await withTestApp { app in
            // setup: the spare person already works in New York
            let fixture = try await Fixture.make(on: app)
            let spare = try #require(try await Person.find(fixture.a.spare, on: app.db))
            spare.timeZone = "America/New_York"
            try await spare.save(on: app.db)
            let client = TestClient(app, acceptLanguage: "nl")
            try await client.signIn(fixture.a.emails[.admin]!)
            let csv = "naam;e-mail;rollen;tijdzone\r\n" + "Noor de Wit;noor@a.example;mentee;Europe/London\r\n" + "Spare A;spare@a.example;mentee;\r\n"
            // act
            let preview = try await client.post("/admin/people/import", [("csv", csv)])
            let upload = try #require(ImportTests.uploadID(in: preview.body.string))
            #expect(try await client.post("/admin/people/import/confirm", [("upload", upload)]).status == .ok)
            // validate
            #expect(try await Person.query(on: app.db).filter(\.$email == "noor@a.example").first()?.timeZone == "Europe/London")
            #expect(try await Person.find(fixture.a.spare, on: app.db)?.timeZone == "America/New_York")
            // an unknown zone refuses the file with its line
            let refused = try await client.post("/admin/people/import", [("csv", "naam;e-mail;rollen;tijdzone\r\nX;x@a.example;mentee;Maan/Basis\r\n")])
            #expect(refused.body.string.contains("Onbekende tijdzone") && refused.body.string.contains("Maan/Basis"))
            #expect(try await Person.query(on: app.db).filter(\.$email == "x@a.example").first() == nil)
        }
    }

    @Test func theCalendarFeedAndDownloadAreOnTheReadersClock() async throws {
        try await withTestApp { app in
            // setup: a planned conversation at 08:00 UTC on 10 December; the mentee in London with the feed on
            let fixture = try await Fixture.make(on: app)
            let conversation = Conversation(mentorshipID: fixture.a.pair, scheduledAt: try Self.moment("2026-12-10T08:00:00Z"), durationMinutes: 60,
                                            place: "Room 1", initiatedBy: .mentor, status: .planned)
            try await conversation.create(on: app.db)
            let token = CalendarToken.make()
            let mentee = try #require(try await Person.find(fixture.a.mentee, on: app.db))
            mentee.calendarToken = CalendarToken.hash(token)
            mentee.timeZone = "Europe/London"
            try await mentee.save(on: app.db)
            // act
            let feed = try await TestClient(app).get("/calendar/\(token).ics").body.string
            let client = try await CorrectionServerTests.signedIn(app, fixture.a.emails[.mentor]!)
            let download = try await client.get("/conversations/\(try conversation.requireID())/calendar.ics").body.string
            // validate: the mentee's feed in London, the mentor's download in the firm's Amsterdam
            let feedLines = CalendarInvitationTests.lines(feed), downloadLines = CalendarInvitationTests.lines(download)
            #expect(feedLines.contains("DTSTART;TZID=Europe/London:20261210T080000") && feedLines.contains("TZID:Europe/London"))
            #expect(downloadLines.contains("DTSTART;TZID=Europe/Amsterdam:20261210T090000") && downloadLines.contains("TZID:Europe/Amsterdam"))
            #expect(downloadLines.contains("BEGIN:VTIMEZONE") && downloadLines.contains("END:VTIMEZONE"))
        }
    }
}
