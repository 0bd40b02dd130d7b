import MentorCore

/// Correcting and removing what was recorded: the edit pages, the confirmations and the audit summaries.
extension T {
    static func correctionKind(_ kind: CorrectionKind) -> Text {
        switch kind {
        case .agendaItem: Text(en: "agenda item", nl: "agendapunt")
        case .action: Text(en: "action item", nl: "actiepunt")
        case .evidence: Text(en: "goal evidence", nl: "waarneming bij een leerdoel")
        case .score: Text(en: "value score", nl: "score op een kernwaarde")
        case .observation: Text(en: "attitude observation", nl: "houdingsobservatie")
        case .goal: Text(en: "learning goal", nl: "leerdoel")
        case .theme: Text(en: "goal theme", nl: "leerdoelthema")
        case .pattern: Text(en: "attitude pattern", nl: "houdingspatroon")
        case .reflection: Text(en: "reflection", nl: "reflectie")
        case .conversation: Text(en: "conversation", nl: "gesprek")
        }
    }

    static func correctionSummary(_ change: CorrectionChange, _ kind: CorrectionKind) -> Text {
        let name = correctionKind(kind)
        return switch change {
        case .update: Text(en: "\(name.en) corrected", nl: "\(name.nl) gecorrigeerd")
        case .delete: Text(en: "\(name.en) deleted", nl: "\(name.nl) verwijderd")
        case .cancel: Text(en: "\(name.en) cancelled", nl: "\(name.nl) afgezegd")
        case .reschedule: Text(en: "\(name.en) moved", nl: "\(name.nl) verzet")
        }
    }

    /// The title of an edit page: "Edit the action item", "Actiepunt bewerken".
    static func editRecordTitle(_ kind: CorrectionKind) -> Text {
        let name = correctionKind(kind)
        return Text(en: "Edit the \(name.en)", nl: "\(name.nl.prefix(1).uppercased() + name.nl.dropFirst()) bewerken")
    }

    /// The title of a delete confirmation: "Delete this action item?", "Dit actiepunt verwijderen?".
    static func deleteRecordQuestion(_ kind: CorrectionKind) -> Text {
        let name = correctionKind(kind)
        // "het" words take "dit", "de" words "deze".
        let this: String = switch kind {
        case .agendaItem, .action, .goal, .theme, .pattern, .conversation: "Dit"
        case .evidence, .score, .observation, .reflection: "Deze"
        }
        return Text(en: "Delete this \(name.en)?", nl: "\(this) \(name.nl) verwijderen?")
    }

    static let deleteRecordLead = Text(en: "It is removed for good and no longer counts in any figures. The audit log records that it was deleted, not what it said.",
                                       nl: "Het verdwijnt definitief en telt nergens meer mee. Het auditlog bewaart dat het is verwijderd, niet wat er stond.")
    static let deleteListItemLead = Text(en: "It is removed for good. A theme or pattern that goals or observations still use can only be retired.",
                                         nl: "Het verdwijnt definitief. Een thema of patroon dat leerdoelen of observaties nog gebruiken, kun je alleen uit gebruik nemen.")
    static let deleteForGood = Text(en: "Yes, delete it", nl: "Ja, verwijderen")
    static let keepIt = Text(en: "No, keep it", nl: "Nee, bewaren")
    static let confirmFirst = Text(en: "Confirm with the button below; nothing was deleted yet.",
                                   nl: "Bevestig met de knop hieronder; er is nog niets verwijderd.")
    static let deleted = Text(en: "Deleted.", nl: "Verwijderd.")
    static let delete = Text(en: "Delete", nl: "Verwijderen")
    static let actionText = Text(en: "Action item", nl: "Actiepunt")
    static let saveChanges = Text(en: "Save changes", nl: "Wijzigingen opslaan")
    static let backToConversation = Text(en: "Back to the conversation", nl: "Terug naar het gesprek")
    static let backToGoal = Text(en: "Back to the learning goal", nl: "Terug naar het leerdoel")
    static let backToLists = Text(en: "Back to themes and patterns", nl: "Terug naar thema's en patronen")
    static let deleteGoal = Text(en: "Delete this learning goal", nl: "Dit leerdoel verwijderen")
    static let deleteGoalLead = Text(en: "The goal is removed for good, with what your mentor saw of it in your conversations.",
                                     nl: "Het leerdoel verdwijnt definitief, met wat je mentor er in jullie gesprekken van terugzag.")

    // Cancelling and moving a planned conversation
    static let reschedule = Text(en: "Move", nl: "Verzetten")
    static let rescheduleTitle = Text(en: "Move the conversation", nl: "Gesprek verzetten")
    static let rescheduleLead = Text(en: "Choose the new date and time. Calendars that follow your feed show the new time.",
                                     nl: "Kies de nieuwe datum en tijd. Agenda's die je feed volgen, tonen de nieuwe tijd.")
    static let saveNewTime = Text(en: "Move the conversation", nl: "Gesprek verzetten")
    static let cancelConversation = Text(en: "Cancel the conversation", nl: "Gesprek afzeggen")
    static let cancelConversationQuestion = Text(en: "Cancel this conversation?", nl: "Dit gesprek afzeggen?")
    static let cancelConversationLead = Text(en: "It stays in the list as cancelled; calendars that follow your feed mark it cancelled. Its agenda and notes are kept.",
                                             nl: "Het blijft in de lijst staan als afgezegd; agenda's die je feed volgen, markeren het als afgezegd. De agenda en notities blijven bewaard.")
    static let yesCancel = Text(en: "Yes, cancel it", nl: "Ja, afzeggen")
    static let conversationCancelled = Text(en: "The conversation has been cancelled.", nl: "Het gesprek is afgezegd.")
    static let conversationMoved = Text(en: "The conversation has been moved.", nl: "Het gesprek is verzet.")

    static func correctionProblem(_ problem: CorrectionProblem) -> Text {
        switch problem {
        case .notTheAuthor:
            Text(en: "Only the one who added this agenda item can change or delete it.",
                 nl: "Alleen wie dit agendapunt toevoegde, kan het wijzigen of verwijderen.")
        case .notPlanned(.held):
            Text(en: "This conversation was held; only a planned conversation can be moved or cancelled.",
                 nl: "Dit gesprek is gehouden; alleen een gepland gesprek kun je verzetten of afzeggen.")
        case .notPlanned:
            Text(en: "This conversation is cancelled; plan a new one instead.",
                 nl: "Dit gesprek is afgezegd; plan in plaats daarvan een nieuw gesprek.")
        case .heldCannotBeCancelled:
            Text(en: "A conversation that was held cannot be marked cancelled.",
                 nl: "Een gehouden gesprek kun je niet als afgezegd markeren.")
        case .inUse(let count):
            Text(en: count == 1 ? "This is still used in one place; retire it instead." : "This is still used in \(count) places; retire it instead.",
                 nl: count == 1 ? "Dit wordt nog op één plek gebruikt; neem het in plaats daarvan uit gebruik."
                                : "Dit wordt nog op \(count) plekken gebruikt; neem het in plaats daarvan uit gebruik.")
        }
    }
}
