import MentorCore

/// The e-mails that carry a calendar invitation for a planned, moved or cancelled conversation.
extension T {
    static func invitationMailSubject(_ change: CalendarChange, other: String, when: String) -> Text {
        switch change {
        case .planned: Text(en: "Mentoring conversation with \(other) on \(when)", nl: "Mentorgesprek met \(other) op \(when)")
        case .moved: Text(en: "Moved: mentoring conversation with \(other), now on \(when)", nl: "Verzet: mentorgesprek met \(other), nu op \(when)")
        case .cancelled: Text(en: "Cancelled: mentoring conversation with \(other) on \(when)", nl: "Afgezegd: mentorgesprek met \(other) op \(when)")
        }
    }

    static func invitationMailLine(_ change: CalendarChange, other: String, when: String, minutes: Int) -> Text {
        switch change {
        case .planned:
            Text(en: "A mentoring conversation with \(other) is planned on \(when) (\(minutes) minutes).",
                 nl: "Er is een mentorgesprek met \(other) gepland op \(when) (\(minutes) minuten).")
        case .moved:
            Text(en: "Your mentoring conversation with \(other) is moved to \(when) (\(minutes) minutes).",
                 nl: "Je mentorgesprek met \(other) is verzet naar \(when) (\(minutes) minuten).")
        case .cancelled:
            Text(en: "Your mentoring conversation with \(other) on \(when) is cancelled.",
                 nl: "Je mentorgesprek met \(other) op \(when) is afgezegd.")
        }
    }

    static func invitationMailPlace(_ place: String) -> Text { Text(en: "Place: \(place)", nl: "Plaats: \(place)") }

    static let invitationMailCalendar = Text(
        en: "The invitation in this e-mail puts the conversation in your calendar, or updates or removes it there.",
        nl: "Met de uitnodiging in deze e-mail komt het gesprek in je agenda, of wordt het daar bijgewerkt of verwijderd.")

    static let invitationMailFooter = Text(
        en: "You get this e-mail from Mentor Mirror. Under My account you can choose to get no e-mails and follow your calendar feed instead.",
        nl: "Je krijgt deze e-mail van Mentor Mirror. Onder Mijn account kun je kiezen om geen e-mails te krijgen en in plaats daarvan je agendafeed te volgen.")
}
