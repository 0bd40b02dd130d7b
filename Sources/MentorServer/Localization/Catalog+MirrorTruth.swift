import MentorCore

/// Texts of the truthful mirror (issue 14): sending and receiving, initiative beside it, how
/// well the mentor sees their own share, and on the conversation page who brought an item and
/// the estimate before the measured share.
extension T {
    // The conversation page
    static let broughtBy = Text(en: "Brought in by", nl: "Ingebracht door")
    static let broughtBySelf = Text(en: "me", nl: "mij")
    static let broughtByHint = Text(en: "Logging the conversation afterwards? Choose ‘mentee’ for a topic your mentee raised.",
                                    nl: "Leg je het gesprek achteraf vast? Kies ‘mentee’ bij een onderwerp dat je mentee zelf inbracht.")
    static let broughtByInvalid = Text(en: "Choose who brought the item.", nl: "Kies wie het punt inbracht.")
    static let carriedFromLink = Text(en: "carried forward from an earlier conversation", nl: "doorgeschoven uit een eerder gesprek")
    static let estimateBeforeUpload = Text(en: "Your own estimate of your share of talk (%)", nl: "Je eigen inschatting van je spreektijd (%)")
    static let estimateBeforeUploadHint = Text(
        en: "Give it before you see the measured share. Both are kept, so your mirror can show how well you judge yourself.",
        nl: "Geef die voordat je het gemeten aandeel ziet. Beide worden bewaard, zodat je spiegel laat zien hoe goed je jezelf inschat.")
    static let estimateFirstLead = Text(
        en: "A transcript of this conversation was analysed. Before you see the measured figures: how large was your share of the talk, do you think?",
        nl: "Er is een transcript van dit gesprek geanalyseerd. Voordat je de gemeten cijfers ziet: hoe groot was jouw aandeel in het gesprek, denk je?")
    static let estimateFirstHint = Text(en: "A whole percent from 0 to 100, filled in with the estimate you gave earlier (if any).",
                                        nl: "Een heel percentage van 0 tot 100. Gaf je eerder een inschatting, dan staat die er al.")
    static let estimateFirstSubmit = Text(en: "Save my estimate and show the figures", nl: "Inschatting opslaan en cijfers tonen")
    static let estimateFirstSkip = Text(en: "Show the figures without an estimate", nl: "Cijfers tonen zonder inschatting")
    static let estimateFirstRequired = Text(en: "Give your estimate (0–100), or choose to see the figures without one.",
                                            nl: "Geef je inschatting (0–100), of kies ervoor de cijfers zonder inschatting te zien.")

