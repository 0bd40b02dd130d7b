import MentorCore

/// Messages of the write safeguards and the size limits (issue 11).
extension T {
    // Concurrent writes
    static let writeConflict = Text(
        en: "Someone else saved the same thing at the same moment, so your change was not saved. Open the page again to see the latest version and try once more.",
        nl: "Iemand anders heeft op hetzelfde moment hetzelfde opgeslagen, daarom is jouw wijziging niet bewaard. Open de pagina opnieuw om de nieuwste versie te zien en probeer het nog eens.")
    static let databaseBusy = Text(
        en: "The server is very busy and could not save this in time. Nothing was saved; try again in a moment.",
        nl: "De server heeft het erg druk en kon dit niet op tijd opslaan. Er is niets opgeslagen; probeer het zo meteen opnieuw.")
    static let alreadyAnswered = Text(
        en: "This request has already been answered.",
        nl: "Op dit verzoek is al gereageerd.")

    // Size limits
    static let tooLargeTitle = Text(en: "Too much data", nl: "Te veel gegevens")
    static func bodyTooLarge(_ limit: String) -> Text {
        Text(en: "This form sent more data than this page accepts (at most \(limit)). Nothing was saved.",
             nl: "Dit formulier stuurde meer gegevens dan deze pagina toestaat (maximaal \(limit)). Er is niets opgeslagen.")
    }
    static let textTooLongTitle = Text(en: "Text too long", nl: "Tekst te lang")
    static func fieldTooLong(limit: Int, sent: Int) -> Text {
        Text(en: "A field of this form holds \(grouped(sent, ",")) characters; it may hold at most \(grouped(limit, ",")). Nothing was saved. Go back, shorten the text and save again.",
             nl: "Een veld van dit formulier bevat \(grouped(sent, ".")) tekens; er mogen er maximaal \(grouped(limit, ".")) in. Er is niets opgeslagen. Ga terug, maak de tekst korter en sla opnieuw op.")
    }

    /// 10000 as "10,000" (English) or "10.000" (Dutch).
    private static func grouped(_ number: Int, _ separator: String) -> String {
        var digits = String(number)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: separator)
    }
}
