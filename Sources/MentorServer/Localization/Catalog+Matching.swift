import Matching

extension T {
    static let matching = Text(en: "Matching", nl: "Matchen")
    static func matchingFor(_ programme: String) -> Text { Text(en: "Matching: \(programme)", nl: "Matchen: \(programme)") }
    static let matchingLead = Text(en: "The proposal places as many unmatched mentees as the rules allow, then finds the highest total score. Lock pairs you want to keep, exclude pairs you do not want, and publish: mentors then accept or decline as usual.",
                                   nl: "Het voorstel koppelt zoveel mogelijk mentees zonder mentor als de regels toelaten, en zoekt daarna de hoogste totaalscore. Zet koppels die je wilt houden vast, sluit koppels uit die je niet wilt, en publiceer: mentoren accepteren of wijzen het koppel dan af zoals altijd.")
    static let proposedPairs = Text(en: "Proposed pairs", nl: "Voorgestelde koppels")
    static let scoreLabel = Text(en: "Score", nl: "Score")
    static let why = Text(en: "Why", nl: "Waarom")
    static let lock = Text(en: "Lock", nl: "Vastzetten")
    static let unlock = Text(en: "Unlock", nl: "Losmaken")
    static let exclude = Text(en: "Exclude", nl: "Uitsluiten")
    static let locked = Text(en: "locked", nl: "vastgezet")
    static let excludedPairs = Text(en: "Excluded pairs", nl: "Uitgesloten koppels")
    static let allowAgain = Text(en: "Allow again", nl: "Weer toestaan")
    static let unmatchedMentees = Text(en: "Mentees left without a mentor", nl: "Mentees zonder mentor")
    static let publish = Text(en: "Publish as proposed pairs", nl: "Publiceren als voorgestelde koppels")
    static func published(_ count: Int) -> Text {
        let pairs = Plural.of(count, en: ("proposed pair", "proposed pairs"), nl: ("voorgesteld koppel", "voorgestelde koppels"))
        return Text(en: "\(pairs.en) published. Each mentor can now accept or decline.", nl: "\(pairs.nl) gepubliceerd. Elke mentor kan nu accepteren of afwijzen.")
    }
    static func menteeAlreadyPaired(_ name: String) -> Text {
        Text(en: "Nothing was published: \(name) already has a mentor or an open proposal in this programme (a paused pair counts too). Look at the proposal again.",
             nl: "Er is niets gepubliceerd: \(name) heeft in dit programma al een mentor of een openstaand voorstel (ook een gepauzeerd koppel telt mee). Bekijk het voorstel opnieuw.")
    }
    static let nothingToMatch = Text(en: "Every mentee in this programme has a mentor or a pending proposal.", nl: "Elke mentee in dit programma heeft een mentor of een openstaand voorstel.")
    static func greedyComparison(optimum: Int, greedy: Int, optimumTotal: String, greedyTotal: String) -> Text {
        let placed = Plural.of(optimum, en: ("mentee", "mentees"), nl: ("mentee", "mentees"))
        return Text(en: "This proposal places \(placed.en) (total score \(optimumTotal)). Taking the best pair first, again and again, would place \(greedy) (total \(greedyTotal)).",
                    nl: "Dit voorstel koppelt \(placed.nl) (totaalscore \(optimumTotal)). Wie steeds eerst het beste koppel neemt, koppelt er \(greedy) (totaal \(greedyTotal)).")
    }
    static func greedyMisses(_ count: Int) -> Text {
        let would = Plural.word(count, en: ("would", "would"), nl: ("zou", "zouden"))
        return Text(en: "\(count) of them \(would.en) be left out by that approach.", nl: "\(count) van hen \(would.nl) bij die aanpak buiten de boot vallen.")
    }
    static func sameGroup(_ group: String) -> Text { Text(en: "both work in \(group)", nl: "beiden werken bij \(group)") }
    /// `themes` are already in the reader's language.
    static func goalMeetsExpertise(_ themes: [String]) -> Text {
        let names = T.listed(themes)
        return themes.count == 1
            ? Text(en: "the mentee's goal (\(names.en)) meets the mentor's expertise", nl: "het leerdoel van de mentee (\(names.nl)) past bij de expertise van de mentor")
            : Text(en: "the mentee's goals (\(names.en)) meet the mentor's expertise", nl: "de leerdoelen van de mentee (\(names.nl)) passen bij de expertise van de mentor")
    }
    static func levelsMoreSenior(_ gap: Int) -> Text {
        gap == 1 ? Text(en: "one level more senior", nl: "één niveau hoger dan de mentee")
                 : Text(en: "\(gap) levels more senior", nl: "\(gap) niveaus hoger dan de mentee")
    }
    static func sharedLanguage(_ languages: String) -> Text { Text(en: "both speak \(languages)", nl: "beiden spreken \(languages)") }
    static func menteeWish(_ rank: String) -> Text { Text(en: "the mentee's wish number \(rank)", nl: "wens nummer \(rank) van de mentee") }
    static let mentorAskedFor = Text(en: "the mentor asked for this mentee", nl: "de mentor vroeg om deze mentee")
    static let noParticularFit = Text(en: "no particular match on goals, practice group or wishes", nl: "geen bijzondere overeenkomst in leerdoelen, vakgroep of wensen")
    static func hardRule(_ rule: HardRule) -> Text {
        switch rule {
        case .samePerson: Text(en: "is the mentee themselves", nl: "is de mentee zelf")
        case .lineManager: Text(en: "is the mentee's line manager", nl: "is de leidinggevende van de mentee")
        case .onAvoidList: Text(en: "is on the mentee's avoid list", nl: "staat op de vermijdlijst van de mentee")
        case .atCapacity: Text(en: "has no places left", nl: "heeft geen plaats meer")
        case .notMoreSenior: Text(en: "is not more senior than the mentee", nl: "heeft geen hoger niveau dan de mentee")
        case .excludedByCoordinator: Text(en: "was excluded by you", nl: "is door jou uitgesloten")
        }
    }
    static func noAllowedMentor(_ reasons: String) -> Text { Text(en: "No mentor is possible: \(reasons).", nl: "Geen mentor mogelijk: \(reasons).") }
    static func mentorsWho(_ count: Int, _ rule: String) -> Text { Text(en: "\(count) mentor\(count == 1 ? "" : "s") \(rule)", nl: "\(count) mentor\(count == 1 ? "" : "en") \(rule)") }
    static let allowedMentorsFull = Text(en: "The mentors who fit were needed for other mentees; add places or a mentor.",
                                         nl: "De mentoren die passen waren nodig voor andere mentees; voeg plaatsen of een mentor toe.")
    static let yourSuggestions = Text(en: "Your three best suggestions", nl: "Je drie beste suggesties")
    static let matchingPreferences = Text(en: "Matching wishes", nl: "Wensen voor het matchen")
    static let matchingPreferencesLead = Text(en: "Matching takes these into account. Nobody else sees your list.",
                                              nl: "Bij het matchen wordt hiermee rekening gehouden. Niemand anders ziet je lijst.")
    static func wishNumber(_ rank: Int) -> Text { Text(en: "Preferred mentor \(rank)", nl: "Voorkeursmentor \(rank)") }
    static let avoidMentors = Text(en: "Mentors you would rather not have", nl: "Mentoren die je liever niet hebt")
    static func preferredMentee(_ rank: Int) -> Text { Text(en: "Mentee you would like to mentor (\(rank))", nl: "Mentee die je graag zou begeleiden (\(rank))") }
    static let noPreference = Text(en: "No preference", nl: "Geen voorkeur")
    static let lineManager = Text(en: "Line manager", nl: "Leidinggevende")
    static let languagesSpoken = Text(en: "Languages (e.g. nl, en)", nl: "Talen (bijv. nl, en)")
    static let matchingMode = Text(en: "How pairs are made", nl: "Hoe koppels ontstaan")
    static let modeCoordinator = Text(en: "The coordinator proposes pairs", nl: "De coördinator stelt koppels voor")
    static let modeMenteeChoice = Text(en: "Mentees choose from suggestions", nl: "Mentees kiezen uit suggesties")
    static let idealGap = Text(en: "Ideal seniority gap (steps)", nl: "Ideaal verschil in senioriteit (stappen)")
    static let groupRule = Text(en: "Practice group", nl: "Vakgroep")
    static func groupRuleName(_ rule: MatchingRules.GroupRule) -> Text {
        switch rule {
        case .same: Text(en: "Prefer the same group", nl: "Liefst dezelfde vakgroep")
        case .different: Text(en: "Prefer a different group", nl: "Liefst een andere vakgroep")
        case .either: Text(en: "Does not matter", nl: "Maakt niet uit")
        }
    }
    static let weightsHint = Text(en: "Weights (0-100) for: goals vs expertise, seniority, practice group, language, mentee's wishes, mentor's preferences.",
                                  nl: "Gewichten (0-100) voor: leerdoelen en expertise, senioriteit, vakgroep, taal, wensen van de mentee, voorkeuren van de mentor.")
    static let weightsInvalid = Text(en: "Enter whole numbers from 0 to 100, at least one above 0.", nl: "Vul hele getallen in van 0 tot en met 100, minstens één boven 0.")
}
