import Testing
import Foundation
@testable import MentorServer
import MentorCore

/// The administrator's pages, rendered from their mocks in Dutch and English.
@Suite struct AdminPageTests {
    @Test(arguments: MentorCore.Language.allCases) func organisationSettings(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminOrganisation)
        let page = PageRendering.expect(OrganisationPage.render(.mock, viewer: viewer), in: language, contains: [
            T.organisationSettings(language), T.talkBandLow(language), T.retentionDays(language), T.save(language),
            #"action="/admin/organisation""#, #"value="730""#,
        ])
        #expect(page.contains(PageRendering.escaped("Van Dijk & <Partners>")))
        var withErrors = OrganisationPage.Model.mock
        withErrors.errors = ["name": T.required(language)]
        #expect(OrganisationPage.render(withErrors, viewer: viewer).render().contains(T.required(language)))
    }

    @Test func organisationFormIsCheckedBeforeAnythingIsSaved() throws {
        let valid = OrganisationPage.Form(name: " Firm ", defaultLanguage: "en", talkBandLow: "20", talkBandHigh: "40", retentionDays: "")
        #expect(try valid.validated(.en).get() == .init(name: "Firm", defaultLanguage: .en, talkBandLow: 0.2, talkBandHigh: 0.4, retentionDays: nil))
        let wrong = OrganisationPage.Form(name: "", defaultLanguage: "fr", talkBandLow: "50", talkBandHigh: "40", retentionDays: "3")
        guard case .failure(let errors) = wrong.validated(.nl) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["name", "defaultLanguage", "talkBandLow", "retentionDays"])
    }

    // MARK: Core values

    @Test(arguments: MentorCore.Language.allCases) func coreValues(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminValues)
        let first = CoreValuesPage.Model.mock.values[0].id, second = CoreValuesPage.Model.mock.values[1].id
        let page = PageRendering.expect(CoreValuesPage.render(.mock, viewer: viewer), in: language, contains: [
            T.coreValues(language), T.newValue(language), T.inUse(language), T.retired(language), T.moveDown(language), T.moveUp(language),
            T.reinstate(language), T.retireExplained(language),
            #"href="/admin/values/new""#, #"href="/admin/values/\#(first)/edit""#, #"action="/admin/values/\#(first)/move""#,
            #"action="/admin/values/\#(second)/retire""#, #"value="down""#,
        ])
        #expect(page.contains(PageRendering.escaped("Openheid <Partners>")))
        #expect(page.contains(PageRendering.escaped("Deelt twijfel <script>x</script>")))
        let empty = CoreValuesPage.render(.init(values: []), viewer: viewer).render()
        #expect(empty.contains(T.noValuesYet(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func coreValueForm(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminValueNew)
        let id = CoreValueFormPage.Model.mock.valueID!
        let page = PageRendering.expect(CoreValueFormPage.render(.mock, viewer: viewer), in: language, contains: [
            T.editValue(language), T.nameDutch(language), T.behavioursEnglish(language), T.save(language), T.cancel(language),
            #"action="/admin/values/\#(id)""#, #"href="/admin/values""#,
        ])
        #expect(page.contains(PageRendering.escaped("Openness <script>x</script>")))
        var new = CoreValueFormPage.Model(form: .init(), errors: ["behavioursEN": T.behavioursMismatch(language)])
        new.valueID = nil
        let newPage = CoreValueFormPage.render(new, viewer: viewer).render()
        #expect(newPage.contains(T.newValue(language)) && newPage.contains(#"action="/admin/values""#))
        #expect(newPage.contains(T.behavioursMismatch(language)))
    }

    @Test func coreValueFormPairsTheBehavioursOfBothLanguages() throws {
        let form = CoreValueFormPage.Form(nameNL: " Openheid ", nameEN: "Openness", descriptionNL: nil, descriptionEN: " Say it ",
                                          behavioursNL: "Deelt twijfel\n\n Vraagt door ", behavioursEN: "Shares doubt\nAsks on")
        #expect(try form.validated(.en).get() == .init(nameNL: "Openheid", nameEN: "Openness", descriptionNL: "", descriptionEN: "Say it",
                                                       behaviours: [.init(nl: "Deelt twijfel", en: "Shares doubt"), .init(nl: "Vraagt door", en: "Asks on")]))
        let wrong = CoreValueFormPage.Form(nameNL: "", nameEN: " ", behavioursNL: "a\nb", behavioursEN: "a")
        guard case .failure(let errors) = wrong.validated(.nl) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["nameNL", "nameEN", "behavioursEN"])
    }

    @Test func moveFormKnowsOnlyUpAndDown() throws {
        #expect(try CoreValuesPage.MoveForm(direction: "up").validated(.nl).get() == .up)
        #expect(try CoreValuesPage.MoveForm(direction: "down").validated(.nl).get() == .down)
        #expect((try? CoreValuesPage.MoveForm(direction: "sideways").validated(.nl).get()) == nil)
        #expect((try? CoreValuesPage.MoveForm(direction: nil).validated(.nl).get()) == nil)
    }

    // MARK: People

    @Test(arguments: MentorCore.Language.allCases) func people(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeople)
        let me = PeoplePage.Model.mock.people[0].id, other = PeoplePage.Model.mock.people[1].id
        let page = PageRendering.expect(PeoplePage.render(.mock, viewer: viewer), in: language, contains: [
            T.people(language), T.newPerson(language), T.importPeople(language), T.roleName(.coordinator)(language),
            T.seniorityName(.senior)(language), T.active(language), T.deactivated(language), T.activate(language), T.eraseLink(language),
            #"href="/admin/people/new""#, #"href="/admin/people/import""#, #"href="/admin/people/\#(me)/edit""#,
            #"action="/admin/people/\#(other)/active""#, #"href="/admin/people/\#(other)/erase""#,
        ])
        // The viewer can neither deactivate nor erase themself.
        #expect(!page.contains("/admin/people/\(me)/active") && !page.contains("/admin/people/\(me)/erase"))
        #expect(page.contains(PageRendering.escaped("Audit & <Partners>")))
        #expect(PeoplePage.render(.init(people: []), viewer: viewer).render().contains(T.noPeopleYet(language)))
        // The search keeps what was typed (escaped), offers the groups, and pages back and forth.
        #expect(page.contains(#"method="get""#) && page.contains(#"value="&lt;b&gt;x""#))
        #expect(page.contains(T.peopleFound(120, page: 2, of: 3)(language)) && page.contains(T.clearFilter(language)))
        #expect(page.contains(#"<option value="""#) && page.contains(PageRendering.escaped("Audit & <Partners>")))
        #expect(page.contains(#"href="/admin/people?q=%3Cb%3Ex""#) && page.contains(#"href="/admin/people?q=%3Cb%3Ex&amp;page=3""#))
        var filtered = PeoplePage.Model(people: [], filter: PeoplePage.Valid(text: "nobody", page: 1))
        filtered.total = 0
        #expect(PeoplePage.render(filtered, viewer: viewer).render().contains(T.noPeopleMatch(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func personForm(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPersonNew)
        let model = PersonFormPage.Model.mock, id = model.personID!
        let page = PageRendering.expect(PersonFormPage.render(model, viewer: viewer), in: language, contains: [
            T.editPerson(language), T.roles(language), T.lineManager(language), T.capacity(language), T.passwordSection(language),
            T.sendInvitationAgain(language), T.linkStateOpen(language), T.save(language),
            #"action="/admin/people/\#(id)""#, #"action="/admin/people/\#(id)/invitation""#, #"href="/admin/people""#,
            #"value="\#(model.managers[0].id.uuidString)" selected="selected""#,
        ])
        #expect(page.contains(PageRendering.escaped("Pieter <Partners> Smit")))
        #expect(page.contains(PageRendering.escaped("Noor <script>alert(1)</script>")))
        let new = PersonFormPage.Model(form: .init(roles: ["mentee"], capacity: "3"), errors: ["email": T.invalidEmail(language)], managers: [])
        let newPage = PersonFormPage.render(new, viewer: viewer).render()
        #expect(newPage.contains(T.newPerson(language)) && newPage.contains(#"action="/admin/people""#))
        #expect(newPage.contains(T.invalidEmail(language)) && !newPage.contains(T.passwordSection(language)))
    }

    @Test func personFormIsCheckedBeforeAnythingIsSaved() throws {
        let manager = UUID()
        let form = PersonFormPage.Form(name: " Noor ", email: " Noor@Example.org ", roles: ["mentor", "mentee", "mentor"], seniority: "",
                                       practiceGroup: " Tax ", expertise: "VAT\n\n audit ", language: "en", capacity: "",
                                       manager: manager.uuidString, languages: " NL, EN ")
        let valid = try form.validated(.en).get()
        #expect(valid.name == "Noor" && valid.email == "noor@example.org" && valid.roles == [.mentee, .mentor].sorted())
        #expect(valid.seniority == nil && valid.practiceGroup == "Tax" && valid.expertise == ["VAT", "audit"] && valid.language == .en)
        #expect(valid.capacity == 3 && valid.managerID == manager && valid.languages == "nl, en")
        let wrong = PersonFormPage.Form(name: "", email: "not-an-address", roles: ["pilot"], seniority: "ancient", language: "fr",
                                        capacity: "21", password: "secret")
        guard case .failure(let errors) = wrong.validated(.nl) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["name", "email", "roles", "seniority", "language", "capacity", "password"])
    }

    @Test(arguments: MentorCore.Language.allCases) func peopleImport(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeopleImport)
        let page = PageRendering.expect(PeopleImportPage.render(.mock, viewer: viewer), in: language, contains: [
            T.importPeople(language), T.importPreview(language), T.importRefused(language), T.willUpdate(language), T.willCreate(language),
            T.csvFile(language), T.preview(language), #"action="/admin/people/import""#, #"enctype="multipart/form-data""#,
        ])
        #expect(page.contains(PageRendering.escaped("Noor <script>x</script>")))
        // A file with refused lines cannot be confirmed.
        #expect(!page.contains("/admin/people/import/confirm"))
        var valid = PeopleImportPage.Model.mock
        valid.result = PeopleImport.read("name,email,roles\nNoor,noor@firm.example,mentee")
        let confirmable = PageRendering.expect(PeopleImportPage.render(valid, viewer: viewer), in: language, contains: [
            T.confirmImport(language), #"action="/admin/people/import/confirm""#, #"value="\#(valid.uploadID!.uuidString)""#,
        ])
        #expect(!confirmable.contains(T.importRefused(language)))
        let gone = PeopleImportPage.render(.init(message: T.importUploadGone(language)), viewer: viewer).render()
        #expect(gone.contains(T.importUploadGone(language)) && !gone.contains("<table"))
    }

    @Test func importFormsNameWhatIsMissing() throws {
        #expect(try PeopleImportPage.Form(csv: "name,email\n").validated(.en).get() == .text("name,email\n"))
        guard case .failure(let errors) = PeopleImportPage.Form(csv: " \n ").validated(.en) else { Issue.record("accepted"); return }
        #expect(errors.fields.values.first == T.importNothing(.en))
        let id = UUID()
        #expect(try PeopleImportPage.ConfirmForm(upload: id.uuidString).validated(.nl).get() == id)
        #expect((try? PeopleImportPage.ConfirmForm(upload: "nope").validated(.nl).get()) == nil)
    }

    @Test(arguments: MentorCore.Language.allCases) func passwordLinks(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeopleInvitations)
        let page = PageRendering.expect(PasswordLinksPage.render(.mock, viewer: viewer), in: language, contains: [
            T.linksTitle(language), T.linksLeadShown(language), T.sentByEmail(language), T.backToPeople(language),
            "https://mentor.example/password/abc123", #"href="/admin/people""#,
        ])
        // An e-mailed link is never shown.
        #expect(!page.contains("def456"))
        #expect(page.contains(PageRendering.escaped("Pieter <Partners> Smit")))
        let emailed = PasswordLinksPage.Model(links: [PasswordLinksPage.Model.mock.links[1]])
        #expect(PasswordLinksPage.render(emailed, viewer: viewer).render().contains(T.linksLeadEmailed(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func importInvite(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminPeopleImportConfirm)
        let rows = ImportInvitePage.Model.mock.rows
        let page = PageRendering.expect(ImportInvitePage.render(.mock, viewer: viewer), in: language, contains: [
            T.inviteImportedTitle(language), T.importDone(created: 1, updated: 1)(language), T.sendInvitations(language),
            T.created(language), T.updated(language), #"action="/admin/people/invitations""#,
            #"value="\#(rows[0].id.uuidString)" checked"#,
        ])
        // Only new people are ticked at first.
        #expect(!page.contains(#"value="\#(rows[1].id.uuidString)" checked"#))
        #expect(page.contains(PageRendering.escaped("Noor <script>alert(1)</script>")))
    }

    @Test func inviteFormNeedsSomeone() throws {
        let id = UUID()
        #expect(try ImportInvitePage.Form(people: [id.uuidString, "junk"]).validated(.en).get() == [id])
        #expect((try? ImportInvitePage.Form(people: []).validated(.en).get()) == nil)
        #expect((try? ImportInvitePage.Form(people: nil).validated(.en).get()) == nil)
    }

    // MARK: Programmes

    @Test(arguments: MentorCore.Language.allCases) func programmes(language: MentorCore.Language) {
        let id = ProgrammesPage.Model.mock.programmes[0].id
        let admin = Viewer.mock(language: language, roles: [.admin], route: .adminProgrammes)
        let page = PageRendering.expect(ProgrammesPage.render(.mock, viewer: admin), in: language, contains: [
            T.programmes(language), T.newProgramme(language), T.cadence(language), T.pairs(language), "<td>7</td>", "<td>28</td>",
            #"href="/admin/programmes/new""#, #"href="/admin/programmes/\#(id)/edit""#,
        ])
        #expect(page.contains(PageRendering.escaped("Voorjaar <Partners> 2027")))
        #expect(!page.contains(SiteURL.matching(programme: id).path))
        let coordinator = Viewer.mock(language: language, roles: [.admin, .coordinator], route: .adminProgrammes)
        #expect(ProgrammesPage.render(.mock, viewer: coordinator).render().contains(#"href="\#(SiteURL.matching(programme: id).path)""#))
        #expect(ProgrammesPage.render(.init(programmes: []), viewer: admin).render().contains(T.noProgrammesYet(language)))
    }

    @Test(arguments: MentorCore.Language.allCases) func programmeForm(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminProgrammeNew)
        let id = ProgrammeFormPage.Model.mock.programmeID!
        let page = PageRendering.expect(ProgrammeFormPage.render(.mock, viewer: viewer), in: language, contains: [
            T.editProgramme(language), T.startsOn(language), T.matchingMode(language), T.modeMenteeChoice(language), T.weightsHint(language),
            #"action="/admin/programmes/\#(id)""#, #"href="/admin/programmes""#, #"name="weights[]" value="35""#, #"value="2027-01-04""#,
        ])
        #expect(page.contains(PageRendering.escaped("Voorjaar <Partners> 2027")))
        let new = ProgrammeFormPage.Model(form: .new, errors: ["weights": T.weightsInvalid(language)])
        let newPage = ProgrammeFormPage.render(new, viewer: viewer).render()
        #expect(newPage.contains(T.newProgramme(language)) && newPage.contains(#"action="/admin/programmes""#))
        #expect(newPage.contains(T.weightsInvalid(language)) && newPage.contains("field field--error"))
    }

    @Test func programmeFormIsCheckedBeforeAnythingIsSaved() throws {
        let formats = Viewer.mock(language: .en, roles: [.admin]).formats
        let form = ProgrammeFormPage.Form(name: " Spring ", startsOn: "2027-01-04", endsOn: "2027-06-30", cadenceDays: "28", pulseIntervalDays: "",
                                          matchingMode: "mentee_choice", idealGap: "2", groupRule: "different",
                                          weights: ["50", "10", "10", "10", "10", "10"])
        let valid = try form.validated(.en, formats: formats).get()
        #expect(valid.name == "Spring" && valid.cadenceDays == 28 && valid.pulseIntervalDays == 60 && valid.matchingMode == "mentee_choice")
        #expect(valid.matching.rules.idealSeniorityGap == 2 && valid.matching.weights.expertise == 0.5)
        #expect(ProgrammeFormPage.Form.weights(valid.matching.weights) == ["50", "10", "10", "10", "10", "10"])
        let wrong = ProgrammeFormPage.Form(name: "", startsOn: "2027-06-30", endsOn: "2027-01-04", cadenceDays: "3", pulseIntervalDays: "400",
                                           matchingMode: "lottery", weights: ["200", "0", "0", "0", "0", "0"])
        guard case .failure(let errors) = wrong.validated(.nl, formats: formats) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["name", "endsOn", "cadenceDays", "pulseIntervalDays", "matchingMode", "weights"])
        let noStart = ProgrammeFormPage.Form(name: "x", startsOn: "soon", endsOn: "2027-01-04", cadenceDays: "28", weights: ["0", "0", "0", "0", "0", "0"])
        guard case .failure(let more) = noStart.validated(.nl, formats: formats) else { Issue.record("accepted"); return }
        #expect(Set(more.fields.keys) == ["startsOn", "weights"])
    }

    // MARK: Audit, lists, guidance, outbox

    @Test(arguments: MentorCore.Language.allCases) func audit(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminAudit)
        let page = PageRendering.expect(AuditPage.render(.mock, viewer: viewer), in: language, contains: [
            T.auditLog(language), T.auditLead(language), T.when(language), T.system(language),
            language == .nl ? "Kernwaarde gewijzigd" : "Core value changed",
            language == .nl ? "Inhoud van gesprekken verwijderd na 730 dagen" : "Conversation content deleted after 730 days",
        ])
        #expect(!page.contains("retention mentorship"))
        // The filters keep what was chosen (escaped) and the paging keeps the filters.
        #expect(page.contains(#"value="&lt;b&gt;Sanne""#) && page.contains(#"<option value="core_value" selected="selected">"#))
        #expect(page.contains(T.eventsFound(250, page: 2, of: 3)(language)))
        #expect(page.contains(#"href="/admin/audit?who=%3Cb%3ESanne&amp;record=core_value""#))
        #expect(page.contains(#"href="/admin/audit?who=%3Cb%3ESanne&amp;record=core_value&amp;page=3""#))
        #expect(page.contains(PageRendering.escaped("Sanne <Partners>")) && page.contains(PageRendering.escaped("Openheid <script>x</script>")))
    }

    @Test(arguments: MentorCore.Language.allCases) func lists(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminLists)
        let items = ListsPage.Model.mock.items
        var model = ListsPage.Model.mock
        model.errors = ["nameNL": T.required(language)]
        model.errorList = .attitudePattern
        let page = PageRendering.expect(ListsPage.render(model, viewer: viewer), in: language, contains: [
            T.listsTitle(language), T.goalThemes(language), T.attitudePatterns(language), T.builtIn(language), T.add(language),
            T.retire(language), T.reinstate(language), T.required(language),
            T.goalTheme(GoalTheme.allCases[0])(language), T.attitudePattern(AttitudePattern.allCases[0])(language),
            #"action="/admin/lists""#, #"action="/admin/lists/\#(items[0].id)/retire""#,
            #"value="\#(OrganisationListItem.List.goalTheme.rawValue)""#,
        ])
        #expect(page.contains(PageRendering.escaped(language == .nl ? "Klanten <Partners>" : "Clients <Partners>")))
        // One form per list, each with its own ids (the Nu validator rejects a repeated id); the
        // error sits in the form that was sent and the summary links to its field.
        let ids = page.matches(of: /id="([^"]+)"/).map { String($0.1) }
        #expect(ids.count == Set(ids).count, "repeated ids: \(ids)")
        #expect(page.contains(##"href="#f-attitude_pattern-nameNL""##) && page.contains(#"id="f-attitude_pattern-nameNL-error""#))
        #expect(page.contains(#"id="f-goal_theme-nameNL""#) && !page.contains(#"id="f-goal_theme-nameNL-error""#))
    }

    @Test func listFormNeedsAListAndBothNames() throws {
        let list = OrganisationListItem.List.goalTheme
        #expect(try ListsPage.Form(list: list.rawValue, nameNL: " Klanten ", nameEN: "Clients").validated(.en).get()
                == .init(list: list, nameNL: "Klanten", nameEN: "Clients"))
        guard case .failure(let errors) = ListsPage.Form(list: "colours", nameNL: "", nameEN: nil).validated(.en) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["list", "nameNL", "nameEN"])
    }

    @Test(arguments: MentorCore.Language.allCases) func guidance(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminGuidance)
        let page = PageRendering.expect(GuidancePage.render(.mock, viewer: viewer), in: language, contains: [
            T.guidanceTitle(language), T.guidanceLead(language), T.guidanceDutch(language), T.guidanceEnglish(language), T.builtIn(language),
            T.save(language), #"action="/admin/guidance""#, #"name="nl-waits_for_others""#, #"name="en-custom-1a2b3c4d""#,
        ])
        #expect(page.contains(PageRendering.escaped("Tel tot <Partners> vijf")) && page.contains(PageRendering.escaped("Eigen <script>x</script>")))
    }

    @Test func guidanceFormKeepsOnlyThePatternsOfThePage() throws {
        let form = GuidancePage.Form(fields: [.init(name: "nl-quiet", text: " Wacht "), .init(name: "en-quiet", text: "Wait"),
                                              .init(name: "nl-other", text: "Not on the page")])
        #expect(try form.validated(.en, patterns: ["quiet", "loud"]).get()
                == [.init(pattern: "quiet", nl: "Wacht", en: "Wait"), .init(pattern: "loud", nl: "", en: "")])
        #expect(try form.validated(.en, patterns: ["loud"]).get().allSatisfy(\.isEmpty))
    }

    @Test(arguments: MentorCore.Language.allCases) func outbox(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminOutbox)
        let messages = OutboxPage.Model.mock.messages
        let page = PageRendering.expect(OutboxPage.render(.mock, viewer: viewer), in: language, contains: [
            T.outbox(language), T.outboxLead(language), "\(T.sentLast7Days(language)): 12", T.outboxFailed(language), T.outboxPending(language),
            T.retryNow(language), #"action="/admin/outbox/\#(messages[0].id)/retry""#, #"action="/admin/outbox/\#(messages[1].id)/retry""#,
        ])
        #expect(page.contains(PageRendering.escaped("sendmail: <script>x</script>")) && page.contains(PageRendering.escaped("Uitnodiging <Partners>")))
        #expect(OutboxPage.render(.init(messages: [], sentLastWeek: 0), viewer: viewer).render().contains(T.outboxEmpty(language)))
    }
}

