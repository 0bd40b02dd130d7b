import Vapor
import Fluent
import MentorCore

/// The kinds of notification, each with its words in both languages. `detail` carries a date
/// or a number of days, never content from a conversation.
enum NotificationKind: String, CaseIterable, Sendable {
    case conversationOverdue = "conversation_overdue"
    case actionDue = "action_due"
    case requestWaiting = "request_waiting"
    case requestWaitingCoordinator = "request_waiting_coordinator"
    case agreementDue = "agreement_due"
    case pulseOpen = "pulse_open"
    case passwordLinkSent = "password_link_sent"
    /// To the mentor: the mentee took her request back before it was accepted.
    case requestWithdrawn = "request_withdrawn"

    /// The notification in the reader's language. A reminder's detail holds its value and the
    /// names of the pair (`ReminderRules.Detail`); a day is printed as the reader writes it
    /// ("19 augustus 2026"), in the firm's time zone of `formats`.
    func text(detail: String, formats: Formats) -> String {
        let language = formats.language
        if self == .passwordLinkSent { return T.passwordLinkNotice(detail)(language) }
        let parts = ReminderRules.Detail(decoding: detail)
        let value = parts.value
        let other = parts.names.first.flatMap { $0.isEmpty ? nil : $0 }
        let text: Text
        switch self {
        case .conversationOverdue:
            text = other.map { name in
                Text(en: "It is \(value) days since your last mentoring conversation with \(name): time to plan the next one.",
                     nl: "Het is \(value) dagen geleden dat je een mentorgesprek had met \(name): tijd om het volgende te plannen.")
            } ?? Text(en: "It is \(value) days since your last mentoring conversation: time to plan the next one.",
                      nl: "Het is \(value) dagen geleden dat jullie een mentorgesprek hadden: tijd om het volgende te plannen.")
        case .actionDue:
            let day = formats.parseDay(value).map(formats.longDate) ?? value
            text = other.map { name in
                Text(en: "An action from your mentoring with \(name) is due on \(day).",
                     nl: "Een actiepunt uit je mentoring met \(name) moet af op \(day).")
            } ?? Text(en: "An action from your mentoring conversation is due on \(day).",
                      nl: "Een actiepunt uit je mentorgesprek moet af op \(day).")
        case .requestWaiting:
            text = other.map { name in
                Text(en: "\(name) has been waiting \(value) days for your answer to their request to be mentored by you.",
                     nl: "\(name) wacht al \(value) dagen op je antwoord op het verzoek om jou als mentor.")
            } ?? Text(en: "A mentee has been waiting \(value) days for your answer to their request.",
                      nl: "Een mentee wacht al \(value) dagen op je antwoord op hun verzoek.")
        case .requestWaitingCoordinator:
            if parts.names.count >= 2, !parts.names[0].isEmpty || !parts.names[1].isEmpty {
                let (mentee, mentor) = (parts.names[0], parts.names[1])
                text = Text(en: "The request from \(mentee) to \(mentor) has had no answer for \(value) days.",
                            nl: "Het verzoek van \(mentee) aan \(mentor) heeft al \(value) dagen geen antwoord.")
            } else {
                text = Text(en: "A mentoring request has had no answer for \(value) days.",
                            nl: "Een mentorverzoek heeft al \(value) dagen geen antwoord.")
            }
        case .agreementDue:
            text = other.map { name in
                Text(en: "Your mentoring agreement with \(name) is due for another conversation.",
                     nl: "Je afspraken met \(name) zijn toe aan een nieuw gesprek.")
            } ?? Text(en: "Your mentoring agreement is due for another conversation.",
                      nl: "Jullie afspraken zijn toe aan een nieuw gesprek.")
        case .pulseOpen:
            text = other.map { name in
                Text(en: "Two short questions about your mentoring with \(name) are waiting for you.",
                     nl: "Er staan twee korte vragen over je mentoring met \(name) voor je klaar.")
            } ?? Text(en: "Two short questions about your mentoring are waiting for you.",
                      nl: "Er staan twee korte vragen over je mentoring voor je klaar.")
        case .requestWithdrawn:
            text = other.map { name in
                Text(en: "\(name) has withdrawn the request to be mentored by you.",
                     nl: "\(name) heeft het verzoek om jou als mentor ingetrokken.")
            } ?? Text(en: "A mentee has withdrawn their request to be mentored by you.",
                      nl: "Een mentee heeft het verzoek om jou als mentor ingetrokken.")
        case .passwordLinkSent: text = T.passwordLinkNotice(detail)
        }
        return text(language)
    }

