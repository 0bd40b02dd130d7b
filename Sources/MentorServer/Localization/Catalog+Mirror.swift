import MentorCore

extension T {
    static let navMirror = Text(en: "Mirror", nl: "Spiegel")
    static let navGuidance = Text(en: "Guidance", nl: "Handvatten")
    static let mirror = Text(en: "Your mirror", nl: "Je spiegel")
    static let mirrorLead = Text(en: "Four questions about your mentoring, answered from what you and your mentees recorded. The figures are prompts for reflection, not verdicts.",
                                 nl: "Vier vragen over je mentorschap, beantwoord op basis van wat jij en je mentees hebben vastgelegd. De cijfers zijn een aanleiding om na te denken, geen oordeel.")
    static func mirrorOf(_ name: String) -> Text { Text(en: "Mirror: your mentoring of \(name)", nl: "Spiegel: jouw mentoring van \(name)") }
    static func period(_ from: String, _ to: String) -> Text { Text(en: "Period: \(from) to \(to)", nl: "Periode: \(from) tot en met \(to)") }
    static let periodFrom = Text(en: "From", nl: "Van")
    static let periodTo = Text(en: "To", nl: "Tot en met")
    static let showPeriod = Text(en: "Show", nl: "Tonen")
    static let print = Text(en: "Print", nl: "Afdrukken")
    static let tooLittleData = Text(en: "Too little data to say yet", nl: "Nog te weinig gegevens om iets te zeggen")
    static func basedOnConversations(_ count: Int, since: String?) -> Text {
        if let since {
            return Text(en: "Based on \(count) held conversation\(count == 1 ? "" : "s") since \(since).",
                        nl: "Op basis van \(count) gehouden gesprek\(count == 1 ? "" : "ken") sinds \(since).")
        }
        return Text(en: "No held conversations in this period.", nl: "Geen gehouden gesprekken in deze periode.")
    }
    static let noMirrorYet = Text(en: "No pairs to reflect on yet. Once you have mentees and conversations, your mirror fills itself.",
                                  nl: "Nog geen koppels om op te reflecteren. Zodra je mentees en gesprekken hebt, vult je spiegel zich vanzelf.")
    static let openMirror = Text(en: "Open the mirror", nl: "Open de spiegel")
    static let acrossMentees = Text(en: "Across all your mentees", nl: "Over al je mentees")

    // Question 1
    // The four questions in the product's own words (issue 14), not the article's.
    static let question1 = Text(en: "1. Who brings the conversations and their topics, and how much room do you take in them?",
                                nl: "1. Wie brengt de gesprekken en de onderwerpen in, en hoeveel ruimte neem jij in het gesprek?")
    static let conversationInitiativeLabel = Text(en: "Conversations initiated by the mentee", nl: "Gesprekken op initiatief van de mentee")
    static let agendaInitiativeLabel = Text(en: "Agenda items brought by the mentee", nl: "Agendapunten ingebracht door de mentee")
    static let beforehandLabel = Text(en: "Agenda items added beforehand", nl: "Agendapunten vooraf toegevoegd")
    static let talkShareLabel = Text(en: "Your share of the talking", nl: "Jouw aandeel spreektijd")
    static func talkBand(_ low: String, _ high: String) -> Text { Text(en: "target range \(low)–\(high)", nl: "streefbereik \(low)–\(high)") }
    static func talkSources(measured: Int, estimated: Int) -> Text {
        Text(en: "\(measured) measured from a transcript, \(estimated) your own estimate", nl: "\(measured) gemeten uit een transcript, \(estimated) je eigen schatting")
    }
    static func talkPosition(_ position: TalkShareFigure.Position) -> Text {
        switch position {
        case .below: Text(en: "below the target range", nl: "onder het streefbereik")
        case .within: Text(en: "within the target range", nl: "binnen het streefbereik")
        case .above: Text(en: "above the target range", nl: "boven het streefbereik")
        }
    }
    static let measured = Text(en: "measured", nl: "gemeten")
    static let estimated = Text(en: "estimated", nl: "geschat")
    static let questionsAsked = Text(en: "Your questions (from transcripts)", nl: "Jouw vragen (uit transcripten)")
    static func questionsFigure(open: Int, closed: Int) -> Text { Text(en: "\(open) open, \(closed) closed", nl: "\(open) open, \(closed) gesloten") }
    static let longestMonologue = Text(en: "Your longest monologue", nl: "Je langste monoloog")
    static let initiativeChartTitle = Text(en: "Initiative per conversation", nl: "Initiatief per gesprek")
    static let initiativeChartDesc = Text(en: "Bars show how much of the agenda came from your mentee; a filled circle means your mentee initiated the conversation.",
                                          nl: "De staven tonen welk deel van de agenda van je mentee kwam; een gevulde stip betekent dat het gesprek op initiatief van je mentee was.")
    static let talkChartTitle = Text(en: "Your share of talk per conversation", nl: "Jouw spreektijd per gesprek")
    static let talkChartDesc = Text(en: "The shaded band is the target range. Filled points are measured from a transcript, open points are estimates.",
                                    nl: "De gekleurde strook is het streefbereik. Gevulde punten zijn gemeten uit een transcript, open punten zijn schattingen.")
    static let prompt1 = Text(en: "Why is the initiative where it is? What could you leave to your mentee next time, and what would you then stop saying?",
                              nl: "Waarom ligt het initiatief waar het ligt? Wat kun je de volgende keer aan je mentee laten, en wat zeg je dan niet meer?")

