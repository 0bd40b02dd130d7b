import MentorCore

/// The words of notifications and their e-mails: reminders from the scheduler, and events told
/// at once. `name` is the other side of the pair (nil when not known); days and times are
/// already written in the reader's language.
extension T {
    // MARK: Reminders

    static func noticeConversationOverdue(days: String, with name: String?) -> Text {
        name.map { name in
            Text(en: "It is \(days) days since your last mentoring conversation with \(name): time to plan the next one.",
                 nl: "Het is \(days) dagen geleden dat je een mentorgesprek had met \(name): tijd om het volgende te plannen.")
        } ?? Text(en: "It is \(days) days since your last mentoring conversation: time to plan the next one.",
                  nl: "Het is \(days) dagen geleden dat jullie een mentorgesprek hadden: tijd om het volgende te plannen.")
    }

    static func noticeActionDue(day: String, with name: String?) -> Text {
        name.map { name in
            Text(en: "An action from your mentoring with \(name) is due on \(day).",
                 nl: "Een actiepunt uit je mentoring met \(name) moet af op \(day).")
        } ?? Text(en: "An action from your mentoring conversation is due on \(day).",
                  nl: "Een actiepunt uit je mentorgesprek moet af op \(day).")
    }

    static func noticeRequestWaiting(days: String, from name: String?) -> Text {
        name.map { name in
            Text(en: "\(name) has been waiting \(days) days for your answer to their request to be mentored by you.",
                 nl: "\(name) wacht al \(days) dagen op je antwoord op het verzoek om jou als mentor.")
        } ?? Text(en: "A mentee has been waiting \(days) days for your answer to their request.",
                  nl: "Een mentee wacht al \(days) dagen op je antwoord op het verzoek.")
    }

    static func noticeRequestWaitingCoordinator(days: String, mentee: String?, mentor: String?) -> Text {
        if mentee != nil || mentor != nil {
            let (mentee, mentor) = (mentee ?? "", mentor ?? "")
            return Text(en: "The request from \(mentee) to \(mentor) has had no answer for \(days) days.",
                        nl: "Het verzoek van \(mentee) aan \(mentor) heeft al \(days) dagen geen antwoord.")
        }
        return Text(en: "A mentoring request has had no answer for \(days) days.", nl: "Een mentorverzoek heeft al \(days) dagen geen antwoord.")
    }

    static func noticeAgreementDue(with name: String?) -> Text {
        name.map { name in
            Text(en: "It is time to talk about your mentoring agreement with \(name) again.",
                 nl: "Het is tijd om je afspraken met \(name) opnieuw te bespreken.")
        } ?? Text(en: "It is time to talk about your mentoring agreement again.", nl: "Het is tijd om jullie afspraken opnieuw te bespreken.")
    }

    static func noticePulseOpen(with name: String?) -> Text {
        name.map { name in
            Text(en: "Two short questions about your mentoring with \(name) are waiting for you.",
                 nl: "Er staan twee korte vragen over je mentoring met \(name) voor je klaar.")
        } ?? Text(en: "Two short questions about your mentoring are waiting for you.",
                  nl: "Er staan twee korte vragen over je mentoring voor je klaar.")
    }

    static func noticeRequestWithdrawn(by name: String?) -> Text {
        name.map { name in
            Text(en: "\(name) has withdrawn the request to be mentored by you.", nl: "\(name) heeft het verzoek om jou als mentor ingetrokken.")
        } ?? Text(en: "A mentee has withdrawn their request to be mentored by you.", nl: "Een mentee heeft het verzoek om jou als mentor ingetrokken.")
    }

