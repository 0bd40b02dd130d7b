import MentorCore

/// The conversation page's section on what the mentor and the mentee each did with the talk
/// (issue 13): moves, timing, language signals and the talk share per third.
extension T {
    static let talkMovesTitle = Text(en: "What each of you did with the talk", nl: "Wat jullie elk met het gesprek deden")
    static let talkMovesLead = Text(
        en: "Counted sentence by sentence from the transcript, for both of you. It shows how the talk went, not how well anyone did: use it to look back together.",
        nl: "Zin voor zin geteld uit het transcript, voor jullie allebei. Het laat zien hoe het gesprek liep, niet hoe goed iemand het deed: gebruik het om samen terug te kijken.")
    static let talkMovesTableLabel = Text(en: "What each of you did with the talk, per figure", nl: "Wat jullie elk met het gesprek deden, per cijfer")
    static let talkFigure = Text(en: "Figure", nl: "Cijfer")
    static let notMeasurable = Text(en: "not measurable", nl: "niet te meten")
    static let notMeasurableNote = Text(
        en: "“Not measurable” means the file could not show it: it has no end times, nobody spoke over anyone, or there was no such question. It is not zero.",
        nl: "“Niet te meten” betekent dat het bestand het niet kon laten zien: er staan geen eindtijden in, niemand sprak door een ander heen, of zo’n vraag was er niet. Het is geen nul.")

    // Questions
    static let talkQuestions = Text(en: "Questions", nl: "Vragen")
    static let talkQuestionsHint = Text(
        en: "An open question invites the other to tell (“How did the meeting go?”); a closed one asks for yes, no or a fact (“Did you send it?”).",
        nl: "Een open vraag nodigt de ander uit om te vertellen (“Hoe ging het overleg?”); een gesloten vraag vraagt om ja, nee of een feit (“Heb je het verstuurd?”).")
    static let openQuestions = Text(en: "Open questions", nl: "Open vragen")
    static let closedQuestions = Text(en: "Closed questions", nl: "Gesloten vragen")
    static let stackedQuestions = Text(en: "Turns with two or more questions at once", nl: "Beurten met twee of meer vragen tegelijk")
    static let selfAnsweredQuestions = Text(en: "Questions answered by the asker", nl: "Vragen die de vrager zelf beantwoordde")

    // Reflections
    static let talkReflections = Text(en: "Reflecting back", nl: "Teruggeven")
    static let talkReflectionsHint = Text(
        en: "Saying back in your own words what the other said or meant (“So the Friday deadline is what worries you.”). It shows you listened and lets the other go further.",
        nl: "In je eigen woorden teruggeven wat de ander zei of bedoelde (“Dus vooral die deadline van vrijdag zit je dwars.”). Het laat zien dat je luisterde en laat de ander verder denken.")

    // Advice, information, stories
    static let talkTelling = Text(en: "Advice, information and own stories", nl: "Advies, informatie en eigen verhalen")
    static let talkTellingHint = Text(
        en: "Advice tells the other what to do; asking first (“May I share an idea?”) leaves the choice with them. Information is facts and explanations; an own story is the speaker’s own experience.",
        nl: "Advies zegt de ander wat te doen; eerst vragen (“Mag ik een suggestie doen?”) laat de keuze bij de ander. Informatie zijn feiten en uitleg; een eigen verhaal is de eigen ervaring van de spreker.")
    static let advice = Text(en: "Advice", nl: "Adviezen")
    static let adviceWithPermission = Text(en: "of which after asking permission", nl: "waarvan na toestemming te vragen")
    static let information = Text(en: "Information", nl: "Informatie")
    static let ownStories = Text(en: "Own stories", nl: "Eigen verhalen")
    static let backchannels = Text(en: "Short signs of listening (“yes”, “mhm”)", nl: "Korte luistersignalen (“ja”, “hm-hm”)")

