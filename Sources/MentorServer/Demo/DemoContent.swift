import MentorCore

/// The demo firm, written for this product: a Dutch accountancy and advisory firm.
enum DemoContent {
    static let organisationName = "Vermeer & Bos Accountants en Adviseurs"
    static let slug = "demo"

    struct Value {
        var nameNL, nameEN, descriptionNL, descriptionEN: String
        var behaviours: [(nl: String, en: String)]
    }

    static let values: [Value] = [
        Value(nameNL: "Vakmanschap", nameEN: "Craftsmanship",
              descriptionNL: "We leveren werk waar we zelf achter staan en blijven ons vak bijhouden.",
              descriptionEN: "We deliver work we stand behind ourselves and keep our expertise current.",
              behaviours: [("Controleert eigen werk voordat het naar de klant of reviewer gaat", "Checks their own work before it goes to the client or reviewer"),
                           ("Zoekt zelf de regelgeving of vaktechniek op voordat hij of zij een vraag stelt", "Looks up the rules or technical guidance before asking"),
                           ("Deelt een nieuw inzicht met het team", "Shares a new insight with the team")]),
        Value(nameNL: "Eigenaarschap", nameEN: "Ownership",
              descriptionNL: "Je neemt verantwoordelijkheid voor je werk, je afspraken en je eigen ontwikkeling.",
              descriptionEN: "You take responsibility for your work, your commitments and your own development.",
              behaviours: [("Meldt uit zichzelf wanneer een deadline in gevaar komt", "Raises a deadline at risk without being asked"),
                           ("Komt met een voorstel, niet alleen met een probleem", "Comes with a proposal, not only with a problem"),
                           ("Plant zelf het volgende mentorgesprek", "Plans the next mentoring conversation themselves")]),
        Value(nameNL: "Klantgerichtheid", nameEN: "Client focus",
              descriptionNL: "We begrijpen wat de klant nodig heeft, ook als de klant dat zelf nog niet zo zegt.",
              descriptionEN: "We understand what the client needs, even before the client puts it that way.",
              behaviours: [("Vat de vraag van de klant in eigen woorden samen", "Summarises the client's question in their own words"),
                           ("Belt de klant in plaats van lange mails te sturen wanneer iets gevoelig ligt", "Calls the client rather than writing long emails when something is sensitive"),
                           ("Denkt mee over de volgende stap van de klant", "Thinks ahead about the client's next step")]),
        Value(nameNL: "Openheid", nameEN: "Openness",
              descriptionNL: "We zeggen wat we denken, vragen om feedback en gaan zorgvuldig om met wat ons wordt toevertrouwd.",
              descriptionEN: "We say what we think, ask for feedback and take care with what is entrusted to us.",
              behaviours: [("Vraagt actief om feedback op eigen werk", "Actively asks for feedback on their own work"),
                           ("Geeft een eigen mening, ook als die afwijkt", "Gives their own view, also when it differs"),
                           ("Benoemt het wanneer iets niet duidelijk is", "Says so when something is unclear")]),
    ]

    struct DemoPerson {
        var email, name: String
        var roles: [Role]
        var seniority: Seniority
        var group: String
        var expertise: [String]
        var language: Language?
    }

