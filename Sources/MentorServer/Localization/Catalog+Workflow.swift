import MentorCore

extension T {
    static let notPossibleTitle = Text(en: "This cannot be done", nl: "Dit kan niet")
    static let navPairs = Text(en: "Pairs", nl: "Koppels")
    static let navFindMentor = Text(en: "Find a mentor", nl: "Mentor zoeken")
    static let navAudit = Text(en: "Audit log", nl: "Auditlog")
    static let navLists = Text(en: "Themes and patterns", nl: "Thema's en patronen")

    static func workflowProblem(_ problem: WorkflowProblem) -> Text {
        switch problem {
        case .mentorAtCapacity(let capacity):
            Text(en: "This mentor already has \(activeMentees(capacity).en), as many as they can take.",
                 nl: "Deze mentor heeft al \(activeMentees(capacity).nl) en zit daarmee vol.")
        case .notAMentor: Text(en: "This person does not have the mentor role.", nl: "Deze persoon heeft de rol mentor niet.")
        case .notAMentee: Text(en: "This person does not have the mentee role.", nl: "Deze persoon heeft de rol mentee niet.")
        case .samePerson: Text(en: "A mentor cannot mentor themselves.", nl: "Een mentor kan niet zijn eigen mentee zijn.")
        case .pairExists: Text(en: "These two already have an open pair, in this programme or another.",
                               nl: "Deze twee hebben al een open koppel, in dit programma of een ander.")
        case .pairEnded: Text(en: "This pair has ended; its records can be read but no longer changed.",
                               nl: "Dit koppel is beëindigd; je kunt alles nog lezen maar niet meer wijzigen.")
        case .statusChangeNotAllowed(let from, let to):
            Text(en: "A pair that is \(T.statusName(from).en.lowercased()) cannot become \(T.statusName(to).en.lowercased()).",
                 nl: "Een koppel dat \(T.statusName(from).nl.lowercased()) is, kan niet \(T.statusName(to).nl.lowercased()) worden.")
        case .endReasonRequired: Text(en: "Give a reason for ending the pair.", nl: "Geef een reden om het koppel te beëindigen.")
        case .plannedInPast: Text(en: "A planned conversation must lie in the future. To record one that took place, choose “held”.",
                                  nl: "Een gepland gesprek moet in de toekomst liggen. Kies “gehouden” om een gesprek vast te leggen dat al heeft plaatsgevonden.")
        case .heldInFuture: Text(en: "A conversation that was held cannot lie in the future.", nl: "Een gehouden gesprek kan niet in de toekomst liggen.")
        case .durationOutOfRange: Text(en: "Enter a duration from 5 to 480 minutes.", nl: "Vul een duur in van 5 tot 480 minuten.")
        case .scoreOutOfRange: Text(en: "A score is a whole number from 1 to 5.", nl: "Een score is een heel getal van 1 tot en met 5.")
        case .behaviourRequired: Text(en: "Describe the behaviour you saw. A score without behaviour is not saved.",
                                      nl: "Beschrijf het gedrag dat je zag. Een score zonder gedrag wordt niet opgeslagen.")
        case .talkShareOutOfRange: Text(en: "Enter a percentage from 0 to 100.", nl: "Vul een percentage in van 0 tot en met 100.")
        case .fitCheckTooEarly: Text(en: "The fit check opens after your first conversation.", nl: "De klikcheck opent na jullie eerste gesprek.")
        }
    }

    /// "1 active mentee" / "3 actieve mentees".
    static func activeMentees(_ count: Int) -> Text {
        Plural.of(count, en: ("active mentee", "active mentees"), nl: ("actieve mentee", "actieve mentees"))
    }

