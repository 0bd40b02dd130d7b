import MentorCore

/// Texts of the mentee's view (issue 14): the mentee's two questions after a held
/// conversation, what is shared of them, switching them off, and what the mentor's mirror shows.
extension T {
    // The mentee's page
    static let menteeViewTitle = Text(en: "Your view of this conversation", nl: "Jouw blik op dit gesprek")
    static let menteeViewLink = Text(en: "Your view of this conversation: two short questions",
                                     nl: "Jouw blik op dit gesprek: twee korte vragen")
    static func menteeViewLead(mentor: String, date: String) -> Text {
        Text(en: "Two short questions about your conversation with \(mentor) on \(date). Answering is up to you.",
             nl: "Twee korte vragen over je gesprek met \(mentor) op \(date). Of je antwoordt, bepaal je zelf.")
    }
    static func menteeViewAnswered(_ date: String) -> Text {
        Text(en: "You answered on \(date). Change an answer and send it again to correct it.",
             nl: "Je antwoordde op \(date). Pas een antwoord aan en verstuur het opnieuw om het te verbeteren.")
    }
    static let menteeViewSend = Text(en: "Send my answers", nl: "Verstuur mijn antwoorden")
    static let menteeViewSaved = Text(en: "Thank you, your answers are saved.", nl: "Dank je, je antwoorden zijn bewaard.")
    static let menteeViewCorrected = Text(en: "Your answers are corrected.", nl: "Je antwoorden zijn aangepast.")
    static let menteeViewChoose = Text(en: "Choose one of the five answers.", nl: "Kies een van de vijf antwoorden.")
    static let menteeViewNotHeld = Text(en: "You can answer once the conversation has taken place.",
                                        nl: "Je kunt antwoorden zodra het gesprek heeft plaatsgevonden.")
    static let menteeViewEnded = Text(en: "This mentorship has ended, so the questions can no longer be answered.",
                                      nl: "Dit mentorschap is afgerond; de vragen zijn niet meer te beantwoorden.")
    static let menteeViewIsOff = Text(en: "You have switched these questions off. Switch them on again to answer.",
                                      nl: "Je hebt deze vragen uitgezet. Zet ze weer aan om te antwoorden.")

    /// The question as the mentee reads it.
    static func menteeQuestion(_ question: MenteeViewQuestion) -> Text {
        switch question {
        case .room: Text(en: "How much room did you have to think things through yourself?",
                         nl: "Hoeveel ruimte had je om zelf na te denken?")
        case .challenge: Text(en: "Did you hear enough of your mentor’s own view, and were you challenged enough?",
                              nl: "Hoorde je genoeg van de eigen kijk van je mentor, en werd je genoeg uitgedaagd?")
        }
    }

    /// The question as the mentor reads it on the mirror.
    static func menteeQuestionForMentor(_ question: MenteeViewQuestion) -> Text {
        switch question {
        case .room: Text(en: "Room to think for themselves", nl: "Ruimte om zelf na te denken")
        case .challenge: Text(en: "Enough of your view and challenge", nl: "Genoeg van jouw kijk en uitdaging")
        }
    }

    /// The words of one point of a question's scale.
    static func menteeScale(_ question: MenteeViewQuestion, _ point: Int) -> Text {
        switch (question, point) {
        case (.room, 1): Text(en: "Hardly any", nl: "Nauwelijks")
        case (.room, 2): Text(en: "Little", nl: "Weinig")
        case (.room, 3): Text(en: "Some", nl: "Redelijk")
        case (.room, 4): Text(en: "A lot", nl: "Veel")
        case (.room, _): Text(en: "All the room I needed", nl: "Alle ruimte die ik nodig had")
        case (.challenge, 1): Text(en: "Far too little", nl: "Veel te weinig")
        case (.challenge, 2): Text(en: "Too little", nl: "Te weinig")
        case (.challenge, 3): Text(en: "About right", nl: "Precies goed")
        case (.challenge, 4): Text(en: "Too much", nl: "Te veel")
        case (.challenge, _): Text(en: "Far too much", nl: "Veel te veel")
        }
    }

