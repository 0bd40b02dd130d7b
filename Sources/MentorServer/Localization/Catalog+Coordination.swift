import MentorCore

extension T {
    // Programme health
    static let health = Text(en: "Programme health", nl: "Programmamonitor")
    static func healthFor(_ programme: String) -> Text { Text(en: "Programme health: \(programme)", nl: "Programmamonitor: \(programme)") }
    static let healthLead = Text(en: "Figures only: no notes, evidence, scores or observations. Pairs are named only where you may need to act.",
                                 nl: "Alleen cijfers: geen notities, waarnemingen, scores of observaties. Koppels worden alleen bij naam genoemd waar je misschien iets moet doen.")
    static let pairsByStatus = Text(en: "Pairs by status", nl: "Koppels per status")
    static let quietPairs = Text(en: "Quiet pairs", nl: "Stille koppels")
    static func quietPairsLead(_ days: Int) -> Text {
        Text(en: "Active pairs that have not had a conversation for more than \(days) days (1.5 times the cadence).",
             nl: "Actieve koppels die al meer dan \(days) dagen geen gesprek hebben gehad (1,5 keer het gespreksritme).")
    }
    static let noQuietPairs = Text(en: "No pair has gone quiet.", nl: "Er is geen koppel stilgevallen.")
    static let daysQuiet = Text(en: "Days quiet", nl: "Dagen stil")
    static let waitingRequests = Text(en: "Requests waiting for an answer", nl: "Verzoeken die op antwoord wachten")
    static let noWaitingRequests = Text(en: "No request is waiting.", nl: "Er wacht geen verzoek.")
    static let daysWaiting = Text(en: "Days waiting", nl: "Dagen gewacht")
    static let pairsAgainstCadence = Text(en: "Conversations compared with the cadence", nl: "Gesprekken afgezet tegen het gespreksritme")
    static let pairNumber = Text(en: "Pair", nl: "Koppel")
    static let held = Text(en: "Held", nl: "Gehouden")
    static let expectedByNow = Text(en: "Expected by now", nl: "Verwacht tot vandaag")
    static let goalsWithoutRecentEvidence = Text(en: "Goals not seen in the last three conversations", nl: "Leerdoelen die in de laatste drie gesprekken niet zijn teruggezien")
    static let agreementDiscussedColumn = Text(en: "Agreement discussed", nl: "Afspraken besproken")
    static let agreementsNotDiscussed = Text(en: "Agreements not yet discussed", nl: "Afspraken nog niet besproken")
    static let averageMenteeInitiative = Text(en: "Average mentee initiative", nl: "Gemiddeld initiatief van de mentee")
    static let talkShareDistribution = Text(en: "Mentor talk share per conversation", nl: "Spreektijd van de mentor per gesprek")
    static let talkShareDistributionDescription = Text(en: "How many held conversations fall in each tenth of mentor talk share (measured from a transcript, else the mentor's estimate).",
                                                       nl: "Hoeveel gehouden gesprekken er in elke stap van 10 procentpunt spreektijd van de mentor vallen (gemeten uit een transcript, anders de schatting van de mentor).")
    static let talkShareBand = Text(en: "Talk share", nl: "Spreektijd")
    static let conversationsColumn = Text(en: "Conversations", nl: "Gesprekken")
    static let fitCheckAnswers = Text(en: "Fit-check answers", nl: "Antwoorden op de klikcheck")
    static let answerColumn = Text(en: "Answer", nl: "Antwoord")
    static let countColumn = Text(en: "Number", nl: "Aantal")
    static let asTable = Text(en: "Show as a table", nl: "Als tabel tonen")
    static let downloadCSV = Text(en: "Download CSV", nl: "CSV downloaden")
    static let noFigure = Text(en: "not enough data", nl: "te weinig gegevens")
    static let compareProgrammes = Text(en: "Programmes compared", nl: "Programma's vergeleken")
    static let compareLead = Text(en: "The same figures for every programme of the organisation.", nl: "Dezelfde cijfers voor elk programma van de organisatie.")
    static let programmeColumn = Text(en: "Programme", nl: "Programma")
    static let heldOfExpected = Text(en: "Held / expected", nl: "Gehouden / verwacht")
    static let pulseAverageColumn = Text(en: "Pulse survey (1–5)", nl: "Pulsmeting (1–5)")