    /// The day before a planned conversation, with the titles on its agenda (nothing else from it).
    static func noticeConversationTomorrow(when: String, with name: String, agenda: [String]) -> Text {
        let intro = Text(en: "Tomorrow, \(when), you have a mentoring conversation with \(name).",
                         nl: "Morgen, \(when), heb je een mentorgesprek met \(name).")
        guard !agenda.isEmpty else {
            return Text(en: intro.en + " Nothing is on the agenda yet: add what you want to talk about.",
                        nl: intro.nl + " Er staat nog niets op de agenda: zet erop waar je het over wilt hebben.")
        }
        let list = agenda.joined(separator: "; ")
        return Text(en: intro.en + " On the agenda: \(list).", nl: intro.nl + " Op de agenda: \(list).")
    }

    // MARK: Events

    static func noticeRequestReceived(from name: String, on day: String) -> Text {
        Text(en: "On \(day) \(name) asked you to be their mentor. Accept or decline the request on the pair's page.",
             nl: "\(name) heeft je op \(day) gevraagd om mentor te zijn. Op de pagina van het koppel kun je het verzoek accepteren of afwijzen.")
    }

    /// A request or proposal accepted by the other side (a proposal starts once both said yes).
    static func noticeRequestAccepted(by name: String, on day: String) -> Text {
        Text(en: "On \(day) \(name) said yes to mentoring with you.",
             nl: "\(name) heeft op \(day) ja gezegd tegen de mentoring met jou.")
    }

    static func noticeRequestDeclined(by name: String, on day: String) -> Text {
        Text(en: "On \(day) \(name) declined mentoring with you. The pair has ended; a coordinator or another mentor can help further.",
             nl: "\(name) heeft op \(day) de mentoring met jou afgewezen. Het koppel is beëindigd; een coördinator of een andere mentor kan verder helpen.")
    }

    static func noticeProposalPublished(with name: String, on day: String) -> Text {
        Text(en: "On \(day) the programme proposed you and \(name) as a mentoring pair. Have a look at the proposal.",
             nl: "Op \(day) heeft het programma jou en \(name) voorgesteld als mentorkoppel. Bekijk het voorstel.")
    }

    static func noticeConversationPlanned(by name: String, when: String) -> Text {
        Text(en: "\(name) planned a mentoring conversation with you on \(when).",
             nl: "\(name) heeft een mentorgesprek met je gepland op \(when).")
    }

    static func noticeConversationMoved(by name: String, when: String) -> Text {
        Text(en: "\(name) moved your mentoring conversation to \(when).",
             nl: "\(name) heeft jullie mentorgesprek verplaatst naar \(when).")
    }

    static func noticeConversationCancelled(by name: String, when: String) -> Text {
        Text(en: "\(name) cancelled your mentoring conversation of \(when).",
             nl: "\(name) heeft jullie mentorgesprek van \(when) afgezegd.")
    }

    static func noticeAgreementChanged(with name: String, on day: String) -> Text {
        Text(en: "Your mentoring agreement with \(name) was changed on \(day) and waits for your confirmation.",
             nl: "De afspraken met \(name) zijn op \(day) gewijzigd en wachten op je bevestiging.")
    }

    static func noticePairPaused(with name: String, on day: String) -> Text {
        Text(en: "Your mentoring with \(name) was paused on \(day).", nl: "Je mentoring met \(name) is op \(day) gepauzeerd.")
    }

    static func noticePairResumed(with name: String, on day: String) -> Text {
        Text(en: "Your mentoring with \(name) was resumed on \(day).", nl: "Je mentoring met \(name) is op \(day) hervat.")
    }

    static func noticePairEnded(with name: String, on day: String) -> Text {
        Text(en: "Your mentoring with \(name) was ended on \(day).", nl: "Je mentoring met \(name) is op \(day) beëindigd.")
    }

    /// A pair a coordinator formed directly, to each of its two people.
    static func noticePairFormed(with name: String, programme: String, on day: String) -> Text {
        Text(en: "On \(day) a coordinator made you and \(name) a mentoring pair in \(programme). Have a look at the pair's page.",
             nl: "Op \(day) heeft een coördinator jou en \(name) een mentorkoppel gemaakt in \(programme). Bekijk de pagina van het koppel.")
    }