    // Pairs
    static let pairsTitle = Text(en: "Mentoring pairs", nl: "Mentorkoppels")
    static let newPair = Text(en: "Form a pair", nl: "Koppel vormen")
    static let programme = Text(en: "Programme", nl: "Programma")
    static let chooseProgramme = Text(en: "Choose a programme.", nl: "Kies een programma.")
    static let choosePerson = Text(en: "Choose a person.", nl: "Kies een persoon.")
    static let noPairsYet = Text(en: "No pairs yet. Form the first pair of a programme, or wait for mentees to ask a mentor.",
                                 nl: "Nog geen koppels. Vorm het eerste koppel van een programma, of wacht tot mentees zelf een mentor vragen.")
    static let pairCreated = Text(en: "The pair has been formed.", nl: "Het koppel is gevormd.")
    static let requestMentor = Text(en: "Ask this mentor", nl: "Deze mentor vragen")
    static let findMentorLead = Text(en: "Mentors with room for another mentee. Your request goes to the mentor, who accepts or declines.",
                                     nl: "Mentoren met ruimte voor nog een mentee. Je verzoek gaat naar de mentor, die het accepteert of afwijst.")
    static let noMentorsAvailable = Text(en: "No mentor has room at the moment. Your coordinator can help.",
                                         nl: "Op dit moment heeft geen mentor ruimte. Je coördinator kan je helpen.")
    static let message = Text(en: "Message to the mentor (optional)", nl: "Bericht aan de mentor (optioneel)")
    static let requestSent = Text(en: "Your request has been sent to the mentor.", nl: "Je verzoek is naar de mentor gestuurd.")
    static func placesLeft(_ count: Int) -> Text {
        let text = Plural.of(count, en: ("place", "places"), nl: ("plaats", "plaatsen"))
        return Text(en: "\(text.en) left", nl: "\(text.nl) vrij")
    }
    static let requestsWaiting = Text(en: "Requests waiting for your answer", nl: "Verzoeken die op je antwoord wachten")
    static let accept = Text(en: "Accept", nl: "Accepteren")
    static let decline = Text(en: "Decline", nl: "Afwijzen")
    static let declineReason = Text(en: "Reason (optional, shared with the mentee)", nl: "Reden (optioneel, de mentee ziet die)")
    static let accepted = Text(en: "You accepted the request. Plan your first conversation and agree on expectations.",
                               nl: "Je hebt het verzoek geaccepteerd. Plan jullie eerste gesprek en maak afspraken over verwachtingen.")
    static let declined = Text(en: "You declined the request.", nl: "Je hebt het verzoek afgewezen.")
    static let pause = Text(en: "Pause", nl: "Pauzeren")
    static let resume = Text(en: "Resume", nl: "Hervatten")
    static let endPair = Text(en: "End the pair", nl: "Koppel beëindigen")
    static let endReason = Text(en: "Reason for ending", nl: "Reden van beëindigen")
    static let statusChanged = Text(en: "The pair's status has changed.", nl: "De status van het koppel is gewijzigd.")
    static let requestedByMentee = Text(en: "requested by the mentee", nl: "aangevraagd door de mentee")
    static let withdrawRequest = Text(en: "Withdraw request", nl: "Verzoek intrekken")
    static let withdrawConfirm = Text(en: "Do you want to withdraw your request? The mentor is told, and the pair ends. You can ask a mentor again later.",
                                      nl: "Wil je je verzoek intrekken? De mentor krijgt daarvan bericht en het koppel stopt. Je kunt later opnieuw een mentor vragen.")
    static let withdrawYes = Text(en: "Yes, withdraw my request", nl: "Ja, trek mijn verzoek in")
    static let withdrawn = Text(en: "You withdrew your request.", nl: "Je hebt je verzoek ingetrokken.")
    static let withdrawnReason = Text(en: "withdrawn by the mentee", nl: "ingetrokken door de mentee")
    static let declinedBecause = Text(en: "Declined", nl: "Afgewezen")
    static let endedBecause = Text(en: "Ended", nl: "Beëindigd")
    static let started = Text(en: "Started", nl: "Gestart")
    static let conversationsHeld = Text(en: "Conversations held", nl: "Gehouden gesprekken")
    static let pairContentHidden = Text(en: "As coordinator you see dates and counts. What the pair discusses stays with them.",
                                        nl: "Als coördinator zie je datums en aantallen. Wat het koppel bespreekt, blijft tussen hen.")