    // Question 2
    static let question2 = Text(en: "2. What is your mentee counting on you for, and have the two of you put it into words together?",
                                nl: "2. Waar rekent je mentee bij jou op, en hebben jullie dat samen onder woorden gebracht?")
    static func agreementAge(_ days: Int) -> Text {
        guard days > 0 else { return Text(en: "discussed today", nl: "vandaag besproken") }
        let ago = Plural.of(days, en: ("day", "days"), nl: ("dag", "dagen"))
        return Text(en: "discussed \(ago.en) ago", nl: "\(ago.nl) geleden besproken")
    }
    static let reviewDue = Text(en: "Time to talk about it again", nl: "Tijd om het opnieuw te bespreken")
    static let reviewDueStale = Text(en: "It was confirmed more than six months ago.", nl: "De afspraken zijn meer dan zes maanden geleden bevestigd.")
    static let reviewDueChanged = Text(en: "The situation changed after you discussed it (for example a new learning goal).",
                                       nl: "Er is iets veranderd sinds jullie ze bespraken (bijvoorbeeld een nieuw leerdoel).")
    static let prompt2 = Text(en: "Does what you do in the conversations still match what your mentee expects? When did you last ask?",
                              nl: "Past wat je in de gesprekken doet nog bij wat je mentee verwacht? Wanneer vroeg je dat voor het laatst?")

    // Question 3
    static let question3 = Text(en: "3. What does your mentee do in the conversations that fits your core values, and what does not?",
                                nl: "3. Wat doet je mentee in de gesprekken dat bij jullie kernwaarden past, en wat niet?")
    static let latestScore = Text(en: "Latest", nl: "Laatste")
    static let previousScore = Text(en: "Before", nl: "Daarvoor")
    static let trend = Text(en: "Trend", nl: "Trend")
    static let scoresWithBehaviour = Text(en: "Scores with behaviour", nl: "Scores met gedrag")
    static let lastScored = Text(en: "Last scored", nl: "Laatst gescoord")
    static func trendName(_ trend: ValueFigure.Trend?) -> Text {
        switch trend {
        case .up: Text(en: "up", nl: "omhoog")
        case .down: Text(en: "down", nl: "omlaag")
        case .flat: Text(en: "same", nl: "gelijk")
        case nil: Text(en: "scored once", nl: "één keer gescoord")
        }
    }
    static let neverScoredLabel = Text(en: "Not scored in this period", nl: "Niet gescoord in deze periode")
    static let valuesChartTitle = Text(en: "Core-value scores over time", nl: "Scores op kernwaarden in de loop van de tijd")
    static let valuesChartDesc = Text(en: "One line per core value, scores from 1 to 5.", nl: "Eén lijn per kernwaarde, scores van 1 tot 5.")
    static let prompt3 = Text(en: "For the value you scored lowest: what exactly did you see, and have you told your mentee?",
                              nl: "Bij de waarde die je het laagst scoorde: wat zag je precies, en heb je dat je mentee verteld?")

