import Vapor
import Fluent
import MentorCore

/// E-mails with a calendar invitation when a conversation is planned, moved or cancelled: one
/// to each side of the pair, in that person's language, with `METHOD:REQUEST` or `CANCEL`, the
/// conversation's UID and its `SEQUENCE`. They are queued in the outbox inside the caller's
/// write transaction, after the conversation is saved, so a change and its e-mails are written
/// together or not at all. An invitation is an event's e-mail: only people who chose e-mail "at
/// every event" (`EmailChoice.everyEvent`) get one; "only reminders" and "never" get none (the
/// other side still sees the change in the product), and without a sendmail command none is queued.
/// The invitation holds the names, the time, the place and the link; never notes.
///
/// Time zones: the event is written in the organiser's own zone with `TZID` and its `VTIMEZONE`
/// (the one who planned it meant 09:00 on their clock), the same document for both sides; each
/// calendar shows it on its owner's clock. The e-mail's text names the time in the recipient's
/// own zone, in their language (`PersonalTimeZone`; nil is the firm's, `timeZone`).
enum CalendarInvitations {
    /// The facts of `conversation` the calendar rule reads.
    static func slot(_ conversation: Conversation) -> CalendarChange.Slot {
        .init(start: conversation.scheduledAt, durationMinutes: conversation.durationMinutes, place: conversation.place, status: conversation.status)
    }

    /// Raises the sequence when `change` asks it; call before saving the conversation.
    static func prepare(_ change: CalendarChange?, _ conversation: Conversation) {
        if let change, change.raisesSequence { conversation.calendarSequence += 1 }
    }

    /// Queues the e-mails for `change` of the saved `conversation`; returns how many.
    @discardableResult
    static func queue(_ change: CalendarChange?, _ conversation: Conversation, settings: MailSettings, timeZone: TimeZone,
                      now: Date, on db: any Database) async throws -> Int {
        guard let change, settings.sendmail != nil else { return 0 }
        let conversationID = try conversation.requireID()
        guard let pair = try await Mentorship.find(conversation.$mentorship.id, on: db) else { return 0 }
        let people = try await Person.query(on: db).filter(\.$id ~~ [pair.$mentor.id, pair.$mentee.id]).all()
        guard let mentor = people.first(where: { $0.id == pair.$mentor.id }),
              let mentee = people.first(where: { $0.id == pair.$mentee.id }) else { return 0 }
        let organisation = try await Organisation.find(pair.$organisation.id, on: db)
        let organiser = (conversation.plannedBy ?? .mentor) == .mentee ? mentee : mentor
        let url = ConversationCalendar.pageURL(conversationID, baseURL: settings.baseURL)
        var queued = 0
        for (person, other) in [(mentor, mentee), (mentee, mentor)] where person.active && EmailChoice(person) == .everyEvent {
            let language = person.language ?? organisation?.defaultLanguage ?? .nl
            let formats = Formats(language: language, timeZone: PersonalTimeZone.resolve(person.timeZone, firm: timeZone), dayZone: timeZone)
            var event = ConversationCalendar.event(conversation, with: other.name, language: language, url: url)
            event.timeZone = PersonalTimeZone.resolve(organiser.timeZone, firm: timeZone)
            event.organizer = .init(name: organiser.name, email: organiser.email)
            event.attendees = [mentor, mentee].map { .init(name: $0.name, email: $0.email) }
            let when = formats.dateTime(conversation.scheduledAt)
            let message = OutboxMessage()
            message.$organisation.id = pair.$organisation.id
            message.recipient = person.email
            message.subject = T.invitationMailSubject(change, other: other.name, when: when)(language)
            message.body = body(change, conversation, other: other.name, url: url, formats: formats)
            message.calendar = ICalendar.document(name: T.productName(language), events: [event], stamp: now, method: change.method)
            message.status = "pending"
            message.attempts = 0
            message.nextAttemptAt = now
            try await message.create(on: db)
            queued += 1
        }
        return queued
    }

    static func body(_ change: CalendarChange, _ conversation: Conversation, other: String, url: String, formats: Formats) -> String {
        let language = formats.language
        var lines = [Text(en: "Hello,", nl: "Hallo,")(language), "",
                     T.invitationMailLine(change, other: other, when: formats.dateTime(conversation.scheduledAt),
                                          minutes: conversation.durationMinutes)(language)]
        if !conversation.place.isEmpty, change != .cancelled { lines.append(T.invitationMailPlace(conversation.place)(language)) }
        lines += ["", url, "", T.invitationMailCalendar(language), "", "-- ", T.invitationMailFooter(language)]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Request {
    /// Queues the invitations for `change` of the saved `conversation` inside the write transaction `db`,
    /// and tells the other side in the product (`Notifier`; the invitation is their e-mail).
    func queueCalendarInvitations(_ change: CalendarChange?, _ conversation: Conversation, on db: any Database) async throws {
        try await CalendarInvitations.queue(change, conversation, settings: application.settings.mail, timeZone: application.settings.timeZone,
                                            now: now, on: db)
        try await Notifier.tell(change, conversation, request: self, on: db)
    }
}
