import MentorCore

/// The one page on which a mentor logs a whole conversation and saves it once (issue 15).
extension T {
    static let logConversation = Text(en: "Log the whole conversation on one page", nl: "Het hele gesprek op één pagina vastleggen")
    static let logTitle = Text(en: "Log the conversation", nl: "Gesprek vastleggen")
    static let logLead = Text(en: "Everything about this conversation on one page, saved at once. Rows you leave empty are skipped; if something is not right, nothing is saved and all you typed stays here.",
                              nl: "Alles van dit gesprek op één pagina, in één keer opgeslagen. Lege regels worden overgeslagen; klopt er iets niet, dan wordt niets opgeslagen en blijft alles wat je typte staan.")
    static let logAgendaOutcome = Text(en: "Agenda: what you discussed", nl: "Agenda: wat jullie bespraken")
    static let logAgendaHint = Text(en: "Tick what you discussed. What stays unticked moves on to the next conversation.",
                                    nl: "Vink aan wat jullie bespraken. Wat niet is aangevinkt, schuift door naar het volgende gesprek.")
    static let logNewAgenda = Text(en: "Topics raised during the conversation", nl: "Punten die tijdens het gesprek opkwamen")
    static let logOpenActions = Text(en: "Open action items: tick what is done", nl: "Open actiepunten: vink aan wat klaar is")
    static let logNewActions = Text(en: "New action items", nl: "Nieuwe actiepunten")
    static let logActionText = Text(en: "Action item", nl: "Actiepunt")
    static let logScoresHint = Text(en: "A score from 1 to 5 with the behaviour you saw. Leave both empty to skip a row.",
                                    nl: "Een score van 1 tot en met 5 met het gedrag dat je zag. Laat beide leeg om een regel over te slaan.")
    static let logObservationsHint = Text(en: "Choose the effect to record a pattern; rows without an effect and note are skipped.",
                                          nl: "Kies het effect om een patroon vast te leggen; regels zonder effect en notitie worden overgeslagen.")
    static let logEvidenceHint = Text(en: "Rows without text are skipped.", nl: "Regels zonder tekst worden overgeslagen.")
    static let logNoEffect = Text(en: "(not seen)", nl: "(niet gezien)")
    static let logMoreRows = Text(en: "More empty rows", nl: "Meer lege regels")
    static let logMoreRowsAdded = Text(en: "Empty rows added. Nothing has been saved yet.", nl: "Lege regels toegevoegd. Er is nog niets opgeslagen.")
    static let logSave = Text(en: "Save the conversation", nl: "Gesprek opslaan")
    static let logRowsChanged = Text(en: "This agenda item or action item is no longer part of the conversation. Open the page again.",
                                     nl: "Dit agendapunt of actiepunt hoort niet (meer) bij dit gesprek. Open de pagina opnieuw.")

    /// The message after a log was saved, naming what was added.
    static func logSaved(agenda: Int, actions: Int, evidence: Int, scores: Int, observations: Int) -> Text {
        func part(_ count: Int, _ one: String, _ many: String) -> String? { count == 0 ? nil : "\(count) \(count == 1 ? one : many)" }
        let en = [part(agenda, "agenda item", "agenda items"), part(actions, "action item", "action items"),
                  part(evidence, "piece of evidence", "pieces of evidence"), part(scores, "score", "scores"),
                  part(observations, "observation", "observations")].compactMap { $0 }
        let nl = [part(agenda, "agendapunt", "agendapunten"), part(actions, "actiepunt", "actiepunten"),
                  part(evidence, "waarneming", "waarnemingen"), part(scores, "score", "scores"),
                  part(observations, "observatie", "observaties")].compactMap { $0 }
        return Text(en: "The conversation has been logged." + (en.isEmpty ? "" : " Added: " + en.joined(separator: ", ") + "."),
                    nl: "Het gesprek is vastgelegd." + (nl.isEmpty ? "" : " Toegevoegd: " + nl.joined(separator: ", ") + "."))
    }
}
