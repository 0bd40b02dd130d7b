import MentorCore

/// Texts of issue 14, items 5-7: one focus at a time, the agreement against what happened, and
/// who names the learning goal.
extension T {
    // The focus, chosen in a reflection
    static let focusLabel = Text(en: "One focus for your next conversations", nl: "Eén aandachtspunt voor je volgende gesprekken")
    static let focusHint = Text(
        en: "Choose one thing to practise. Your mirror then compares the conversations after this reflection with your earlier ones.",
        nl: "Kies één ding om te oefenen. Je spiegel zet de gesprekken na deze reflectie dan naast je eerdere gesprekken.")
    static let focusNone = Text(en: "No focus", nl: "Geen aandachtspunt")
    static let focusInvalid = Text(en: "Choose one of the listed focuses.", nl: "Kies een van de genoemde aandachtspunten.")
    static func focusName(_ focus: Focus) -> Text {
        switch focus {
        case .openQuestions: Text(en: "More open questions", nl: "Meer open vragen stellen")
        case .waitAfterQuestions: Text(en: "Wait after a question", nl: "Stil blijven na een vraag")
        case .lessAdvice: Text(en: "Give less advice", nl: "Minder advies geven")
        case .talkShareInBand: Text(en: "Keep your share of talk within the target range", nl: "Je spreektijd binnen het streefbereik houden")
        case .menteePlans: Text(en: "Let your mentee plan the conversations", nl: "Je mentee de gesprekken laten plannen")
        }
    }
    /// What the per-conversation figure of a focus is, for the table's heading.
    static func focusMeasure(_ focus: Focus) -> Text {
        switch focus {
        case .openQuestions: Text(en: "Open questions, share of your questions", nl: "Open vragen, deel van je vragen")
        case .waitAfterQuestions: Text(en: "Questions followed by 3 seconds of silence", nl: "Vragen met daarna 3 seconden stilte")
        case .lessAdvice: Text(en: "Advice, share of your moves", nl: "Advies, deel van wat je deed")
        case .talkShareInBand: Text(en: "Points outside the target range", nl: "Punten buiten het streefbereik")
        case .menteePlans: Text(en: "The mentee planned and brought topics", nl: "De mentee plande en bracht onderwerpen in")
        }
    }
    static let focusTitle = Text(en: "Your focus", nl: "Je aandachtspunt")
    static func focusSince(_ name: String, _ date: String) -> Text {
        Text(en: "\(name), chosen on \(date).", nl: "\(name), gekozen op \(date).")
    }
    static func focusVerdict(_ verdict: FocusFigure.Verdict) -> Text {
        switch verdict {
        case .tooLittleData:
            Text(en: "Too little to compare yet: this needs four earlier conversations and two since, each with the figure (most need a transcript).",
                 nl: "Nog te weinig om te vergelijken: daarvoor zijn vier eerdere gesprekken en twee daarna nodig, elk met dit cijfer (meestal met een transcript).")
        case .withinUsualVariation:
            Text(en: "No change beyond your usual variation yet: the typical conversation since falls within the middle half of your earlier ones.",
                 nl: "Nog geen verandering groter dan je gewone schommeling: het middelste gesprek sindsdien valt binnen de middelste helft van je eerdere gesprekken.")
        case .better:
            Text(en: "A change larger than your usual variation, in the direction you chose.",
                 nl: "Een verandering groter dan je gewone schommeling, in de richting die je koos.")
        case .worse:
            Text(en: "A change larger than your usual variation, but the other way.",
                 nl: "Een verandering groter dan je gewone schommeling, maar de andere kant op.")
        }
    }
    static let focusEarlier = Text(en: "Earlier conversations", nl: "Eerdere gesprekken")
    static let focusLater = Text(en: "Since the focus", nl: "Sinds het aandachtspunt")
    static let focusMedian = Text(en: "Median", nl: "Mediaan")
    static let focusMiddleHalf = Text(en: "Middle half (1st–3rd quartile)", nl: "Middelste helft (1e–3e kwartiel)")
    static let focusCount = Text(en: "Conversations", nl: "Gesprekken")
    static let focusWhen = Text(en: "When", nl: "Wanneer")
    static let focusHow = Text(
        en: "Usual variation: the range of the middle half of your last twelve conversations before the focus. A change counts when the median since lies outside it.",
        nl: "Gewone schommeling: het bereik van de middelste helft van je laatste twaalf gesprekken vóór het aandachtspunt. Een verandering telt als de mediaan daarna erbuiten valt.")
    static func focusOverviewMentees(_ count: Int) -> Text {
        Text(en: count == 1 ? "Over the conversations with 1 mentee." : "Over the conversations with \(count) mentees.",
             nl: count == 1 ? "Over de gesprekken met 1 mentee." : "Over de gesprekken met \(count) mentees.")
    }
    static let focusChooseInReflection = Text(en: "Choose a focus in a reflection", nl: "Kies een aandachtspunt in een reflectie")