    // Agreement
    static let agreement = Text(en: "Expectations agreement", nl: "Mentorafspraken")
    static let agreementLead = Text(en: "What you expect of each other and how you work together. Discuss it out loud, then both confirm.",
                                    nl: "Wat jullie van elkaar verwachten en hoe jullie samenwerken. Bespreek het hardop en bevestig het daarna allebei.")
    static let menteeExpectations = Text(en: "What the mentee expects of the mentor", nl: "Wat de mentee van de mentor verwacht")
    static let mentorExpectations = Text(en: "What the mentor expects of the mentee", nl: "Wat de mentor van de mentee verwacht")
    static let frequency = Text(en: "How often you meet", nl: "Hoe vaak jullie afspreken")
    static let duration = Text(en: "How long a conversation lasts", nl: "Hoe lang een gesprek duurt")
    static let whoPlans = Text(en: "Who plans the conversations", nl: "Wie de gesprekken plant")
    static let preparation = Text(en: "How you prepare", nl: "Hoe jullie je voorbereiden")
    static let confidentiality = Text(en: "Confidentiality", nl: "Vertrouwelijkheid")
    static let discussedOutLoudOn = Text(en: "Discussed out loud on", nl: "Hardop besproken op")
    static let discussedHint = Text(en: "Leave empty until you have talked it through together.", nl: "Laat leeg tot jullie het samen hebben doorgesproken.")
    static let confirm = Text(en: "Confirm the agreement", nl: "Afspraken bevestigen")
    static let confirmedByMentor = Text(en: "Confirmed by the mentor", nl: "Bevestigd door de mentor")
    static let confirmedByMentee = Text(en: "Confirmed by the mentee", nl: "Bevestigd door de mentee")
    static let notConfirmed = Text(en: "not yet", nl: "nog niet")
    static let agreementSavedNeedsConfirmation = Text(en: "Saved. Because the agreement changed, both of you confirm it again.",
                                                      nl: "Opgeslagen. Omdat de afspraken zijn gewijzigd, bevestigen jullie ze allebei opnieuw.")
    static let agreementConfirmed = Text(en: "You confirmed the agreement.", nl: "Je hebt de afspraken bevestigd.")
    static let confirmNeedsDiscussion = Text(en: "Discuss the agreement out loud first and record the date; then confirm.",
                                             nl: "Bespreek de afspraken eerst hardop en vul de datum in; bevestig daarna.")
    static func agreementStatus(_ status: AgreementStatus) -> Text {
        switch status {
        case .missing: Text(en: "No agreement yet", nl: "Nog geen afspraken")
        case .written: Text(en: "Written, not yet discussed out loud", nl: "Opgeschreven, nog niet hardop besproken")
        case .discussed: Text(en: "Discussed, not yet confirmed by both", nl: "Besproken, nog niet door beiden bevestigd")
        case .confirmed: Text(en: "Discussed and confirmed by both", nl: "Besproken en door beiden bevestigd")
        }
    }
    static let revisions = Text(en: "Earlier versions", nl: "Eerdere versies")
    static let revision = Text(en: "Version", nl: "Versie")
    static let editedBy = Text(en: "edited by", nl: "gewijzigd door")