    // Pulse survey
    static let pulse = Text(en: "Pulse survey", nl: "Pulsmeting")
    static func pulseLead(_ days: Int) -> Text {
        Text(en: "Every \(days) days the mentor and the mentee of each pair answer two short questions. You see only totals, and nothing while fewer than 3 people have answered.",
             nl: "Elke \(days) dagen beantwoorden mentor en mentee van elk koppel twee korte vragen. Je ziet alleen totalen, en niets zolang minder dan 3 mensen hebben geantwoord.")
    }
    static func pulseTooFew(_ answers: Int, _ people: Int) -> Text {
        let given = pulseAnswers(answers, people)
        return Text(en: "\(given.en) in this period: results are shown from 3 people on.",
                    nl: "\(given.nl) in deze periode: uitkomsten zie je vanaf 3 mensen.")
    }
    static func pulseSummary(_ answers: Int, _ people: Int, _ average: String) -> Text {
        let given = pulseAnswers(answers, people)
        return Text(en: "\(given.en); average \(average) out of 5.", nl: "\(given.nl); gemiddeld \(average) van de 5.")
    }
    /// "1 answer from 1 person" / "4 antwoorden van 3 mensen".
    private static func pulseAnswers(_ answers: Int, _ people: Int) -> Text {
        let a = Plural.of(answers, en: ("answer", "answers"), nl: ("antwoord", "antwoorden"))
        let p = Plural.of(people, en: ("person", "people"), nl: ("persoon", "mensen"))
        return Text(en: "\(a.en) from \(p.en)", nl: "\(a.nl) van \(p.nl)")
    }
    static let pulseImprovements = Text(en: "What would make it better (in alphabetical order)", nl: "Wat het beter zou maken (in alfabetische volgorde)")
    static let pulseValueQuestion = Text(en: "How valuable is the mentoring for you now?", nl: "Hoe waardevol is de mentoring nu voor je?")
    static let pulseImprovementQuestion = Text(en: "One thing that would make it better", nl: "Eén ding dat het beter zou maken")
    static let pulseValueLow = Text(en: "1 = not valuable", nl: "1 = niet waardevol")
    static let pulseValueHigh = Text(en: "5 = very valuable", nl: "5 = zeer waardevol")
    static let pulseSend = Text(en: "Send answer", nl: "Antwoord versturen")
    static let pulseThanks = Text(en: "Thank you: your answer is counted anonymously.", nl: "Dank je: je antwoord telt anoniem mee.")
    static let pulseValueMissing = Text(en: "Choose a value from 1 to 5.", nl: "Kies een waarde van 1 tot 5.")
    static let pulseNotOpen = Text(en: "There is no pulse survey open for this pair right now.", nl: "Er staat voor dit koppel nu geen pulsmeting open.")
    static let pulseImprovementTooLong = Text(en: "Use at most 1,000 characters.", nl: "Gebruik maximaal 1.000 tekens.")
    static func pulseFor(_ other: String) -> Text { Text(en: "Pulse survey: mentoring with \(other)", nl: "Pulsmeting: mentoring met \(other)") }
    static let pulseIntervalLabel = Text(en: "Pulse survey every (days)", nl: "Pulsmeting elke (aantal dagen)")
}

extension T {
    // Notifications
    static let notifications = Text(en: "Notifications", nl: "Meldingen")
    static func notificationsNav(_ unread: Int) -> Text {
        unread > 0 ? Text(en: "Notifications (\(unread))", nl: "Meldingen (\(unread))") : Text(en: "Notifications", nl: "Meldingen")
    }
    static let noNotifications = Text(en: "No notifications yet.", nl: "Nog geen meldingen.")
    static let markAllRead = Text(en: "Mark all as read", nl: "Alles als gelezen markeren")
    static let unreadBadge = Text(en: "new", nl: "nieuw")
    static let notificationLanguageNote = Text(en: "Reminders come in your preferred language above.", nl: "Herinneringen krijg je in je voorkeurstaal hierboven.")
    static let pulseAnonymous = Text(en: "Your coordinator sees only totals, and nothing until at least 3 people have answered.",
                                     nl: "Je coördinator ziet alleen totalen, en niets zolang minder dan 3 mensen hebben geantwoord.")
}