    static let admin = DemoPerson(email: "admin@demo.example", name: "Sanne Vermeer", roles: [.admin], seniority: .senior, group: "Bedrijfsvoering", expertise: [], language: nil)
    static let coordinator = DemoPerson(email: "coordinator@demo.example", name: "Marieke Bos", roles: [.coordinator], seniority: .senior, group: "HR & Opleidingen", expertise: ["talentontwikkeling"], language: nil)
    static let mentors: [DemoPerson] = [
        DemoPerson(email: "mentor@demo.example", name: "Jeroen de Graaf", roles: [.mentor], seniority: .senior, group: "Audit", expertise: ["audit", "IFRS", "client skills"], language: nil),
        DemoPerson(email: "mentor2@demo.example", name: "Fatima El Amrani", roles: [.mentor], seniority: .senior, group: "Tax", expertise: ["tax", "VAT", "leadership"], language: nil),
        DemoPerson(email: "mentor3@demo.example", name: "Thomas Hendriks", roles: [.mentor, .coordinator], seniority: .senior, group: "Advisory", expertise: ["advisory", "work organisation", "valuation"], language: nil),
        DemoPerson(email: "mentor4@demo.example", name: "Lisa van Leeuwen", roles: [.mentor], seniority: .senior, group: "Audit", expertise: ["audit", "data analytics", "client skills"], language: .en),
    ]
    static let mentees: [DemoPerson] = [
        DemoPerson(email: "mentee@demo.example", name: "Daan Visser", roles: [.mentee], seniority: .junior, group: "Audit", expertise: [], language: nil),
        DemoPerson(email: "mentee2@demo.example", name: "Emma Jansen", roles: [.mentee], seniority: .junior, group: "Audit", expertise: [], language: nil),
        DemoPerson(email: "mentee3@demo.example", name: "Oliver Brown", roles: [.mentee], seniority: .medior, group: "Audit", expertise: ["IFRS"], language: .en),
        DemoPerson(email: "mentee4@demo.example", name: "Sophie Mulder", roles: [.mentee], seniority: .junior, group: "Tax", expertise: [], language: nil),
        DemoPerson(email: "mentee5@demo.example", name: "Milan de Boer", roles: [.mentee], seniority: .medior, group: "Tax", expertise: ["VAT"], language: nil),
        DemoPerson(email: "mentee6@demo.example", name: "Julia Peters", roles: [.mentee], seniority: .junior, group: "Tax", expertise: [], language: nil),
        DemoPerson(email: "mentee7@demo.example", name: "Priya Sharma", roles: [.mentee], seniority: .medior, group: "Advisory", expertise: ["valuation"], language: .en),
        DemoPerson(email: "mentee8@demo.example", name: "Noah Dekker", roles: [.mentee], seniority: .junior, group: "Advisory", expertise: [], language: nil),
        DemoPerson(email: "mentee9@demo.example", name: "Eva Kok", roles: [.mentee], seniority: .junior, group: "Audit", expertise: [], language: nil),
        DemoPerson(email: "mentee10@demo.example", name: "Sem Willems", roles: [.mentee], seniority: .medior, group: "Advisory", expertise: ["data analytics"], language: nil),
        // New starters without a mentor yet, so matching has work to show.
        DemoPerson(email: "mentee11@demo.example", name: "Lotte Smit", roles: [.mentee], seniority: .junior, group: "Tax", expertise: [], language: nil),
        DemoPerson(email: "mentee12@demo.example", name: "James Carter", roles: [.mentee], seniority: .junior, group: "Audit", expertise: [], language: .en),
        // Proposed to Fatima by last week's matching round: she said yes, Fatima has not answered yet.
        DemoPerson(email: "mentee13@demo.example", name: "Fleur de Wit", roles: [.mentee], seniority: .junior, group: "Tax", expertise: [], language: nil),
    ]

    /// Languages people mentor in; everyone speaks Dutch except where English is their language.
    static func languages(_ person: DemoPerson) -> String {
        person.language == .en ? "en" : (person.roles.contains(.mentor) ? "nl, en" : "nl")
    }


    /// How a pair behaves in the demo, so every later figure has something to show.
    struct PairProfile {
        var mentor: Int
        var mentee: Int
        var status: MentorshipStatus
        /// Chance that the mentee initiates a conversation or brings an agenda item.
        var menteeInitiative: Double
        /// The mentor's typical share of talk.
        var mentorTalk: Double
        /// Chance that the mentee finishes an action by its due date.
        var followThrough: Double
        var agreement: AgreementState
        var goals: [Goal]
        var patterns: [(AttitudePattern, AttitudeEffect)]
    }

    enum AgreementState { case missing, written, discussed, confirmed }

    struct Goal {
        var title, description, success: String
        var theme: GoalTheme
    }