    // Conversations
    static let conversations = Text(en: "Conversations", nl: "Gesprekken")
    static let conversation = Text(en: "Conversation", nl: "Gesprek")
    static let planConversation = Text(en: "Plan or log a conversation", nl: "Gesprek plannen of vastleggen")
    static let dateAndTime = Text(en: "Date and time", nl: "Datum en tijd")
    static let date = Text(en: "Date", nl: "Datum")
    static let time = Text(en: "Time", nl: "Tijd")
    static let invalidTime = Text(en: "Enter a time as HH:MM.", nl: "Vul een tijd in als UU:MM.")
    static let durationMinutes = Text(en: "Duration (minutes)", nl: "Duur (minuten)")
    static let placeOrLink = Text(en: "Place or link", nl: "Locatie of link")
    static let initiative = Text(en: "Who took the initiative", nl: "Wie nam het initiatief")
    static let initiativeHint = Text(en: "A conversation the mentee asks for or plans counts as the mentee's initiative.",
                                     nl: "Een gesprek dat de mentee vraagt of plant, telt als initiatief van de mentee.")
    static let statusPlanned = Text(en: "Planned", nl: "Gepland")
    static let statusHeld = Text(en: "Held", nl: "Gehouden")
    static let statusCancelled = Text(en: "Cancelled", nl: "Geannuleerd")
    static func conversationStatus(_ status: ConversationStatus) -> Text {
        switch status {
        case .planned: statusPlanned
        case .held: statusHeld
        case .cancelled: statusCancelled
        }
    }
    static func side(_ side: PairSide) -> Text { side == .mentor ? mentor : mentee }
    static let noConversationsYet = Text(en: "No conversations yet. Plan the first one; the mentee can do that too.",
                                         nl: "Nog geen gesprekken. Plan het eerste; de mentee kan dat ook.")
    static let conversationSaved = Text(en: "The conversation has been saved.", nl: "Het gesprek is opgeslagen.")
    static let agenda = Text(en: "Agenda", nl: "Agenda")
    static let agendaItem = Text(en: "Agenda item", nl: "Agendapunt")
    static let addAgendaItem = Text(en: "Add to the agenda", nl: "Toevoegen aan de agenda")
    static let beforehand = Text(en: "added beforehand", nl: "vooraf toegevoegd")
    static let duringConversation = Text(en: "added during or after the conversation", nl: "tijdens of na het gesprek toegevoegd")
    static let carriedForward = Text(en: "carried forward", nl: "doorgeschoven")
    static let covered = Text(en: "Covered", nl: "Besproken")
    static let markCovered = Text(en: "Mark as covered", nl: "Markeer als besproken")
    static let markNotCovered = Text(en: "Mark as not covered", nl: "Markeer als niet besproken")
    static let emptyAgenda = Text(en: "Nothing on the agenda yet. Both of you can add items; items not covered move to the next conversation.",
                                  nl: "Nog niets op de agenda. Jullie kunnen allebei punten toevoegen; wat niet besproken is, schuift door naar het volgende gesprek.")
    static let notes = Text(en: "Notes", nl: "Notities")
    static let sharedNotes = Text(en: "Shared notes", nl: "Gedeelde notities")
    static let sharedNotesHint = Text(en: "Mentor and mentee both see these.", nl: "Mentor en mentee zien deze allebei.")
    static let privateNotes = Text(en: "Your private notes", nl: "Je privénotities")
    static let privateNotesHint = Text(en: "Only you see these: not the mentee, the coordinator or an administrator.",
                                       nl: "Alleen jij ziet deze: niet de mentee, de coördinator of een beheerder.")
    static let talkShareEstimate = Text(en: "Your share of the talking (estimate, %)", nl: "Jouw aandeel spreektijd (schatting, %)")
    static let talkShareHint = Text(en: "How much of the time did you speak? Receiving is as important as sending.",
                                    nl: "Hoeveel van de tijd sprak jij? Ontvangen is net zo belangrijk als zenden.")
    static let saveNotes = Text(en: "Save notes", nl: "Notities opslaan")
    static let actionItems = Text(en: "Action items", nl: "Actiepunten")
    static let owner = Text(en: "Owner", nl: "Eigenaar")
    static let dueOn = Text(en: "Due", nl: "Uiterlijk")
    static let doneOn = Text(en: "Done", nl: "Klaar")
    static let addAction = Text(en: "Add action item", nl: "Actiepunt toevoegen")
    static let markDone = Text(en: "Mark done", nl: "Afvinken")
    static let reopen = Text(en: "Reopen", nl: "Heropenen")
    static let openFromEarlier = Text(en: "Still open from earlier conversations", nl: "Nog open uit eerdere gesprekken")
    static let noActions = Text(en: "No action items.", nl: "Geen actiepunten.")
    static let goalEvidence = Text(en: "What you saw of the learning goals", nl: "Wat je terugzag van de leerdoelen")
    static let goal = Text(en: "Learning goal", nl: "Leerdoel")
    static let whatYouSaw = Text(en: "What you saw", nl: "Wat je zag")
    static let addEvidence = Text(en: "Record what you saw", nl: "Waarneming vastleggen")
    static let noGoalsToEvidence = Text(en: "Your mentee has no learning goals yet.", nl: "Je mentee heeft nog geen leerdoelen.")
    static let valueScores = Text(en: "Core values", nl: "Kernwaarden")
    static let score = Text(en: "Score (1-5)", nl: "Score (1-5)")
    static let behaviourYouSaw = Text(en: "Behaviour you saw", nl: "Gedrag dat je zag")
    static let behaviourHelp = Text(en: "Behaviours that show this value", nl: "Gedrag dat deze waarde laat zien")
    static let addScore = Text(en: "Save score", nl: "Score opslaan")
    static let attitude = Text(en: "Attitude observations", nl: "Houding")
    static let pattern = Text(en: "Pattern", nl: "Patroon")
    static let effect = Text(en: "Effect on development", nl: "Effect op de ontwikkeling")
    static let helps = Text(en: "Helps", nl: "Helpend")
    static let hinders = Text(en: "Hinders", nl: "Belemmerend")
    static func attitudeEffect(_ effect: AttitudeEffect) -> Text { effect == .helps ? helps : hinders }
    static let note = Text(en: "Note", nl: "Notitie")
    static let addObservation = Text(en: "Record observation", nl: "Observatie vastleggen")
    static let mentorOnlySection = Text(en: "Only you, as the mentor, record these. Your mentee sees what you saw of the learning goals; scores and observations stay with you.",
                                        nl: "Alleen jij als mentor legt deze vast. Je mentee ziet wat je van de leerdoelen terugzag; scores en observaties blijven bij jou.")
    static let downloadCalendar = Text(en: "Add to calendar (.ics)", nl: "In je agenda zetten (.ics)")
    static let details = Text(en: "Details", nl: "Gegevens")
    static let saveDetails = Text(en: "Save details", nl: "Gegevens opslaan")

