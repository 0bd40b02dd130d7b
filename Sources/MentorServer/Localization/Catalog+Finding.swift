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
                                    nl: "Niemand gevonden met deze zoekopdracht. Probeer minder woorden of een ander filter.")

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
    static let noEventsMatch = Text(en: "No events match these filters.", nl: "Geen gebeurtenissen gevonden met deze filters.")

    /// "250 events, page 2 of 3" / "250 gebeurtenissen, pagina 2 van 3".
    static func eventsFound(_ total: Int, page: Int, of pages: Int) -> Text {
        let count = Plural.of(total, en: ("event", "events"), nl: ("gebeurtenis", "gebeurtenissen"))
        return pages > 1 ? Text(en: "\(count.en), page \(page) of \(pages)", nl: "\(count.nl), pagina \(page) van \(pages)") : count
    }
}

/// Finding pairs.
extension T {
    static let allPairsOfOrganisation = Text(en: "All pairs of the organisation", nl: "Alle koppels van de organisatie")
    static let findPairs = Text(en: "Find pairs", nl: "Koppels zoeken")
    static let mentorNamePart = Text(en: "Mentor (part of the name)", nl: "Mentor (deel van de naam)")
    static let menteeNamePart = Text(en: "Mentee (part of the name)", nl: "Mentee (deel van de naam)")
    static let anyProgramme = Text(en: "Any programme", nl: "Alle programma's")
    static let showCurrentPairs = Text(en: "Show current pairs", nl: "Lopende koppels tonen")
    static let noPairsMatch = Text(en: "No pairs match these filters.", nl: "Geen koppels gevonden met deze filters.")

    static func pairStatusChoice(_ choice: PairsPage.StatusChoice) -> Text {
        switch choice {
        case .current: Text(en: "Current (proposed, active, paused)", nl: "Lopend (voorgesteld, actief, gepauzeerd)")
        case .proposed: T.statusName(.proposed)
        case .active: T.statusName(.active)
        case .paused: T.statusName(.paused)
        case .ended: T.statusName(.ended)
        case .all: Text(en: "All, ended included", nl: "Alle, ook beëindigde")
        }
    }

    /// "120 pairs, page 2 of 3" / "120 koppels, pagina 2 van 3".
    static func pairsFound(_ total: Int, page: Int, of pages: Int) -> Text {
        let count = Plural.of(total, en: ("pair", "pairs"), nl: ("koppel", "koppels"))
        return pages > 1 ? Text(en: "\(count.en), page \(page) of \(pages)", nl: "\(count.nl), pagina \(page) van \(pages)") : count
    }
}

/// Finding notifications.
extension T {
    static let findNotifications = Text(en: "Find notifications", nl: "Meldingen zoeken")
    static let notificationNamePart = Text(en: "Name (part of it)", nl: "Naam (of een deel ervan)")
    static let notificationTopic = Text(en: "About", nl: "Over")
    static let notificationShow = Text(en: "Show", nl: "Tonen")
    static let readAndUnread = Text(en: "Read and unread", nl: "Gelezen en ongelezen")
    static let onlyUnread = Text(en: "Only unread", nl: "Alleen ongelezen")
    static let noNotificationsMatch = Text(en: "No notifications match these filters.", nl: "Geen meldingen voldoen aan deze filters.")

    static func notificationTopicName(_ topic: NotificationsPage.Topic) -> Text {
        switch topic {
        case .any: Text(en: "Everything", nl: "Alles")
        case .reminders: Text(en: "Reminders", nl: "Herinneringen")
        case .requestsAndPairs: Text(en: "Requests and pairs", nl: "Verzoeken en koppels")
        case .conversations: Text(en: "Conversations and agreements", nl: "Gesprekken en afspraken")
        case .other: Text(en: "Other", nl: "Overig")
        }
    }

    /// "120 notifications, page 2 of 3" / "120 meldingen, pagina 2 van 3".
    static func notificationsFound(_ total: Int, page: Int, of pages: Int) -> Text {
        let count = Plural.of(total, en: ("notification", "notifications"), nl: ("melding", "meldingen"))
        return pages > 1 ? Text(en: "\(count.en), page \(page) of \(pages)", nl: "\(count.nl), pagina \(page) van \(pages)") : count
    }
}
