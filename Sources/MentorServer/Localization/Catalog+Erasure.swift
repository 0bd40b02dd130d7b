import MentorCore

extension T {
    /// The end reason written on each open pair of an erased person, in the organisation's language.
    static let erasureEndedPair = Text(en: "Ended because the personal data of one of the two was erased.",
                                       nl: "Beëindigd omdat de persoonsgegevens van een van beiden zijn gewist.")
    static let eraseEndsPairs = Text(en: "Their open pairs end. In the free text of your organisation (notes, agenda, action items, goals, agreements, reflections, comments, the audit log, notifications and e-mails) their full name and e-mail address become [erased]. Nothing of other organisations and no one else's account is changed.",
                                     nl: "Hun lopende koppels worden beëindigd. In de vrije tekst van je organisatie (notities, agenda, actiepunten, leerdoelen, afspraken, reflecties, opmerkingen, het auditlog, meldingen en e-mails) worden hun volledige naam en e-mailadres vervangen door [erased]. Niets van andere organisaties en geen account van iemand anders wordt gewijzigd.")
}