    // Question 4
    static let question4 = Text(en: "4. What is your mentee working towards, and does it show in the conversations themselves?",
                                nl: "4. Waar werkt je mentee naartoe, en merk je daar in de gesprekken zelf iets van?")
    static let evidenceCount = Text(en: "Seen", nl: "Teruggezien")
    static let lastSeen = Text(en: "Last seen", nl: "Laatst gezien")
    static let conversationsSince = Text(en: "Conversations since", nl: "Gesprekken sindsdien")
    static let never = Text(en: "never", nl: "nooit")
    static let goalDirectednessLabel = Text(en: "Goal-directedness in the mentoring", nl: "Doelgerichtheid in de mentoring")
    static let preparedLabel = Text(en: "Conversations the mentee prepared", nl: "Gesprekken die de mentee voorbereidde")
    static let onTimeLabel = Text(en: "The mentee's action items done by their due date", nl: "Actiepunten van de mentee die op tijd af waren")
    static let carriedTwiceLabel = Text(en: "The mentee's action items carried over twice or more", nl: "Actiepunten van de mentee die twee keer of vaker zijn doorgeschoven")
    static let workOrganisationPattern = Text(en: "A pattern worth raising: the goal is about work organisation, and in the mentoring itself the mentee prepares little and actions slip. Ask what they notice about that.",
                                              nl: "Een patroon om te bespreken: het leerdoel gaat over werkorganisatie, en in de mentoring zelf bereidt de mentee weinig voor en schuiven actiepunten door. Vraag wat hij of zij daarvan merkt.")
    static let prompt4 = Text(en: "Which goal did you see least of? What question could bring it back into the next conversation?",
                              nl: "Van welk leerdoel zag je het minst terug? Welke vraag brengt het in het volgende gesprek weer op tafel?")