    // Timing
    static let talkTiming = Text(en: "Timing", nl: "Timing")
    static let talkTimingHint = Text(
        en: "From the times in the transcript. Wait time is the pause after a question before the other speaks: three seconds or more gives room to think. Patience is the pause before someone starts after the other stops; an interruption is starting while the other talks on for at least half a second.",
        nl: "Uit de tijden in het transcript. Wachttijd is de stilte na een vraag voordat de ander spreekt: drie seconden of meer geeft ruimte om na te denken. Geduld is de stilte voordat iemand begint nadat de ander stopt; een onderbreking is beginnen terwijl de ander nog minstens een halve seconde doorpraat.")
    static let waitTimeMedian = Text(en: "Wait time after own questions (median, seconds)", nl: "Wachttijd na eigen vragen (mediaan, seconden)")
    static let waitTimeLong = Text(en: "Questions followed by 3 seconds or more", nl: "Vragen gevolgd door 3 seconden of meer")
    static let patience = Text(en: "Patience before speaking (median, seconds)", nl: "Geduld vóór het spreken (mediaan, seconden)")
    static let interruptions = Text(en: "Interruptions", nl: "Onderbrekingen")
    static let answerAfterOpen = Text(en: "The other’s answer after an open question (words, average)", nl: "Antwoord van de ander na een open vraag (woorden, gemiddeld)")
    static let answerAfterClosed = Text(en: "The other’s answer after a closed question (words, average)", nl: "Antwoord van de ander na een gesloten vraag (woorden, gemiddeld)")
    static let longestStretch = Text(en: "Longest stretch of talk (seconds)", nl: "Langst aan één stuk aan het woord (seconden)")

    // Language signals
    static let talkSignals = Text(en: "Language signals, per 100 words", nl: "Taalsignalen, per 100 woorden")
    static let talkSignalsHint = Text(
        en: "Words that soften (“maybe”, “I think”), sound sure (“definitely”, “always”), commit (“I will”) or give an own view (“in my view”). Prompts for reflection, not judgements about a person.",
        nl: "Woorden die verzachten (“misschien”, “ik denk”), zeker klinken (“zeker”, “altijd”), iets toezeggen (“ik ga”, “ik zal”) of een eigen mening geven (“volgens mij”). Een aanleiding om na te denken, geen oordeel over een persoon.")
    static let hedges = Text(en: "Softening words", nl: "Verzachtende woorden")
    static let certainty = Text(en: "Certainty", nl: "Zekerheid")
    static let commitments = Text(en: "Commitments", nl: "Toezeggingen")
    static let ownView = Text(en: "Own view", nl: "Eigen mening")

    // Thirds
    static let talkThirds = Text(en: "Share of the talk per third", nl: "Aandeel in het gesprek per derde")
    static let talkThirdsHint = Text(
        en: "The conversation cut into three equal parts (by time, or by words without times): who talked how much in each.",
        nl: "Het gesprek in drie gelijke delen (naar tijd, of naar woorden als er geen tijden zijn): wie in elk deel hoeveel sprak.")
    static let firstThird = Text(en: "First third", nl: "Eerste derde")
    static let middleThird = Text(en: "Middle third", nl: "Middelste derde")
    static let lastThird = Text(en: "Last third", nl: "Laatste derde")
    /// The pair mirror's line with the mentor's moves added up over the period.
    static func mentorMovesInPeriod(_ moves: MirrorPage.MentorMoves, _ formats: Formats) -> Text {
        let n = { (value: Int) in formats.number(Double(value), fractionDigits: 0) }
        let total = moves.total
        return Text(
            en: "What you did with the talk, from this period’s transcripts (\(n(moves.transcripts))): questions \(n(total.asked)) (open \(n(total.openQuestions))), reflecting back \(n(total.reflected)), advice \(n(total.advised)) (after asking permission \(n(total.advisedWithPermission))), information \(n(total.informed)), own stories \(n(total.toldStories)).",
            nl: "Wat je met het gesprek deed, volgens de transcripten van deze periode (\(n(moves.transcripts))): vragen \(n(total.asked)) (open \(n(total.openQuestions))), teruggeven \(n(total.reflected)), adviezen \(n(total.advised)) (na toestemming te vragen \(n(total.advisedWithPermission))), informatie \(n(total.informed)), eigen verhalen \(n(total.toldStories)).")
    }

    static func third(_ index: Int) -> Text {
        switch index {
        case 0: return firstThird
        case 1: return middleThird
        default: return lastThird
        }
    }
}