    static let profiles: [PairProfile] = [
        // Daan: the article's closing example. Goal "work organisation", little preparation, actions slip.
        PairProfile(mentor: 0, mentee: 0, status: .active, menteeInitiative: 0.15, mentorTalk: 0.68, followThrough: 0.35, agreement: .written,
                    goals: [Goal(title: "Mijn werkorganisatie op orde krijgen", description: "Ik wil overzicht houden over mijn dossiers en minder vaak op het laatste moment werken.",
                                 success: "Mijn planning staat elke maandag en ik haal mijn interne deadlines.", theme: .workOrganisation),
                            Goal(title: "Zelfstandig een jaarrekeningcontrole van een kleine klant voorbereiden", description: "Van planning tot dossieropbouw zonder dat mijn senior alles hoeft na te lopen.",
                                 success: "Review met hooguit kleine opmerkingen.", theme: .expertise)],
                    patterns: [(.waitsForOthers, .hinders), (.needlesslyInsecure, .hinders)]),
        PairProfile(mentor: 0, mentee: 1, status: .active, menteeInitiative: 0.7, mentorTalk: 0.38, followThrough: 0.85, agreement: .confirmed,
                    goals: [Goal(title: "Sterker worden in klantgesprekken", description: "Ik wil bij de slotbespreking zelf de bevindingen toelichten.",
                                 success: "Ik leid twee slotbesprekingen dit jaar.", theme: .clientSkills)],
                    patterns: [(.takesInitiative, .helps), (.curiousAboutSelf, .helps)]),
        PairProfile(mentor: 0, mentee: 2, status: .active, menteeInitiative: 0.5, mentorTalk: 0.5, followThrough: 0.7, agreement: .confirmed,
                    goals: [Goal(title: "Lead the IFRS 16 workstream", description: "Take ownership of lease accounting for two clients.",
                                 success: "Both files reviewed without major findings.", theme: .expertise)],
                    patterns: [(.actsAsIfKnowing, .hinders)]),
        PairProfile(mentor: 1, mentee: 3, status: .active, menteeInitiative: 0.4, mentorTalk: 0.55, followThrough: 0.6, agreement: .discussed,
                    goals: [Goal(title: "Meer eigen kleur in mijn adviezen", description: "Ik schrijf nu vooral op wat de regels zeggen, niet wat ik de klant aanraad.",
                                 success: "Elk advies eindigt met mijn eigen aanbeveling.", theme: .clientSkills)],
                    patterns: [(.littleOwnColour, .hinders)]),
        PairProfile(mentor: 1, mentee: 4, status: .active, menteeInitiative: 0.8, mentorTalk: 0.3, followThrough: 0.9, agreement: .confirmed,
                    goals: [Goal(title: "Doorgroeien naar teamleider", description: "Ik wil leren sturen op werkverdeling en feedback geven.",
                                 success: "Ik begeleid een junior bij een btw-dossier.", theme: .leadership)],
                    patterns: [(.takesInitiative, .helps)]),
        PairProfile(mentor: 1, mentee: 5, status: .paused, menteeInitiative: 0.3, mentorTalk: 0.6, followThrough: 0.5, agreement: .confirmed,
                    goals: [Goal(title: "Mijn werk beter plannen rond de aangifteperiode", description: "In piekperiodes raak ik het overzicht kwijt.",
                                 success: "Geen overschreden deadlines in het tweede kwartaal.", theme: .workOrganisation)],
                    patterns: [(.needlesslyInsecure, .hinders)]),
        PairProfile(mentor: 2, mentee: 6, status: .active, menteeInitiative: 0.6, mentorTalk: 0.42, followThrough: 0.8, agreement: .confirmed,
                    goals: [Goal(title: "Present valuation outcomes with confidence", description: "I tend to over-explain the model instead of the conclusion.",
                                 success: "Clients ask about the conclusion, not the spreadsheet.", theme: .clientSkills)],
                    patterns: [(.curiousAboutSelf, .helps), (.actsAsIfKnowing, .hinders)]),
        PairProfile(mentor: 2, mentee: 7, status: .active, menteeInitiative: 0.25, mentorTalk: 0.72, followThrough: 0.45, agreement: .missing,
                    goals: [Goal(title: "Structuur aanbrengen in mijn week", description: "Ik werk aan te veel dingen tegelijk.",
                                 success: "Ik kan op vrijdag zeggen wat ik die week heb afgerond.", theme: .workOrganisation)],
                    patterns: [(.waitsForOthers, .hinders)]),
        PairProfile(mentor: 3, mentee: 8, status: .active, menteeInitiative: 0.55, mentorTalk: 0.35, followThrough: 0.75, agreement: .discussed,
                    goals: [Goal(title: "Data-analyse inzetten in de controle", description: "Ik wil journaalpostanalyses zelf kunnen opzetten.",
                                 success: "Eén controle met een eigen analyse als onderbouwing.", theme: .expertise)],
                    patterns: [(.curiousAboutSelf, .helps)]),
        PairProfile(mentor: 3, mentee: 9, status: .proposed, menteeInitiative: 0.5, mentorTalk: 0.4, followThrough: 0.7, agreement: .missing,
                    goals: [], patterns: []),
    ]

