import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// Signing in, the account, password links, the calendar feed and the data rights pages,
/// rendered from their mocks in Dutch and English, with no database.
@Suite struct AccountPageTests {
    @Test(arguments: MentorCore.Language.allCases) func signIn(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [], route: .signIn)
        let page = PageRendering.expect(SignInPage.render(.mock, viewer: viewer), in: language, contains: [
            T.signIn(language), T.forgotPasswordLink(language),
            #"action="/signin""#, #"href="/password/forgot""#, #"name="next""#,
            T.providerSignInHeading(language), #"action="/signin/provider""#, #"id="provider-continue""#, #"name="address""#,
        ])
        #expect(page.contains(PageRendering.escaped("<script>@example.org")))
        #expect(page.contains(PageRendering.escaped("/mirror?x=<Partners>")))
        #expect(page.contains(PageRendering.escaped("Wrong <Partners> password")))
    }

    @Test(arguments: MentorCore.Language.allCases) func account(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .account)
        let page = PageRendering.expect(AccountPage.render(.mock, viewer: viewer), in: language, contains: [
            T.account(language), T.preferredLanguage(language), T.changePassword(language), T.calendarFeedRenew(language),
            T.calendarFeedRevoke(language), T.sessionsCount(3)(language), T.signOutEverywhere(language), T.matchingPreferences(language),
            #"action="/account/language""#, #"action="/account/notifications""#, #"action="/account/calendar""#,
            #"action="/account/calendar/revoke""#, #"action="/account/password""#, #"action="/account/signout-everywhere""#,
            #"href="/account/preferences""#, #"href="/account/export""#,
        ])
        #expect(page.contains(PageRendering.escaped("https://mentor.example.org/<script>/calendar/…")))
        #expect(page.contains(PageRendering.escaped("Saved <Partners>")))
        // The feed off: only "turn on", no revoke form; an admin has no matching preferences.
        var off = AccountPage.Model.mock
        off.calendarFeedURL = nil
        off.errors = ["repeated": T.passwordsDiffer(language)]
        let offPage = AccountPage.render(off, viewer: .mock(language: language, roles: [.admin], route: .account)).render()
        #expect(offPage.contains(T.calendarFeedTurnOn(language)) && offPage.contains(T.calendarFeedOff(language)))
        #expect(!offPage.contains(#"action="/account/calendar/revoke""#) && !offPage.contains(#"href="/account/preferences""#))
        #expect(offPage.contains(T.passwordsDiffer(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func forgotPassword(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [], route: .passwordForgot)
        let page = PageRendering.expect(ForgotPasswordPage.render(.mock, viewer: viewer), in: language, contains: [
            T.forgotPasswordTitle(language), T.sendResetLink(language), T.backToSignIn(language),
            #"action="/password/forgot""#, #"href="/signin""#,
        ])
        #expect(page.contains(PageRendering.escaped("<script>@example.org")))
        #expect(page.contains(PageRendering.escaped("Not an <Partners> address")))
    }

    @Test(arguments: MentorCore.Language.allCases) func choosePassword(language: MentorCore.Language) {
        let model = ChoosePasswordPage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [], route: .passwordNew(model.token))
        let page = PageRendering.expect(ChoosePasswordPage.render(model, viewer: viewer), in: language, contains: [
            T.choosePasswordTitle(language), T.newPassword(language), T.repeatPassword(language), T.savePassword(language),
            #"action="/password/new/\#(model.token)""#,
        ])
        #expect(page.contains(PageRendering.escaped(T.invitationWelcome(model.name, model.email)(language))))
        var reset = model
        reset.purpose = .reset
        #expect(ChoosePasswordPage.render(reset, viewer: viewer).render().contains(PageRendering.escaped(T.resetLead(model.email)(language))))
    }

    @Test(arguments: MentorCore.Language.allCases) func linkInvalid(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [], route: .passwordNew("x"))
        PageRendering.expect(LinkInvalidPage.render(viewer: viewer), in: language, contains: [
            T.linkInvalidTitle(language), T.linkInvalidNext(language), #"href="/password/forgot""#, #"href="/signin""#,
        ])
    }

    @Test(arguments: MentorCore.Language.allCases) func calendarFeed(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .accountCalendar)
        let page = PageRendering.expect(CalendarFeedPage.render(.mock, viewer: viewer), in: language, contains: [
            T.calendarFeedNewTitle(language), T.calendarFeedBack(language), #"href="/account#calendar""#,
        ])
        #expect(page.contains(PageRendering.escaped("https://mentor.example.org/calendar/<script>abc.ics")))
    }

    @Test(arguments: MentorCore.Language.allCases) func personalData(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.mentor], route: .accountExport)
        let page = PageRendering.expect(PersonalDataPage.render(.mock, viewer: viewer), in: language, contains: [
            T.myData(language), T.downloadJSON(language), T.agreement(language), T.learningGoals(language),
            T.statusName(.active)(language), T.conversationStatus(.held)(language), T.goalStatus(.inProgress)(language),
            T.privateNotes(language), #"href="/account/export.json""#, "Honest feedback", "Took the lead",
        ])
        #expect(page.contains(PageRendering.escaped("Sanne <script>")))
        #expect(page.contains(PageRendering.escaped("Van Dijk & <Partners>")))
        #expect(page.contains(PageRendering.escaped("Jan <script>")))
        // The three-way e-mail choice of the account page, not the old on/off.
        #expect(page.contains(T.emailChoiceHeading(language)) && page.contains(T.emailChoiceRemindersOnly(language)))
        #expect(!page.contains(T.emailChoiceNever(language)) && !page.contains(T.emailChoiceEveryEvent(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func erase(language: MentorCore.Language) {
        let model = ErasePage.Model.mock
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPersonErase(model.personID))
        var withError = model
        withError.error = T.eraseConfirmMismatch(language)
        let page = PageRendering.expect(ErasePage.render(withError, viewer: viewer), in: language, contains: [
            T.eraseExplanation(language), T.eraseButton(language), #"action="/admin/people/\#(model.personID.uuidString)/erase""#,
        ])
        #expect(page.contains(PageRendering.escaped(T.eraseTitle(model.name)(language))))
        #expect(page.contains(PageRendering.escaped(T.eraseConfirmLabel(model.email)(language))))
        #expect(page.contains(PageRendering.escaped(T.eraseConfirmMismatch(language))))
    }

    // MARK: Forms

    @Test func signInFormTrimsTheAddressAndKeepsNextOnThisSite() throws {
        let form = SignInPage.Form(email: "  Sanne@Example.ORG ", password: " secret ", next: "https://evil.example/")
        #expect(try form.validated(.en).get() == .init(email: "sanne@example.org", password: " secret ", next: "/"))
        let inside = SignInPage.Form(email: nil, password: nil, next: "/mirror")
        #expect(try inside.validated(.nl).get() == .init(email: "", password: "", next: "/mirror"))
    }

    @Test func signInQueryWordsTheSignedOutNotice() {
        #expect(SignInPage.Query.model(signedOut: "1", next: nil, language: .nl).notice == T.signedOut(.nl))
        #expect(SignInPage.Query.model(signedOut: "everywhere", next: "//evil", language: .en)
            == .init(email: "", next: "/", error: nil, notice: T.signedOutEverywhere(.en)))
        #expect(SignInPage.Query.model(signedOut: nil, next: "/account", language: .en).notice == nil)
    }

    @Test func newPasswordsFollowThePolicyAndMustBeRepeated() throws {
        let good = "a long enough passphrase"
        let chosen = ChoosePasswordPage.Form(new: good, repeated: good)
        #expect(try chosen.validated(.en, email: "jan@firm.nl", organisationName: "Firm").get() == .init(password: good))
        guard case .failure(let short) = ChoosePasswordPage.Form(new: "short", repeated: "short")
            .validated(.nl, email: "jan@firm.nl", organisationName: "Firm") else { Issue.record("accepted"); return }
        #expect(short.fields == ["new": T.passwordProblem(.tooShort)(.nl)])
        guard case .failure(let differ) = ChoosePasswordPage.Form(new: good, repeated: good + "!")
            .validated(.en, email: "jan@firm.nl", organisationName: "Firm") else { Issue.record("accepted"); return }
        #expect(differ.fields == ["repeated": T.passwordsDiffer(.en)])
        guard case .failure(let firm) = AccountPage.PasswordForm(current: "x", new: "Alpha Accountants", repeated: "Alpha Accountants")
            .validated(.en, email: "jan@firm.nl", organisationName: "alphaaccountants") else { Issue.record("accepted"); return }
        #expect(firm.fields == ["new": T.passwordProblem(.isOrganisationName)(.en)])
        let change = AccountPage.PasswordForm(current: "old one", new: good, repeated: good)
        #expect(try change.validated(.en, email: "jan@firm.nl", organisationName: "Firm").get() == .init(current: "old one", new: good))
    }

    @Test func languageFormsAcceptOnlyOfferedLanguages() throws {
        #expect(try AccountPage.LanguageForm(lang: "").validated(.nl).get() == .init(language: nil))
        #expect(try AccountPage.LanguageForm(lang: nil).validated(.nl).get() == .init(language: nil))
        #expect(try AccountPage.LanguageForm(lang: "en").validated(.nl).get() == .init(language: .en))
        #expect(throws: FormErrors.self) { try AccountPage.LanguageForm(lang: "fr").validated(.nl).get() }
        #expect(try LanguageSwitch.Form(lang: "nl", back: "/mirror").validated(.en).get() == .init(language: .nl, back: "/mirror"))
        #expect(try LanguageSwitch.Form(lang: "en", back: "https://evil.example").validated(.en).get() == .init(language: .en, back: "/"))
        #expect(throws: FormErrors.self) { try LanguageSwitch.Form(lang: "", back: nil).validated(.en).get() }
    }

    @Test func forgotFormNeedsOneValidAddress() throws {
        #expect(try ForgotPasswordPage.Form(email: "  Jan@Firm.nl ").validated(.en).get().email == EmailAddress.normalized("Jan@Firm.nl"))
        guard case .failure(let errors) = ForgotPasswordPage.Form(email: " not an address ").validated(.nl) else {
            Issue.record("accepted"); return
        }
        #expect(errors.fields == ["email": T.invalidEmail(.nl)])
        #expect(ForgotPasswordPage.Form(email: " not an address ").typed == "not an address")
    }

    @Test func eraseNeedsThePersonsAddressTyped() {
        let form = ErasePage.Form(confirm: "  JAN@Firm.nl ")
        #expect((try? form.validated(.en, email: "jan@firm.nl").get()) != nil)
        guard case .failure(let errors) = ErasePage.Form(confirm: "jan@firm.n").validated(.nl, email: "jan@firm.nl") else {
            Issue.record("accepted"); return
        }
        #expect(errors.fields == ["confirm": T.eraseConfirmMismatch(.nl)])
        #expect((try? ErasePage.Form(confirm: nil).validated(.en, email: "jan@firm.nl").get()) == nil)
    }

    @Test func personalDataQueryKeepsWhatThePageShows() throws {
        let json = """
        {"exportedAt":0,"profile":{"name":"Sanne","email":"s@firm.nl","organisation":"Firm","roles":["mentor"],
        "practiceGroup":"Tax","expertise":[],"languages":[],"capacity":2,"remindersByEmail":false,"active":true},
        "pairs":[],"pulseAnswers":[],"matchingPreferences":[],"reflections":[],
        "notifications":[{"kind":"k","detail":"d"},{"kind":"k","detail":"e"}],"actionsInAuditLog":[],"menteeViewAnswers":[]}
        """
        let data = try JSONDecoder().decode(PersonalData.self, from: Data(json.utf8))
        let model = PersonalDataPage.Query.model(data)
        #expect(model.profile.name == "Sanne" && model.profile.emailChoice == EmailChoice.never.rawValue)
        #expect(model.notificationCount == 2 && model.pairs.isEmpty)
    }
}
