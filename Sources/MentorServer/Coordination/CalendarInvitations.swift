import Vapor
import Fluent
import MentorCore

/// E-mails with a calendar invitation when a conversation is planned, moved or cancelled: one
/// to each side of the pair, in that person's language, with `METHOD:REQUEST` or `CANCEL`, the
/// conversation's UID and its `SEQUENCE`. They are queued in the outbox inside the caller's
/// write transaction, after the conversation is saved, so a change and its e-mails are written
/// together or not at all. As with reminders, someone who chose to see reminders only in the
/// product (`notifyByEmail` off) gets no e-mail, and without a sendmail command none is queued.
/// The invitation holds the names, the time, the place and the link; never notes.
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
        for (person, other) in [(mentor, mentee), (mentee, mentor)] where person.active && person.notifyByEmail {
            let language = person.language ?? organisation?.defaultLanguage ?? .nl
            let formats = Formats(language: language, timeZone: timeZone)
            var event = ConversationCalendar.event(conversation, with: other.name, language: language, url: url)
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