    var subject: Text {
        switch self {
        case .conversationOverdue: Text(en: "Time for a mentoring conversation", nl: "Tijd voor een mentorgesprek")
        case .actionDue: Text(en: "An action is due", nl: "Een actiepunt moet af")
        case .requestWaiting: Text(en: "A mentoring request waits for you", nl: "Een mentorverzoek wacht op je")
        case .requestWaitingCoordinator: Text(en: "A mentoring request has no answer", nl: "Een mentorverzoek heeft geen antwoord")
        case .agreementDue: Text(en: "Talk about your agreement again", nl: "Bespreek jullie afspraken opnieuw")
        case .pulseOpen: Text(en: "Pulse survey", nl: "Pulsmeting")
        case .requestWithdrawn: Text(en: "A mentoring request was withdrawn", nl: "Een mentorverzoek is ingetrokken")
        case .passwordLinkSent: T.invitationSubject
        }
    }
}

/// Creates notifications once per person and key, with an e-mail in the outbox for people who
/// want e-mail. The notification and its e-mail are written in one transaction.
enum Notifier {
    struct Request: Sendable {
        var organisationID: UUID
        var personID: UUID
        var kind: NotificationKind
        var key: String
        var subjectID: UUID?
        var detail: String
        var link: String
    }

    /// Returns whether it was new. Without a sendmail command (`settings.sendmail` nil) no e-mail is queued.
    /// The e-mail names days in `timeZone`, the firm's (`app.settings.timeZone`).
    @discardableResult
    static func notify(_ request: Request, now: Date, settings: MailSettings, timeZone: TimeZone, on db: any Database) async throws -> Bool {
        if try await Notification.query(on: db).filter(\.$person.$id == request.personID).filter(\.$key == request.key).count() > 0 { return false }
        guard let person = try await Person.find(request.personID, on: db), person.active else { return false }
        let organisation = try await Organisation.find(request.organisationID, on: db)
        let language = person.language ?? organisation?.defaultLanguage ?? .nl
        do {
            try await db.transaction { db in
                let notification = Notification()
                notification.$organisation.id = request.organisationID
                notification.$person.id = request.personID
                notification.kind = request.kind.rawValue
                notification.key = request.key
                notification.subjectID = request.subjectID
                notification.detail = request.detail
                notification.link = request.link
                try await notification.create(on: db)
                guard person.notifyByEmail, settings.sendmail != nil else { return }
                let message = OutboxMessage()
                message.$organisation.id = request.organisationID
                message.$notification.id = notification.id
                message.recipient = person.email
                message.subject = request.kind.subject(language)
                message.body = Self.body(kind: request.kind, detail: request.detail, link: settings.baseURL + request.link,
                                         formats: Formats(language: language, timeZone: timeZone))
                message.status = "pending"
                message.attempts = 0
                message.nextAttemptAt = now
                try await message.create(on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Another server created it at the same moment: the unique key kept it single.
            return false
        }
        return true
    }

    static func body(kind: NotificationKind, detail: String, link: String, formats: Formats) -> String {
        let language = formats.language
        let greeting = Text(en: "Hello,", nl: "Hallo,")
        let footer = Text(en: "You get this e-mail from Mentor Mirror. Under Account you can choose to see reminders only in the product.",
                          nl: "Je krijgt deze e-mail van Mentor Mirror. Onder Account kun je kiezen om herinneringen alleen in het product te zien.")
        return "\(greeting(language))\n\n\(kind.text(detail: detail, formats: formats))\n\n\(link)\n\n-- \n\(footer(language))\n"
    }
}
