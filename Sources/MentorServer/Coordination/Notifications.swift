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

    func text(detail: String) -> Text {
        switch self {
        case .conversationOverdue:
            Text(en: "It is \(detail) days since your last mentoring conversation: time to plan the next one.",
                 nl: "Het is \(detail) dagen geleden dat jullie een mentorgesprek hadden: tijd om het volgende te plannen.")
        case .actionDue:
            Text(en: "An action from your mentoring conversation is due on \(detail).",
                 nl: "Een actiepunt uit je mentorgesprek moet af op \(detail).")
        case .requestWaiting:
            Text(en: "A mentee has been waiting \(detail) days for your answer to their request.",
                 nl: "Een mentee wacht al \(detail) dagen op je antwoord op hun verzoek.")
        case .requestWaitingCoordinator:
            Text(en: "A mentoring request has had no answer for \(detail) days.",
                 nl: "Een mentorverzoek heeft al \(detail) dagen geen antwoord.")
        case .agreementDue:
            Text(en: "Your mentoring agreement is due for another conversation.",
                 nl: "Jullie afspraken zijn toe aan een nieuw gesprek.")
        case .pulseOpen:
            Text(en: "Two short questions about your mentoring are waiting for you.",
                 nl: "Er staan twee korte vragen over je mentoring voor je klaar.")
        case .passwordLinkSent: T.passwordLinkNotice(detail)
        }
    }

    var subject: Text {
        switch self {
        case .conversationOverdue: Text(en: "Time for a mentoring conversation", nl: "Tijd voor een mentorgesprek")
        case .actionDue: Text(en: "An action is due", nl: "Een actiepunt moet af")
        case .requestWaiting: Text(en: "A mentoring request waits for you", nl: "Een mentorverzoek wacht op je")
        case .requestWaitingCoordinator: Text(en: "A mentoring request has no answer", nl: "Een mentorverzoek heeft geen antwoord")
        case .agreementDue: Text(en: "Talk about your agreement again", nl: "Bespreek jullie afspraken opnieuw")
        case .pulseOpen: Text(en: "Pulse survey", nl: "Pulse-enquête")
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
    @discardableResult
    static func notify(_ request: Request, now: Date, settings: MailSettings, on db: any Database) async throws -> Bool {
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
                message.body = Self.body(kind: request.kind, detail: request.detail, link: settings.baseURL + request.link, language: language)
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

    static func body(kind: NotificationKind, detail: String, link: String, language: Language) -> String {
        let greeting = Text(en: "Hello,", nl: "Hallo,")
        let footer = Text(en: "You get this e-mail from Mentor Mirror. Under Account you can choose to see reminders only in the product.",
                          nl: "Je krijgt deze e-mail van Mentor Mirror. Onder Account kun je kiezen om herinneringen alleen in het product te zien.")
        return "\(greeting(language))\n\n\(kind.text(detail: detail)(language))\n\n\(link)\n\n-- \n\(footer(language))\n"
    }
}
