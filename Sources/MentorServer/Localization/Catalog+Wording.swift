import MentorCore

/// A count with the right form of its noun: `Plural.of(1, en: ("place", "places"), nl: ("plaats", "plaatsen"))`
/// gives "1 place" / "1 plaats" and, for any other count, "2 places" / "2 plaatsen".
enum Plural {
    static func of(_ count: Int, en: (one: String, other: String), nl: (one: String, other: String)) -> Text {
        Text(en: "\(count) \(count == 1 ? en.one : en.other)", nl: "\(count) \(count == 1 ? nl.one : nl.other)")
    }

    /// The words themselves, without the number: the verb of "1 of them would" / "2 van hen zouden".
    static func word(_ count: Int, en: (one: String, other: String), nl: (one: String, other: String)) -> Text {
        Text(en: count == 1 ? en.one : en.other, nl: count == 1 ? nl.one : nl.other)
    }
}

extension T {
    // The mentee's own progress page addresses the mentee.
    static let progressPreparedLabel = Text(en: "Conversations you prepared", nl: "Gesprekken die je voorbereidde")
    static let progressOnTimeLabel = Text(en: "Your action items done by their due date", nl: "Jouw actiepunten op tijd af")
    static let progressCarriedTwiceLabel = Text(en: "Your action items carried over twice or more", nl: "Jouw actiepunten die twee keer of vaker zijn doorgeschoven")
    static let progressConversationInitiativeLabel = Text(en: "Conversations you initiated", nl: "Gesprekken op jouw initiatief")
    static let progressAgendaInitiativeLabel = Text(en: "Agenda items you brought", nl: "Agendapunten die jij inbracht")
    static let progressGoals = Text(en: "Your learning goals", nl: "Jouw leerdoelen")

    /// The empty list of goals as a mentor (or anyone but the mentee) reads it.
    static let noGoalsYetForMentor = Text(en: "Your mentee has no learning goals yet. Help them put into words what they want to learn.",
                                          nl: "Je mentee heeft nog geen leerdoelen. Help je mentee onder woorden te brengen wat hij of zij wil leren.")

    /// The pair page's empty list of conversations, as the mentor or the mentee reads it.
    static func noConversationsFor(_ place: PairPlace) -> Text {
        switch place {
        case .mentor: Text(en: "No conversations yet. Plan the first one; your mentee can do that too.",
                           nl: "Nog geen gesprekken. Plan het eerste gesprek; je mentee kan dat ook.")
        case .mentee: Text(en: "No conversations yet. Plan the first one; your mentor can do that too.",
                           nl: "Nog geen gesprekken. Plan het eerste gesprek; je mentor kan dat ook.")
        case .coordinator: Text(en: "No conversations yet.", nl: "Nog geen gesprekken.")
        }
    }

    /// A goal without evidence, as the mentor (who records it) or the mentee reads it.
    static func noEvidenceFor(_ place: PairPlace) -> Text {
        place == .mentor
            ? Text(en: "Nothing recorded yet. What you see of this goal in a conversation, you record on that conversation's page.",
                   nl: "Nog niets vastgelegd. Wat je in een gesprek van dit leerdoel terugziet, leg je vast op de pagina van dat gesprek.")
            : noEvidenceYet
    }

    /// No programme yet, as a coordinator reads it (an administrator sets programmes up).
    static let noProgrammesForCoordinator = Text(en: "No programmes yet. Once an administrator sets one up, its figures appear here.",
                                                 nl: "Nog geen programma's. Zodra een beheerder er een aanmaakt, zie je hier de cijfers.")

    /// The name an erased person keeps, in the organisation's language.
    static let erasedPerson = Text(en: "Erased person", nl: "Gewiste persoon")

    /// The file name of one conversation's calendar entry, with its day (`YYYY-MM-DD`).
    static func conversationFileName(_ day: String) -> Text { Text(en: "conversation-\(day).ics", nl: "gesprek-\(day).ics") }

    /// A language a person speaks (stored as a code such as `nl`), named in the reader's language.
    static func spokenLanguage(_ code: String) -> Text {
        switch code.lowercased() {
        case "nl": Text(en: "Dutch", nl: "Nederlands")
        case "en": Text(en: "English", nl: "Engels")
        case "de": Text(en: "German", nl: "Duits")
        case "fr": Text(en: "French", nl: "Frans")
        case "es": Text(en: "Spanish", nl: "Spaans")
        case "it": Text(en: "Italian", nl: "Italiaans")
        case "pt": Text(en: "Portuguese", nl: "Portugees")
        case "pl": Text(en: "Polish", nl: "Pools")
        case "tr": Text(en: "Turkish", nl: "Turks")
        case "ar": Text(en: "Arabic", nl: "Arabisch")
        case "zh": Text(en: "Chinese", nl: "Chinees")
        default: Text(en: code.uppercased(), nl: code.uppercased())
        }
    }

    /// "Dutch and English" / "Nederlands en Engels"; "A, B and C" / "A, B en C".
    static func listed(_ items: [String]) -> Text {
        guard items.count > 1, let last = items.last else { return Text(en: items.first ?? "", nl: items.first ?? "") }
        let head = items.dropLast().joined(separator: ", ")
        return Text(en: "\(head) and \(last)", nl: "\(head) en \(last)")
    }
}