    // Conversation material, by language. Each pool is cycled through with a pair-specific offset.
    static let menteeAgenda: [Language: [String]] = [
        .nl: ["Terugblik op de drukte van de afgelopen weken", "Hoe bereid ik de slotbespreking voor?", "Feedback van mijn reviewer op het dossier",
              "Mijn planning voor de komende maand", "Wat vind ik eigenlijk zelf van mijn voortgang?", "Een lastige situatie met een klant",
              "Mijn leerdoel: waar sta ik nu?", "Hoe zeg ik nee tegen extra werk?"],
        .en: ["Looking back on a busy month", "Preparing the closing meeting with the client", "Reviewer feedback on my file",
              "My plan for the coming month", "How do I see my own progress?", "A difficult client situation",
              "My learning goal: where am I now?", "How to say no to extra work"],
    ]
    static let mentorAgenda: [Language: [String]] = [
        .nl: ["Hoe gaat het met je werkdruk?", "Afspraken uit het vorige gesprek", "Wat heb je geleerd van de laatste opdracht?",
              "Je rol in het team", "Wat wil je dat ik de volgende keer anders doe?"],
        .en: ["How is your workload?", "Agreements from last time", "What did you learn from the last engagement?",
              "Your role in the team", "What should I do differently next time?"],
    ]
    static let sharedNotes: [Language: [String]] = [
        .nl: ["We hebben besproken hoe je de planning per dossier inricht. Je probeert een vaste weekstart.",
              "Het klantgesprek ging beter dan je verwachtte. We zochten samen naar wat daar hielp.",
              "Je hebt feedback gevraagd aan je reviewer en de punten doorgenomen. Twee punten komen vaker terug.",
              "We keken naar je leerdoel en maakten het concreter.",
              "Drukke periode; we spraken af wat je loslaat en wat niet."],
        .en: ["We discussed how to plan per engagement. You will try a fixed start of the week.",
              "The client meeting went better than you expected. We looked at what made the difference.",
              "You asked your reviewer for feedback and we went through it. Two points keep coming back.",
              "We looked at your learning goal and made it more concrete.",
              "Busy period; we agreed what you will drop and what not."],
    ]
    static let privateNotes: [Language: [String]] = [
        .nl: ["Ik merkte dat ik veel zelf invulde. Volgende keer eerst vragen wat hij zelf denkt.",
              "Goede energie. Ik hoef minder te sturen dan ik dacht.",
              "Ze zegt snel 'weet ik al'; doorvragen op hoe ze het aanpakt.",
              "Ik praatte te veel over mijn eigen ervaring.",
              "Onzekerheid lijkt groter dan nodig: het werk is goed."],
        .en: ["I filled in a lot myself. Next time ask first what they think.",
              "Good energy. I need to steer less than I thought.",
              "Quick to say 'I know'; ask how they would approach it.",
              "I talked too much about my own experience.",
              "Insecurity seems larger than needed: the work is good."],
    ]
    static let actions: [Language: [String]] = [
        .nl: ["Weekplanning maken en maandag delen", "Feedback vragen aan reviewer", "Slotbespreking voorbereiden met checklist",
              "Artikel over IFRS 16 lezen", "Leerdoel herschrijven met meetbaar resultaat", "Gesprek met teamleider over werkverdeling"],
        .en: ["Make a weekly plan and share it on Monday", "Ask the reviewer for feedback", "Prepare the closing meeting with a checklist",
              "Read the IFRS 16 update", "Rewrite the learning goal with a measurable result", "Talk to the team lead about workload"],
    ]
    static let mentorActions: [Language: [String]] = [
        .nl: ["Voorbeeld van een goed dossier delen", "Introductie bij collega van Tax regelen"],
        .en: ["Share an example of a good file", "Introduce them to a colleague in Tax"],
    ]
    static let evidence: [Language: [String]] = [
        .nl: ["Vertelde zelf hoe de planning deze maand liep, met een concreet voorbeeld.",
              "Bereidde het gesprek niet voor; het leerdoel kwam pas aan het eind ter sprake.",
              "Leidde een deel van het klantgesprek zelf en kreeg een compliment.",
              "Heeft de checklist gebruikt en merkte dat het rust gaf."],
        .en: ["Described how planning went this month, with a concrete example.",
              "Did not prepare; the goal came up only at the very end.",
              "Led part of the client meeting and was complimented.",
              "Used the checklist and noticed it gave calm."],
    ]
    static let behaviourSeen: [Language: [String]] = [
        .nl: ["Kwam met een eigen voorstel voor de aanpak van het dossier.",
              "Wachtte tot ik met een oplossing kwam.",
              "Vroeg uit zichzelf om feedback op de memo.",
              "Vatte de vraag van de klant helder samen.",
              "Gaf een eigen mening over de planning, ook toen die afweek van de mijne."],
        .en: ["Came with their own proposal for the approach.",
              "Waited for me to come up with a solution.",
              "Asked for feedback on the memo unprompted.",
              "Summarised the client's question clearly.",
              "Gave their own view on the planning, also when it differed from mine."],
    ]
    static let observationNotes: [Language: [String]] = [
        .nl: ["Zichtbaar in hoe het gesprek begon.", "Kwam terug toen het over de deadline ging.", "Sterker dan vorige keer."],
        .en: ["Visible in how the conversation started.", "Came back when we discussed the deadline.", "Stronger than last time."],
    ]