    /// A proposal a coordinator took back before it started, to each of its two people.
    static func noticeProposalWithdrawn(with name: String, programme: String, on day: String) -> Text {
        Text(en: "On \(day) a coordinator withdrew the proposal of you and \(name) as a mentoring pair in \(programme). You need not answer it any more.",
             nl: "Op \(day) heeft een coördinator het voorstel van jou en \(name) als mentorkoppel in \(programme) ingetrokken. Je hoeft er niet meer op te antwoorden.")
    }

    /// An undone matching round, once to each person it had proposed, naming every other side.
    static func noticeRoundUndone(programme: String, with names: [String], on day: String) -> Text {
        func list(_ and: String) -> String {
            names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " \(and) " + (names.last ?? "")
        }
        return Text(en: "On \(day) a coordinator undid the matching round of \(programme): the proposal of you and \(list("and")) no longer stands.",
                    nl: "Op \(day) heeft een coördinator de matchingronde van \(programme) teruggedraaid: het voorstel van jou en \(list("en")) vervalt.")
    }

    /// A request closed by itself after `days` without an answer, as each person concerned reads it.
    static func noticeRequestTimedOut(days: String, mentee: String, mentor: String, reader: PairSide?) -> Text {
        switch reader {
        case .mentee:
            Text(en: "Your request to \(mentor) had no answer for \(days) days and has been closed. You can ask another mentor.",
                 nl: "Je verzoek aan \(mentor) heeft \(days) dagen geen antwoord gekregen en is gesloten. Je kunt een andere mentor vragen.")
        case .mentor:
            Text(en: "The request from \(mentee) had no answer from you for \(days) days and has been closed.",
                 nl: "Het verzoek van \(mentee) heeft \(days) dagen geen antwoord van je gekregen en is gesloten.")
        case nil:
            Text(en: "The request from \(mentee) to \(mentor) had no answer for \(days) days and has been closed.",
                 nl: "Het verzoek van \(mentee) aan \(mentor) heeft \(days) dagen geen antwoord gekregen en is gesloten.")
        }
    }

    /// "19 augustus 2026 om 14:00"
    static func dayAtTime(_ day: String, _ time: String) -> Text {
        Text(en: "\(day) at \(time)", nl: "\(day) om \(time)")
    }

    /// Stands in for a name that is not known (an erased account).
    static let theOtherSide = Text(en: "the other side of your pair", nl: "de ander in je koppel")

    /// The reason stored on a pair whose request closed by itself.
    static let requestTimedOutReason = Text(en: "no answer in time", nl: "niet op tijd beantwoord")

    // MARK: Subjects