    // The agreement against what happened
    static let practiceTitle = Text(en: "What you agreed and what happened", nl: "Wat je afsprak en wat er gebeurde")
    static func practiceFrequency(_ figure: AgreementPracticeFigure.Frequency, formats: Formats) -> Text {
        let text = figure.agreedText
        guard let days = figure.agreedDays else {
            return Text(en: "Agreed: “\(text)”. That could not be read as a frequency (write for example “every 4 weeks”).",
                        nl: "Afgesproken: ‘\(text)’. Dat is niet als frequentie te lezen (schrijf bijvoorbeeld ‘elke 4 weken’).")
        }
        let expected = figure.expected.map(String.init) ?? "–"
        let said = rhythm(days)
        return Text(en: "Agreed: \(said.en). Recorded: \(figure.held) held, \(expected) expected.",
                    nl: "Afgesproken: \(said.nl). Vastgelegd: \(figure.held) gehouden, \(expected) verwacht.")
    }
    /// "every month", "every 2 months", "every week", "every 4 weeks", else "every N days".
    static func rhythm(_ days: Double) -> (en: String, nl: String) {
        let whole = Int(days.rounded())
        if whole == 30 { return ("every month", "elke maand") }
        if whole % 30 == 0 { return ("every \(whole / 30) months", "elke \(whole / 30) maanden") }
        if whole == 7 { return ("every week", "elke week") }
        if whole % 7 == 0 { return ("every \(whole / 7) weeks", "elke \(whole / 7) weken") }
        return ("every \(whole) days", "elke \(whole) dagen")
    }
    static func practicePlanning(_ figure: AgreementPracticeFigure.Planning) -> Text {
        let text = figure.agreedText
        return switch figure.agreed {
        case .mentee?: Text(en: "Agreed: the mentee plans. Recorded: \(figure.byMentee) of \(figure.held).",
                            nl: "Afgesproken: de mentee plant. Vastgelegd: \(figure.byMentee) van de \(figure.held).")
        case .mentor?: Text(en: "Agreed: the mentor plans. Recorded: \(figure.byMentor) of \(figure.held).",
                            nl: "Afgesproken: de mentor plant. Vastgelegd: \(figure.byMentor) van de \(figure.held).")
        case .both?: Text(en: "Agreed: you both plan. Recorded: the mentee \(figure.byMentee), the mentor \(figure.byMentor) of \(figure.held).",
                          nl: "Afgesproken: jullie plannen allebei. Vastgelegd: de mentee \(figure.byMentee), de mentor \(figure.byMentor) van de \(figure.held).")
        case nil: Text(en: "Agreed about planning: “\(text)”. It names neither side, so it is not compared.",
                       nl: "Afgesproken over plannen: ‘\(text)’. Daarin staat geen van beiden, dus het wordt niet vergeleken.")
        }
    }
    static func practicePreparation(_ figure: AgreementPracticeFigure.Preparation) -> Text {
        Text(en: "Agreed: preparation. Recorded: an agenda item beforehand in \(figure.prepared) of \(figure.held).",
             nl: "Afgesproken: voorbereiden. Vastgelegd: een agendapunt vooraf bij \(figure.prepared) van de \(figure.held).")
    }
    static func practiceKept(_ kept: Bool?) -> Text {
        switch kept {
        case true?: Text(en: "as agreed", nl: "zoals afgesproken")
        case false?: Text(en: "differs from the agreement", nl: "wijkt af van de afspraak")
        case nil: Text(en: "too early to say", nl: "nog te vroeg om te zeggen")
        }
    }
    static let practiceNothing = Text(en: "The agreement sets no frequency, planner or preparation yet.",
                                      nl: "In de afspraken staan nog geen frequentie, planner of voorbereiding.")
    static let reviewDuePractice = Text(en: "What happened differs from what you agreed.", nl: "Wat er gebeurde, wijkt af van wat jullie afspraken.")
    static func practiceOverview(_ departing: Int, of total: Int) -> Text {
        Text(en: "For \(departing) of \(total) mentees, what was recorded differs from the agreement.",
             nl: "Bij \(departing) van de \(total) mentees wijkt wat is vastgelegd af van de afspraken.")
    }