    /// A short Teams transcript of Emma's latest conversation, written for the demo.
    static let transcript = """
    WEBVTT

    1/1-0
    0:0:0.0 --> 0:0:12.5
    <v Jeroen de Graaf>Fijn dat je er bent. Wat wil je vandaag bespreken?</v>

    1/2-0
    0:0:12.5 --> 0:0:48.0
    <v Emma Jansen>Ik wil het hebben over de slotbespreking bij de klant. Ik ga die zelf leiden, maar ik vind het spannend. Misschien kunnen we oefenen.</v>

    1/3-0
    0:0:48.0 --> 0:1:10.0
    <v Jeroen de Graaf>Goed idee. Hoe wil je beginnen? En wat verwacht de klant volgens jou?</v>

    1/4-0
    0:1:10.0 --> 0:2:05.0
    <v Emma Jansen>Volgens mij wil de klant vooral weten of er risico's zijn. Ik begin met de belangrijkste bevinding en daarna de aanbevelingen.</v>

    1/5-0
    0:2:05.0 --> 0:2:30.0
    <v Jeroen de Graaf>Dat klinkt sterk. Heb je de cijfers bij de hand als ze doorvragen?</v>

    1/6-0
    0:2:30.0 --> 0:2:52.0
    <v Emma Jansen>Ja, ik zal een overzicht maken en dat vooraf met je delen.</v>
    """
}