    static func attitudePattern(_ pattern: AttitudePattern) -> Text {
        switch pattern {
        case .takesInitiative: Text(en: "Takes initiative", nl: "Neemt initiatief")
        case .waitsForOthers: Text(en: "Waits for others to act", nl: "Wacht af")
        case .actsAsIfKnowing: Text(en: "Acts as if they already know", nl: "Denkt het al te weten")
        case .needlesslyInsecure: Text(en: "Needlessly insecure", nl: "Onnodig onzeker")
        case .littleOwnColour: Text(en: "Offers little of their own view", nl: "Geeft weinig eigen kleur")
        case .curiousAboutSelf: Text(en: "Curious about themselves", nl: "Nieuwsgierig naar zichzelf")
        }
    }

    static func goalTheme(_ theme: GoalTheme) -> Text {
        switch theme {
        case .workOrganisation: Text(en: "Work organisation", nl: "Werkorganisatie")
        case .clientSkills: Text(en: "Client skills", nl: "Klantvaardigheden")
        case .expertise: Text(en: "Expertise", nl: "Vakinhoud")
        case .leadership: Text(en: "Leadership", nl: "Leiderschap")
        }
    }

    // Goals
    static let learningGoals = Text(en: "Learning goals", nl: "Leerdoelen")
    static let newGoal = Text(en: "New learning goal", nl: "Nieuw leerdoel")
    static let editGoal = Text(en: "Edit learning goal", nl: "Leerdoel bewerken")
    static let title = Text(en: "Title", nl: "Titel")
    static let description = Text(en: "Description", nl: "Omschrijving")
    static let successCriteria = Text(en: "What success looks like", nl: "Waaraan je merkt dat het gelukt is")
    static let targetDate = Text(en: "Target date", nl: "Streefdatum")
    static let theme = Text(en: "Theme", nl: "Thema")
    static let noTheme = Text(en: "No theme", nl: "Geen thema")
    static let mentorComment = Text(en: "Mentor's comment", nl: "Opmerking van de mentor")
    static let saveComment = Text(en: "Save comment", nl: "Opmerking opslaan")
    static let evidenceSoFar = Text(en: "Seen in conversations", nl: "Teruggezien in gesprekken")
    static let noEvidenceYet = Text(en: "Nothing recorded yet. Your mentor notes here what they see of this goal in your conversations.",
                                    nl: "Nog niets vastgelegd. Je mentor noteert hier wat hij of zij van dit leerdoel terugziet in jullie gesprekken.")
    static let goalSaved = Text(en: "The learning goal has been saved.", nl: "Het leerdoel is opgeslagen.")
    static let targetInPast = Text(en: "Choose a target date in the future.", nl: "Kies een streefdatum in de toekomst.")