extension T {
    // Data rights
    static let myData = Text(en: "My data", nl: "Mijn gegevens")
    static let myDataLead = Text(en: "Everything Mentor Mirror holds about you. A mentor's private notes are in the mentor's own download only.",
                                 nl: "Alles wat Mentor Mirror over je bewaart. De privénotities van een mentor staan alleen in de download van die mentor.")
    static let downloadJSON = Text(en: "Download as JSON", nl: "Downloaden als JSON")
    static let downloadMyData = Text(en: "Download my data", nl: "Mijn gegevens downloaden")
    static let reflectionsHeading = Text(en: "Reflections", nl: "Reflecties")
    static let auditHeading = Text(en: "What you did (audit log)", nl: "Wat je deed (auditlog)")
    static func eraseTitle(_ name: String) -> Text { Text(en: "Erase \(name)", nl: "\(name) wissen") }
    static let eraseExplanation = Text(en: "Their name, e-mail address, profile, sign-in, notifications, wishes, reflections and private notes are removed. Conversations and goals their pair partner needs stay, without their name. This cannot be undone; the erasure is written to the audit log.",
                                       nl: "Naam, e-mailadres, profiel, inloggegevens, meldingen, wensen, reflecties en privénotities worden verwijderd. Gesprekken en leerdoelen die de ander in het koppel nodig heeft, blijven bestaan, zonder naam. Dit kun je niet ongedaan maken; het wissen komt in het auditlog.")
    static func eraseConfirmLabel(_ email: String) -> Text { Text(en: "Type \(email) to confirm", nl: "Typ \(email) om te bevestigen") }
    static let eraseButton = Text(en: "Erase this person", nl: "Deze persoon wissen")
    static let eraseConfirmMismatch = Text(en: "The e-mail address you typed does not match: nothing was erased.", nl: "Het getypte e-mailadres klopt niet: er is niets gewist.")
    static let eraseNotYourself = Text(en: "You cannot erase yourself; ask another administrator.", nl: "Je kunt jezelf niet wissen; vraag een andere beheerder.")
    static let erased = Text(en: "The person was erased.", nl: "De persoon is gewist.")
    static let eraseLink = Text(en: "Erase personal data", nl: "Persoonsgegevens wissen")
}

extension T {
    static let retentionDays = Text(en: "Delete conversation content of ended pairs after (days)", nl: "Gespreksinhoud van beëindigde koppels verwijderen na (dagen)")
    static let retentionHint = Text(en: "Leave it empty to keep everything. Dates, initiative, talk shares and scores stay, so the programme figures remain correct.",
                                    nl: "Laat je het leeg, dan blijft alles bewaard. Datums, initiatief, spreektijd en scores blijven staan, zodat de programmacijfers blijven kloppen.")
    static let retentionInvalid = Text(en: "Enter a number of days from 30 to 36500, or leave it empty.", nl: "Vul een aantal dagen van 30 tot 36500 in, of laat het leeg.")
    static let pulseIntervalInvalid = Text(en: "Enter a number of days from 14 to 365.", nl: "Vul een aantal dagen van 14 tot 365 in.")
    // E-mail outbox
    static let outbox = Text(en: "E-mail outbox", nl: "Uitgaande e-mail")
    static let outboxLead = Text(en: "Reminder e-mails waiting to be sent, and those that failed. Failed deliveries are retried after 1, 2, 4 … minutes; after 8 attempts they stop until you try again.",
                                 nl: "Herinneringsmails die nog verstuurd moeten worden, en mails waarvan het versturen is mislukt. Mislukte bezorging wordt opnieuw geprobeerd na 1, 2, 4 … minuten; na 8 pogingen stopt dat tot je het opnieuw probeert.")
    static let outboxEmpty = Text(en: "Nothing is waiting and nothing has failed.", nl: "Er wacht niets en er is niets mislukt.")
    static let recipient = Text(en: "To", nl: "Aan")
    static let subject = Text(en: "Subject", nl: "Onderwerp")
    static let attempts = Text(en: "Attempts", nl: "Pogingen")
    static let nextAttempt = Text(en: "Next attempt", nl: "Volgende poging")
    static let lastError = Text(en: "Last error", nl: "Laatste fout")
    static let retryNow = Text(en: "Try again now", nl: "Nu opnieuw proberen")
    static let retryQueued = Text(en: "The e-mail will be sent at the next check.", nl: "De mail wordt bij de volgende controle verstuurd.")
    static let outboxStatus = Text(en: "Status", nl: "Status")
    static let outboxPending = Text(en: "waiting", nl: "in de wachtrij")
    static let outboxFailed = Text(en: "failed", nl: "mislukt")
    static let sentLast7Days = Text(en: "Sent in the last 7 days", nl: "Verstuurd in de afgelopen 7 dagen")
}