    // Sending and receiving
    static func sendingVerdict(_ verdict: Balance.Verdict, hasReasons: Bool) -> Text {
        switch verdict {
        case .tooMuch: Text(en: "You send more than you receive: little room is left for your mentee’s own thinking.",
                            nl: "Je zendt meer dan je ontvangt: er blijft weinig ruimte over voor het eigen denken van je mentee.")
        case .tooLittle: Text(en: "You receive far more than you send: your mentee may miss your view and your challenge.",
                              nl: "Je ontvangt veel meer dan je zendt: je mentee mist misschien jouw kijk en je uitdaging.")
        case .balanced where hasReasons: Text(en: "Sending and receiving are in balance.", nl: "Zenden en ontvangen zijn in balans.")
        case .balanced: Text(en: "On balance even: what you do pulls both ways.", nl: "Per saldo in evenwicht: wat je doet, trekt twee kanten op.")
        }
    }
    static let sendingReasonsHeading = Text(en: "What points this way", nl: "Waaruit dat blijkt")
    static func sendingCounterHeading(_ verdict: Balance.Verdict) -> Text {
        verdict == .balanced
            ? Text(en: "What pulls one way or the other", nl: "Wat de ene of de andere kant op trekt")
            : Text(en: "What does not point this way", nl: "Wat niet die kant op wijst")
    }
    static func sendingReason(_ reason: SendingFigure.Reason) -> Text {
        switch reason {
        case .talkAboveBand: Text(en: "Your share of talk is above the target range.", nl: "Je spreektijd ligt boven het streefbereik.")
        case .talkWithinBand: Text(en: "Your share of talk is within the target range.", nl: "Je spreektijd valt binnen het streefbereik.")
        case .talkBelowBand: Text(en: "Your share of talk is below the target range.", nl: "Je spreektijd ligt onder het streefbereik.")
        case .mostlyTelling: Text(en: "In the transcripts you mostly advise, inform and tell your own stories; you ask and reflect back less.",
                                  nl: "In de transcripten geef je vooral advies, informatie en eigen verhalen; je stelt minder vragen en geeft minder terug.")
        case .askingAndTellingMixed: Text(en: "In the transcripts your telling and your asking and reflecting back are fairly even.",
                                          nl: "In de transcripten houden vertellen en vragen stellen of teruggeven elkaar ongeveer in evenwicht.")
        case .mostlyAskingAndReflecting: Text(en: "In the transcripts you mostly ask questions and reflect back what you hear.",
                                              nl: "In de transcripten stel je vooral vragen en geef je terug wat je hoort.")
        case .seldomWaits: Text(en: "After your questions you seldom leave a silence of 3 seconds or more.",
                                nl: "Na je vragen laat je zelden een stilte van 3 seconden of langer.")
        case .sometimesWaits: Text(en: "After some of your questions you leave a silence of 3 seconds or more.",
                                   nl: "Na een deel van je vragen laat je een stilte van 3 seconden of langer.")
        case .oftenWaits: Text(en: "After most of your questions you leave a silence of 3 seconds or more.",
                               nl: "Na de meeste van je vragen laat je een stilte van 3 seconden of langer.")
        }
    }
    static func sendingMoves(telling: Int, receiving: Int, transcripts: Int) -> Text {
        let tellingTimes = Plural.of(telling, en: ("time", "times"), nl: ("keer", "keer"))
        let receivingTimes = Plural.of(receiving, en: ("time", "times"), nl: ("keer", "keer"))
        return Text(en: "From \(transcripts) transcript\(transcripts == 1 ? "" : "s"): advice, information or your own story \(tellingTimes.en); a question or reflecting back \(receivingTimes.en).",
                    nl: "Uit \(transcripts) transcript\(transcripts == 1 ? "" : "en"): \(tellingTimes.nl) advies, informatie of een eigen verhaal; \(receivingTimes.nl) een vraag of teruggeven.")
    }
    static let sendingHow = Text(
        en: "How this is worked out: your share of talk against the target range counts most (60%). Where transcripts exist, what you did with the talk counts too: telling against asking and reflecting back (30%), and the silence after your questions (10%). Who takes the initiative is shown on its own.",
        nl: "Zo komt dit tot stand: je spreektijd ten opzichte van het streefbereik telt het zwaarst (60 %). Waar transcripten zijn, telt ook mee wat je in het gesprek deed: vertellen tegenover vragen stellen en teruggeven (30 %), en de stilte na je vragen (10 %). Wie het initiatief neemt, staat er los van.")

    // Initiative
    static let initiativeTitle = Text(en: "Who takes the initiative", nl: "Wie het initiatief neemt")
    static func initiativeHolder(_ holder: InitiativeFigure.Holder) -> Text {
        switch holder {
        case .mentor: Text(en: "You take most of the initiative for the conversations and their topics.",
                           nl: "Jij neemt het meeste initiatief voor de gesprekken en de onderwerpen.")
        case .shared: Text(en: "You and your mentee share the initiative for the conversations and their topics.",
                           nl: "Jij en je mentee delen het initiatief voor de gesprekken en de onderwerpen.")
        case .mentee: Text(en: "Your mentee takes most of the initiative for the conversations and their topics.",
                           nl: "Je mentee neemt het meeste initiatief voor de gesprekken en de onderwerpen.")
        }
    }
    static func initiativeCarried(_ count: Int) -> Text {
        Text(en: "\(count) carried agenda item\(count == 1 ? " is" : "s are") left out: \(count == 1 ? "it counts" : "they count") in the conversation where \(count == 1 ? "it was" : "they were") first brought.",
             nl: "\(count) doorgeschoven agendapunt\(count == 1 ? " telt" : "en tellen") hier niet mee, maar in het gesprek waarin \(count == 1 ? "het" : "ze") voor het eerst \(count == 1 ? "werd" : "werden") ingebracht.")
    }