    // Fit check
    static let fitCheck = Text(en: "Fit check", nl: "Klikcheck")
    static let fitCheckQuestion = Text(en: "After your first conversation: how is the fit between you two?", nl: "Na jullie eerste gesprek: hoe is de klik tussen jullie?")
    static func fitAnswer(_ answer: FitAnswer) -> Text {
        switch answer {
        case .goodFit: Text(en: "A good fit", nl: "Goede klik")
        case .notSure: Text(en: "Not sure yet", nl: "Weet ik nog niet")
        case .notAGoodFit: Text(en: "Not a good fit", nl: "Geen goede klik")
        }
    }
    static let fitCheckComment = Text(en: "Comment (the coordinator only sees that there is one)", nl: "Toelichting (de coördinator ziet alleen dát er een is)")
    static let fitCheckSaved = Text(en: "Thank you, your answer has been saved.", nl: "Dank je, je antwoord is opgeslagen.")
    static let fitCheckGiven = Text(en: "Your answer", nl: "Jouw antwoord")
    static func fitCheckCounts(good: Int, unsure: Int, bad: Int, comments: Int) -> Text {
        Text(en: "Fit check: \(good) a good fit, \(unsure) not sure, \(bad) not a good fit; \(comments) with a comment.",
             nl: "Klikcheck: \(good) goede klik, \(unsure) weet nog niet, \(bad) geen goede klik; \(comments) met toelichting.")
    }

    // Calendar
    static let calendarFeed = Text(en: "Calendar feed", nl: "Agendafeed")
    static let calendarFeedLead = Text(en: "Subscribe to this address in your calendar app to see your planned conversations. Keep it to yourself; you can turn it off or make a new one at any time.",
                                       nl: "Abonneer je in je agenda-app op dit adres om je geplande gesprekken te zien. Houd het voor jezelf; je kunt het altijd uitzetten of vernieuwen.")
    static let calendarFeedOff = Text(en: "The feed is off.", nl: "De feed staat uit.")
    static let calendarFeedCreate = Text(en: "Turn on / make a new address", nl: "Aanzetten / nieuw adres maken")
    static let calendarFeedRevoke = Text(en: "Turn off", nl: "Uitzetten")
    static func conversationWith(_ name: String) -> Text { Text(en: "Mentoring conversation with \(name)", nl: "Mentorgesprek met \(name)") }