    static func noticeSubject(_ kind: NotificationKind) -> Text {
        switch kind {
        case .conversationOverdue: Text(en: "Time for a mentoring conversation", nl: "Tijd voor een mentorgesprek")
        case .actionDue: Text(en: "An action is due", nl: "Een actiepunt moet af")
        case .requestWaiting: Text(en: "A mentoring request waits for you", nl: "Een mentorverzoek wacht op je")
        case .requestWaitingCoordinator: Text(en: "A mentoring request has no answer", nl: "Een mentorverzoek heeft geen antwoord")
        case .agreementDue: Text(en: "Talk about your agreement again", nl: "Bespreek jullie afspraken opnieuw")
        case .pulseOpen: Text(en: "Pulse survey", nl: "Pulsmeting")
        case .requestWithdrawn: Text(en: "A mentoring request was withdrawn", nl: "Een mentorverzoek is ingetrokken")
        case .passwordLinkSent: T.invitationSubject
        case .requestReceived: Text(en: "A new mentoring request", nl: "Een nieuw mentorverzoek")
        case .requestAccepted: Text(en: "A yes to your mentoring pair", nl: "Ja op je mentorkoppel")
        case .requestDeclined: Text(en: "Your mentoring pair was declined", nl: "Je mentorkoppel is afgewezen")
        case .proposalPublished: Text(en: "A proposed mentoring pair", nl: "Een voorgesteld mentorkoppel")
        case .conversationPlanned: Text(en: "A mentoring conversation was planned", nl: "Er is een mentorgesprek gepland")
        case .conversationMoved: Text(en: "A mentoring conversation was moved", nl: "Een mentorgesprek is verplaatst")
        case .conversationCancelled: Text(en: "A mentoring conversation was cancelled", nl: "Een mentorgesprek is afgezegd")
        case .agreementChanged: Text(en: "Confirm your changed agreement", nl: "Bevestig jullie gewijzigde afspraken")
        case .pairPaused: Text(en: "Your mentoring is paused", nl: "Je mentoring is gepauzeerd")
        case .pairResumed: Text(en: "Your mentoring is resumed", nl: "Je mentoring is hervat")
        case .pairEnded: Text(en: "Your mentoring has ended", nl: "Je mentoring is beëindigd")
        case .conversationTomorrow: Text(en: "Your mentoring conversation tomorrow", nl: "Je mentorgesprek van morgen")
        case .requestTimedOut: Text(en: "A mentoring request has been closed", nl: "Een mentorverzoek is gesloten")
        case .pairFormed: Text(en: "A new mentoring pair", nl: "Een nieuw mentorkoppel")
        case .proposalWithdrawn: Text(en: "A proposed mentoring pair was withdrawn", nl: "Een voorgesteld mentorkoppel is ingetrokken")
        case .roundUndone: Text(en: "A matching round was undone", nl: "Een matchingronde is teruggedraaid")
        case .pairMemberDeactivated: T.pairMemberDeactivatedSubject
        }
    }

    // MARK: The programme's request time-out

    static let requestTimeoutLabel = Text(en: "Close an unanswered request after (days)", nl: "Onbeantwoord verzoek sluiten na (dagen)")
    static let requestTimeoutHint = Text(en: "The mentee, the mentor and the coordinators are told. Empty: a request stays open until the mentor answers.",
                                         nl: "De mentee, de mentor en de coördinatoren krijgen bericht. Leeg: een verzoek blijft open tot de mentor antwoordt.")
    static let requestTimeoutInvalid = Text(en: "Enter a number of days from 1 to 365, or leave it empty.",
                                            nl: "Vul een aantal dagen in van 1 tot 365, of laat het leeg.")

    // MARK: E-mail and the account's choice

    static let noticeGreeting = Text(en: "Hello,", nl: "Hallo,")
    static let noticeFooter = Text(en: "You get this e-mail from Mentor Mirror. Under Account you choose which e-mails you get: every event, reminders only, or none.",
                                   nl: "Je krijgt deze e-mail van Mentor Mirror. Onder Account kies je welke e-mails je krijgt: bij elke gebeurtenis, alleen herinneringen of geen.")
    static let emailChoiceHeading = Text(en: "E-mail me", nl: "Stuur me een e-mail")
    static let emailChoiceEveryEvent = Text(en: "At every event and reminder", nl: "Bij elke gebeurtenis en herinnering")
    static let emailChoiceRemindersOnly = Text(en: "Only for reminders", nl: "Alleen bij herinneringen")
    static let emailChoiceNever = Text(en: "Never: I read everything in Mentor Mirror", nl: "Nooit: ik lees alles in Mentor Mirror")
    static let emailChoiceNote = Text(en: "Everything is also in your notifications in Mentor Mirror, in your preferred language above. An invitation for your calendar counts as an e-mail about an event: you get it only when you choose e-mail at every event.",
                                      nl: "Alles staat ook bij je meldingen in Mentor Mirror, in je voorkeurstaal hierboven. Een uitnodiging voor je agenda telt als e-mail over een gebeurtenis: je krijgt die alleen als je kiest voor e-mail bij elke gebeurtenis.")
}