    // How well you see yourself
    static let calibrationTitle = Text(en: "How well you judge your own share", nl: "Hoe goed je je eigen spreektijd inschat")
    static func calibrationDirection(_ direction: CalibrationFigure.Direction, points: String) -> Text {
        switch direction {
        case .lower: Text(en: "On average you put your share \(points) points lower than it was.",
                          nl: "Gemiddeld schatte je je aandeel \(points) procentpunt lager in dan het was.")
        case .higher: Text(en: "On average you put your share \(points) points higher than it was.",
                           nl: "Gemiddeld schatte je je aandeel \(points) procentpunt hoger in dan het was.")
        case .aboutRight: Text(en: "On average your estimate was about right (within 5 points).",
                               nl: "Gemiddeld zat je eigen inschatting er dicht bij (binnen 5 procentpunt).")
        }
    }
    static func calibrationDistance(_ points: String) -> Text {
        Text(en: "Whichever way, your estimates were \(points) points off on average.",
             nl: "Los van de richting zat je er gemiddeld \(points) procentpunt naast.")
    }
    static func calibrationTrend(_ trend: CalibrationFigure.Trend, earlier: String, later: String) -> Text {
        switch trend {
        case .closer: Text(en: "Your estimates are getting closer: from \(earlier) to \(later) points off.",
                           nl: "Je inschattingen komen dichterbij: van \(earlier) naar \(later) procentpunt ernaast.")
        case .steady: Text(en: "Your estimates stay about as close: \(earlier) and then \(later) points off.",
                           nl: "Je inschattingen blijven ongeveer even dichtbij: eerst \(earlier), daarna \(later) procentpunt ernaast.")
        case .further: Text(en: "Your estimates are moving further off: from \(earlier) to \(later) points off.",
                            nl: "Je inschattingen lopen verder uiteen: van \(earlier) naar \(later) procentpunt ernaast.")
        }
    }
    static func calibrationBasis(_ count: Int) -> Text {
        Text(en: "Based on \(count) conversation\(count == 1 ? "" : "s") with your own estimate given before the measured share.",
             nl: "Op basis van \(count) gesprek\(count == 1 ? "" : "ken") met een eigen inschatting van vóór het gemeten aandeel.")
    }
    static func calibrationWithoutEstimate(_ count: Int) -> Text {
        Text(en: "\(count) transcript\(count == 1 ? "" : "s") without an estimate beforehand.",
             nl: "\(count) transcript\(count == 1 ? "" : "en") zonder eigen inschatting vooraf.")
    }
    static let calibrationNone = Text(
        en: "No conversation yet with both your own estimate and a measured share. When you upload a transcript, give your estimate first.",
        nl: "Nog geen gesprek met zowel je eigen inschatting als een gemeten aandeel. Geef bij het uploaden van een transcript eerst je eigen inschatting.")
    static let calibrationTableTitle = Text(en: "Your estimate against the measured share", nl: "Je eigen inschatting tegenover het gemeten aandeel")
    static let ownEstimate = Text(en: "Your estimate", nl: "Eigen inschatting")
    static let gapPoints = Text(en: "Gap (points)", nl: "Verschil (procentpunt)")
}

extension T {
    // What stands out
    static let standsOutTitle = Text(en: "What stands out", nl: "Wat opvalt")
    static func standOut(_ line: StandOut, formats: Formats) -> Text {
        switch line.kind {
        case .sending:
            let verdict = balanceVerdictShort(line.verdict ?? .balanced)
            guard let reason = line.reason else { return verdict }
            let why = sendingReason(reason)
            return Text(en: "\(verdict.en): \(why.en)", nl: "\(verdict.nl): \(why.nl)")
        case .calibration:
            let gap = line.points ?? 0
            return calibrationDirection(gap < 0 ? .lower : .higher, points: formats.number(abs(gap), fractionDigits: 0))
        case .agreement:
            return line.reviewDue == true
                ? Text(en: "Time to discuss your expectations of each other again.", nl: "Tijd om jullie verwachtingen van elkaar opnieuw te bespreken.")
                : Text(en: "You have not discussed your expectations of each other out loud yet.",
                       nl: "Jullie hebben je verwachtingen van elkaar nog niet hardop besproken.")
        case .initiative:
            return initiativeHolder(.mentor)
        case .workOrganisation:
            return Text(en: "The goal is about work organisation, while in the mentoring the mentee prepares little and actions slip.",
                        nl: "Het leerdoel gaat over werkorganisatie, terwijl de mentee in de mentoring weinig voorbereidt en actiepunten laat doorschuiven.")
        case .goalNotSeen:
            let title = line.goalTitle ?? "", count = line.count ?? 0
            return count == 1
                ? Text(en: "You did not see “\(title)” in the last conversation.", nl: "‘\(title)’ heb je in het laatste gesprek niet teruggezien.")
                : Text(en: "You have not seen “\(title)” in the last \(count) conversations.", nl: "‘\(title)’ heb je in de laatste \(count) gesprekken niet teruggezien.")
        }
    }
}