    // Audit and lists
    static let auditLog = Text(en: "Audit log", nl: "Auditlog")
    static let auditLead = Text(en: "Who changed what and when. The content of notes is never recorded here.",
                                nl: "Wie wat wanneer heeft gewijzigd. De inhoud van notities staat hier nooit in.")
    static let when = Text(en: "When", nl: "Wanneer")
    static let who = Text(en: "Who", nl: "Wie")
    static let what = Text(en: "What", nl: "Wat")
    static let system = Text(en: "System", nl: "Systeem")
    static let listsTitle = Text(en: "Goal themes and attitude patterns", nl: "Thema's van leerdoelen en houdingspatronen")
    static let listsLead = Text(en: "The built-in themes and patterns are always there. Add your organisation's own; retire one to stop offering it.",
                                nl: "De ingebouwde thema's en patronen zijn er altijd. Voeg die van je eigen organisatie toe; neem er een uit gebruik als je die niet meer wilt aanbieden.")
    static let goalThemes = Text(en: "Goal themes", nl: "Thema's van leerdoelen")
    static let attitudePatterns = Text(en: "Attitude patterns", nl: "Houdingspatronen")
    static let builtIn = Text(en: "built in", nl: "ingebouwd")
    static let add = Text(en: "Add", nl: "Toevoegen")
}

extension T {
    static let transcript = Text(en: "Transcript", nl: "Transcript")
    static let transcriptLead = Text(en: "Upload the transcript your meeting tool made (Teams, Zoom, Meet, Otter: WebVTT, SRT or text). Mentor Mirror measures who talked how much and how you asked; the text itself is discarded unless you keep it.",
                                     nl: "Upload het transcript dat je vergadertool heeft gemaakt (Teams, Zoom, Meet, Otter: WebVTT, SRT of tekst). Mentor Mirror meet wie hoeveel sprak en hoe je vragen stelde; de tekst zelf wordt niet bewaard, tenzij je daarvoor kiest.")
    static let transcriptFile = Text(en: "Transcript file", nl: "Transcriptbestand")
    static let keepText = Text(en: "Keep the text (only the two of you can read it, and you can delete it)", nl: "Tekst bewaren (alleen jullie tweeën kunnen hem lezen, en je kunt hem verwijderen)")
    static let analyse = Text(en: "Analyse", nl: "Analyseren")
    static let transcriptMissing = Text(en: "Choose a transcript file first.", nl: "Kies eerst een transcriptbestand.")
    static func transcriptUnreadable(_ detail: String) -> Text {
        Text(en: "This file cannot be read as a transcript: \(detail).", nl: "Dit bestand is niet te lezen als transcript: \(detail).")
    }
    static let transcriptAnalysed = Text(en: "The transcript has been analysed. Check which speaker is who.", nl: "Het transcript is geanalyseerd. Controleer wie welke spreker is.")
    static let transcriptMappingInvalid = Text(en: "Choose two different speakers from the transcript.", nl: "Kies twee verschillende sprekers uit het transcript.")
    static let speaker = Text(en: "Speaker", nl: "Spreker")
    static let mentorIs = Text(en: "The mentor is", nl: "De mentor is")
    static let menteeIs = Text(en: "The mentee is", nl: "De mentee is")
    static let otherSpeakersLeftOut = Text(en: "Other speakers are shown but do not count in the pair's shares.", nl: "Andere sprekers worden getoond, maar tellen niet mee in de verdeling tussen mentor en mentee.")
    static let keptText = Text(en: "Kept text", nl: "Bewaarde tekst")
    static let deleteText = Text(en: "Delete the kept text", nl: "Bewaarde tekst verwijderen")
    static let deleteTranscript = Text(en: "Delete the transcript figures", nl: "Transcriptcijfers verwijderen")
    static let share = Text(en: "Share", nl: "Aandeel")
    static let words = Text(en: "Words", nl: "Woorden")
    static let turns = Text(en: "Turns", nl: "Beurten")
    static let questionsOpenClosed = Text(en: "Questions (open / closed)", nl: "Vragen (open / gesloten)")
    static let signalsNote = Text(en: "Language signals are prompts for your reflection, not judgements about a person.", nl: "Taalsignalen zijn een aanleiding om na te denken, geen oordeel over een persoon.")
    static let mentorShareMeasured = Text(en: "Mentor's measured share of talk", nl: "Gemeten spreektijd van de mentor")
}
