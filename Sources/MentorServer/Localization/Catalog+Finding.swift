import MentorCore

/// Searching, filtering and paging lists.
extension T {
    static let searchNameOrEmail = Text(en: "Name or e-mail address", nl: "Naam of e-mailadres")
    static let anyRole = Text(en: "Any role", nl: "Alle rollen")
    static let anyPracticeGroup = Text(en: "Any practice group", nl: "Alle vakgroepen")
    static let activeAndDeactivated = Text(en: "Active and deactivated", nl: "Actief en gedeactiveerd")
    static let onlyActive = Text(en: "Only active", nl: "Alleen actief")
    static let onlyDeactivated = Text(en: "Only deactivated", nl: "Alleen gedeactiveerd")
    static let applyFilter = Text(en: "Search", nl: "Zoeken")
    static let clearFilter = Text(en: "Show everyone", nl: "Iedereen tonen")
    static let findPeople = Text(en: "Find people", nl: "Mensen zoeken")
    static let previousPage = Text(en: "Previous page", nl: "Vorige pagina")
    static let nextPage = Text(en: "Next page", nl: "Volgende pagina")
    static let listPaging = Text(en: "Pages of the list", nl: "Pagina's van de lijst")
    static let noPeopleMatch = Text(en: "Nobody matches this search. Try fewer words or another filter.",
                                    nl: "Niemand voldoet aan deze zoekopdracht. Probeer minder woorden of een ander filter.")

    /// "120 people, page 2 of 3" / "120 mensen, pagina 2 van 3".
    static func peopleFound(_ total: Int, page: Int, of pages: Int) -> Text {
        let count = Plural.of(total, en: ("person", "people"), nl: ("persoon", "mensen"))
        return pages > 1 ? Text(en: "\(count.en), page \(page) of \(pages)", nl: "\(count.nl), pagina \(page) van \(pages)") : count
    }

    static let auditWho = Text(en: "Who (part of the name)", nl: "Wie (deel van de naam)")
    static let auditRecord = Text(en: "Kind of record", nl: "Soort gegeven")
    static let anyRecord = Text(en: "Any kind", nl: "Alle soorten")
    static let fromDay = Text(en: "From", nl: "Vanaf")
    static let toDay = Text(en: "Up to and including", nl: "Tot en met")
    static let showEverything = Text(en: "Show everything", nl: "Alles tonen")
    static let findEvents = Text(en: "Find events", nl: "Gebeurtenissen zoeken")
    static let noEventsMatch = Text(en: "No events match these filters.", nl: "Geen gebeurtenissen voldoen aan deze filters.")

    /// "250 events, page 2 of 3" / "250 gebeurtenissen, pagina 2 van 3".
    static func eventsFound(_ total: Int, page: Int, of pages: Int) -> Text {
        let count = Plural.of(total, en: ("event", "events"), nl: ("gebeurtenis", "gebeurtenissen"))
        return pages > 1 ? Text(en: "\(count.en), page \(page) of \(pages)", nl: "\(count.nl), pagina \(page) van \(pages)") : count
    }
}
