import MentorCore

/// A person's own time zone (issue 15, item 3): the choice on the account page and the person
/// form, and the zone named where times are shown out of context (e-mail, data download).
extension T {
    static let timeZone = Text(en: "Time zone", nl: "Tijdzone")
    static let timeZoneLead = Text(
        en: "Dates and times on every page, in notifications and in e-mails are shown in this time zone, and times you type are read in it.",
        nl: "Datums en tijden op elke pagina, in meldingen en in e-mails staan in deze tijdzone, en tijden die je invult lezen we in deze tijdzone.")
    static func firmTimeZone(_ identifier: String) -> Text {
        Text(en: "The firm's time zone (\(identifier))", nl: "De tijdzone van het kantoor (\(identifier))")
    }
    static let timeZoneSaved = Text(en: "Your time zone has been saved.", nl: "Je tijdzone is opgeslagen.")
    static func timeZoneUnknown(_ text: String) -> Text {
        Text(en: "'\(text)' is not a time zone we know. Choose one from the list, such as Europe/Amsterdam.",
             nl: "'\(text)' is geen tijdzone die we kennen. Kies er een uit de lijst, bijvoorbeeld Europe/Amsterdam.")
    }
    /// After a time in an e-mail or download, so the reader knows which clock it is on.
    static func timesIn(_ identifier: String) -> Text {
        Text(en: "Times in \(identifier).", nl: "Tijden in \(identifier).")
    }
}