    // What is shared
    static let menteeViewSharedTitle = Text(en: "What your mentor sees", nl: "Wat je mentor ziet")
    static let menteeViewSharedCounts = Text(
        en: "Your mentor sees your answers only as totals: how often each answer was given over the conversations of the period they look at. Never which answer belongs to which conversation, and never a date.",
        nl: "Je mentor ziet je antwoorden alleen opgeteld: hoe vaak elk antwoord is gegeven over de gesprekken in de periode die je mentor bekijkt. Nooit welk antwoord bij welk gesprek hoort, en nooit een datum.")
    static func menteeViewSharedThreshold(_ threshold: Int) -> Text {
        Text(en: "Nothing is shown until you have answered at least \(threshold) times. From then on your mentor sees the totals beside their own estimate of how much they talked and, where a transcript was made, the measured share.",
             nl: "Er is niets te zien tot je minstens \(threshold) keer hebt geantwoord. Daarna ziet je mentor de totalen naast de eigen inschatting van de spreektijd en, als er een transcript is, het gemeten aandeel.")
    }
    static let menteeViewSharedOnlyMentee = Text(
        en: "Even if you are your mentor’s only mentee, they see no more than these totals. The coordinator and the administrator do not see your answers.",
        nl: "Ook als je de enige mentee van je mentor bent, ziet die niet meer dan deze totalen. De coördinator en de beheerder zien je antwoorden niet.")

    // Switching the questions off and on
    static let menteeViewStopTitle = Text(en: "Stop answering", nl: "Niet meer antwoorden")
    static let menteeViewStopExplained = Text(
        en: "Rather not answer these questions? Switch them off: you will no longer be asked. The answers you already gave stay in the totals, so your mirror does not tell your mentor that you stopped. You can switch them on again here at any time.",
        nl: "Wil je deze vragen liever niet beantwoorden? Zet ze uit: dan worden ze je niet meer gesteld. Antwoorden die je al gaf, blijven in de totalen meetellen, zodat je mentor in de spiegel niet ziet dat je bent gestopt. Je kunt ze hier altijd weer aanzetten.")
    static let menteeViewStateOff = Text(en: "The questions are switched off.", nl: "De vragen staan uit.")
    static let menteeViewSwitchOff = Text(en: "Switch the questions off", nl: "Zet de vragen uit")
    static let menteeViewSwitchOn = Text(en: "Switch the questions on again", nl: "Zet de vragen weer aan")
    static let menteeViewSwitchedOff = Text(en: "The questions are switched off. You will no longer be asked.",
                                            nl: "De vragen staan uit. Ze worden je niet meer gesteld.")
    static let menteeViewSwitchedOn = Text(en: "The questions are switched on again.", nl: "De vragen staan weer aan.")
    static let menteeViewSettingInvalid = Text(en: "Choose whether to switch the questions off or on.",
                                               nl: "Kies of je de vragen uit- of aanzet.")

    // The mentor's mirror
    static let menteeViewMirrorTitle = Text(en: "Your mentee’s view", nl: "De blik van je mentee")
    static let menteeViewMirrorTitleAll = Text(en: "Your mentees’ view", nl: "De blik van je mentees")
    static func menteeViewMirrorHidden(_ threshold: Int) -> Text {
        Text(en: "Shown once your mentee has answered their two questions at least \(threshold) times in this period. You never see a single answer.",
             nl: "Te zien zodra je mentee de twee vragen in deze periode minstens \(threshold) keer heeft beantwoord. Losse antwoorden zie je nooit.")
    }
    static func menteeViewMirrorHiddenAll(_ threshold: Int) -> Text {
        Text(en: "Shown once your mentees together have answered their two questions at least \(threshold) times in this period.",
             nl: "Te zien zodra je mentees de twee vragen in deze periode samen minstens \(threshold) keer hebben beantwoord.")
    }
    static func menteeViewMirrorBasis(_ answers: Int) -> Text {
        Text(en: "\(answers) answers in this period, counted per answer; which conversation gave which is not shown.",
             nl: "\(answers) antwoorden in deze periode, per antwoord geteld; welk gesprek welk antwoord gaf, zie je niet.")
    }
    static let menteeViewMirrorCompare = Text(
        en: "Set this beside your own estimate and the measured share of talk above: does your mentee experience the balance as you do?",
        nl: "Leg dit naast je eigen inschatting en het gemeten aandeel spreektijd hierboven: ervaart je mentee de balans zoals jij?")
    static let menteeViewAnswer = Text(en: "Answer", nl: "Antwoord")
    static let menteeViewTimes = Text(en: "Times given", nl: "Aantal keer")
}