    // Balance
    static let balanceTitle = Text(en: "Balance between too little and too much sending", nl: "Balans tussen te weinig en te veel zenden")
    static let balanceTooLittle = Text(en: "too little", nl: "te weinig")
    static let balanceTooMuch = Text(en: "too much", nl: "te veel")
    // Attitude
    static let attitudeTitle = Text(en: "Attitude and approach", nl: "Houding en aanpak")
    static let noObservations = Text(en: "No attitude observations in this period. Record what you notice in a conversation to get guidance here.",
                                     nl: "Geen houdingsobservaties in deze periode. Leg in een gesprek vast wat je opvalt, dan krijg je hier handvatten.")
    static func seenCounts(helps: Int, hinders: Int) -> Text {
        Text(en: "seen \(helps + hinders)×: \(helps) helping, \(hinders) hindering", nl: "\(helps + hinders)× gezien: \(helps) helpend, \(hinders) belemmerend")
    }
    static func approachName(_ approach: Approach) -> Text {
        switch approach {
        case .moreChallenge: Text(en: "More challenge", nl: "Meer uitdagen")
        case .moreSupport: Text(en: "More support", nl: "Meer ondersteunen")
        case .handBackInitiative: Text(en: "Hand back the initiative", nl: "Initiatief teruggeven")
        case .inviteOwnView: Text(en: "Invite their own view", nl: "Vragen naar eigen kleur")
        case .moreSpace: Text(en: "More space", nl: "Meer ruimte geven")
        }
    }
    /// Built-in guidance per pattern; an organisation can replace each text.
    static func guidance(_ pattern: AttitudePattern) -> Text {
        switch pattern {
        case .takesInitiative:
            Text(en: "Let them lead: ask what they want from this conversation and follow. Step in only to deepen, not to steer.",
                 nl: "Laat de mentee het gesprek leiden: vraag wat hij of zij eruit wil halen en volg daarin. Stap alleen in om te verdiepen, niet om te sturen.")
        case .waitsForOthers:
            Text(en: "Do not fill the silence. Ask who will plan the next conversation and what they will bring, and leave the answer with them.",
                 nl: "Vul de stilte niet op. Vraag wie het volgende gesprek plant en wat de mentee meeneemt, en laat het antwoord bij hem of haar.")
        case .actsAsIfKnowing:
            Text(en: "Challenge with concrete cases: ask how they would handle a hard variant, or what they would check first. Let them discover the gap.",
                 nl: "Daag uit met concrete gevallen: vraag hoe de mentee een lastige variant zou aanpakken, of wat hij of zij als eerste zou controleren. Laat de mentee het gat zelf ontdekken.")
        case .needlesslyInsecure:
            Text(en: "Support by naming what went well, specifically. Ask what they would do without you, then confirm the parts that are right.",
                 nl: "Ondersteun door precies te benoemen wat goed ging. Vraag wat de mentee zonder jou zou doen, en bevestig de delen die kloppen.")
        case .littleOwnColour:
            Text(en: "Ask for their view before you give yours: \"What would you advise?\" Show interest in where it differs from the usual answer.",
                 nl: "Vraag naar de mening van de mentee voordat je de jouwe geeft: \"Wat zou jij adviseren?\" Wees nieuwsgierig naar waar die afwijkt van het gebruikelijke antwoord.")
        case .curiousAboutSelf:
            Text(en: "Give room to reflect: ask what they notice about themselves, and what they want to try next. Keep your own story short.",
                 nl: "Geef ruimte om te reflecteren: vraag wat de mentee bij zichzelf opmerkt en wat hij of zij hierna wil proberen. Houd je eigen verhaal kort.")
        }
    }
    static let guidanceTitle = Text(en: "Guidance per attitude pattern", nl: "Handvatten per houdingspatroon")
    static let guidanceLead = Text(en: "The mirror shows these texts next to the patterns a mentor records. Leave a field empty to use the built-in text.",
                                   nl: "De spiegel toont deze teksten naast de patronen die een mentor vastlegt. Laat een veld leeg om de ingebouwde tekst te gebruiken.")
    static let guidanceDutch = Text(en: "Guidance in Dutch", nl: "Handvat in het Nederlands")
    static let guidanceEnglish = Text(en: "Guidance in English", nl: "Handvat in het Engels")
    static let talkBandLow = Text(en: "Talk share target range: lower limit (%)", nl: "Streefbereik spreektijd: ondergrens (%)")
    static let talkBandHigh = Text(en: "Talk share target range: upper limit (%)", nl: "Streefbereik spreektijd: bovengrens (%)")
    static let talkBandInvalid = Text(en: "Enter whole percentages from 0 to 100, with the lower limit below the upper limit.",
                                      nl: "Vul hele percentages in van 0 tot en met 100, met de ondergrens lager dan de bovengrens.")

    // Reflections
    static let reflections = Text(en: "Reflections", nl: "Reflecties")
    static let reflectionsLead = Text(en: "Your own answers to the four questions for a period. Only you can read them; earlier reflections show how you grow.",
                                      nl: "Je eigen antwoorden op de vier vragen over een periode. Alleen jij kunt ze lezen; eerdere reflecties laten zien hoe je groeit.")
    static let newReflection = Text(en: "Write a reflection", nl: "Reflectie schrijven")
    static let noReflectionsYet = Text(en: "No reflections yet.", nl: "Nog geen reflecties.")
    static let allMentees = Text(en: "All my mentees", nl: "Al mijn mentees")
    static let reflectionSaved = Text(en: "Your reflection has been saved.", nl: "Je reflectie is opgeslagen.")
    static let reflectionEmpty = Text(en: "Answer at least one of the four questions.", nl: "Beantwoord minstens één van de vier vragen.")
    static let periodInvalid = Text(en: "The start date must come before the end date.", nl: "De begindatum moet vóór de einddatum liggen.")

    // Mentee's own summary
    static let progressTitle = Text(en: "Your progress", nl: "Je voortgang")
    static let progressLead = Text(en: "How you prepare, follow up and work on your goals, from what was recorded in your conversations.",
                                   nl: "Hoe je voorbereidt, opvolgt en aan je leerdoelen werkt, op basis van wat er in jullie gesprekken is vastgelegd.")
}