/// The identity provider's settings page (issue 17).
@Suite struct IdentityProviderPageTests {
    @Test(arguments: MentorCore.Language.allCases) func identityProviderSettings(language: MentorCore.Language) {
        let viewer = Viewer.mock(language: language, roles: [.admin], route: .adminIdentityProvider)
        let page = PageRendering.expect(IdentityProviderPage.render(.mock, viewer: viewer), in: language, contains: [
            T.identityProvider(language), T.issuerURL(language), T.allowedDomains(language), T.onlyProvider(language),
            #"action="/admin/identity-provider""#, "/signin/callback", #"type="password""#,
        ])
        #expect(page.contains(PageRendering.escaped("https://login.example/<Partners>")))
        #expect(page.contains(PageRendering.escaped("…<x>1")))
        var withErrors = IdentityProviderPage.Model.mock
        withErrors.errors = ["issuer": T.issuerInvalid(language)]
        #expect(IdentityProviderPage.render(withErrors, viewer: viewer).render().contains(PageRendering.escaped(T.issuerInvalid(language))))
    }

    @Test func theFormNeedsAnIssuerAClientAndDomainsWhenSwitchedOn() throws {
        let on = IdentityProviderPage.Form(enabled: "yes", issuer: "", clientID: "", allowedDomains: "")
        guard case .failure(let errors) = on.validated(.en) else { Issue.record("accepted"); return }
        #expect(Set(errors.fields.keys) == ["issuer", "clientID", "allowedDomains"])
        let off = IdentityProviderPage.Form(enabled: "no")
        #expect(try off.validated(.en).get().enabled == false)
        let local = IdentityProviderPage.Form(enabled: "yes", issuer: "http://127.0.0.1:9400", clientID: "c", clientSecret: " s ",
                                              allowedDomains: "firm.nl")
        #expect(try local.validated(.en).get().clientSecret == "s")
        let inside = IdentityProviderPage.Form(enabled: "yes", issuer: "http://10.0.0.5/idp", clientID: "c", allowedDomains: "firm.nl")
        guard case .failure(let refused) = inside.validated(.en) else { Issue.record("accepted a plain http address"); return }
        #expect(refused.fields["issuer"] == T.issuerInvalid(.en))
    }
}