    // Who names the learning goal
    static let mentionsTitle = Text(en: "Who names the learning goal", nl: "Wie het leerdoel noemt")
    static let mentionsLead = Text(
        en: "How often each of you said the words of an open goal (its title and the synonyms of its theme) in the analysed transcripts.",
        nl: "Hoe vaak ieder van jullie de woorden van een open leerdoel noemde (de titel en de synoniemen van het thema) in de geanalyseerde transcripten.")
    static let mentionsNone = Text(en: "No analysed transcript counted these goals yet.",
                                   nl: "Nog geen geanalyseerd transcript telde deze leerdoelen.")
    static let mentionsMentor = Text(en: "Mentor", nl: "Mentor")
    static let mentionsMentee = Text(en: "Mentee", nl: "Mentee")
    static let mentionsTranscripts = Text(en: "Transcripts", nl: "Transcripten")
    static func mentionsNamedBy(_ namedBy: GoalMentionsFigure.NamedBy) -> Text {
        switch namedBy {
        case .mentee: Text(en: "mostly your mentee", nl: "vooral je mentee")
        case .mentor: Text(en: "mostly you", nl: "vooral jij")
        case .both: Text(en: "both of you", nl: "jullie allebei")
        case .neither: Text(en: "neither of you", nl: "geen van beiden")
        }
    }
    static let mentionsNamedByHeading = Text(en: "Named by", nl: "Genoemd door")
    static func mentionsOverview(mentor: Int, mentee: Int) -> Text {
        Text(en: "Over all open goals: you said their words \(mentor) times, your mentees \(mentee) times.",
             nl: "Over alle open leerdoelen: jij noemde de woorden \(mentor) keer, je mentees \(mentee) keer.")
    }

    // The synonyms of a goal theme (admin lists)
    static let synonymsLabel = Text(en: "Synonyms (for counting in transcripts)", nl: "Synoniemen (om te tellen in transcripten)")
    static let synonymsHint = Text(
        en: "Words or short phrases that name this theme, in Dutch or English, separated by commas or on their own lines. A transcript uploaded after this counts them for goals with this theme.",
        nl: "Woorden of korte zinsdelen die dit thema noemen, in het Nederlands of Engels, gescheiden door komma’s of elk op een eigen regel. Een transcript dat je hierna uploadt, telt ze bij leerdoelen met dit thema.")
    static let synonymsTooLong = Text(en: "Keep the synonyms under 2,000 characters.", nl: "Houd de synoniemen onder de 2000 tekens.")
}
