import Vapor
import Fluent
import SQLKit
import MentorCore

/// The kinds of notification: reminders from the scheduler and events told at once. Their
/// words are in `Catalog+Notifications.swift`. `detail` carries a date, a number of days and
/// the names of the pair (for the day-before reminder the titles of the agenda), never notes.
enum NotificationKind: String, CaseIterable, Sendable {
    // Reminders (the scheduler)
    case conversationOverdue = "conversation_overdue"
    case actionDue = "action_due"
    case requestWaiting = "request_waiting"
    case requestWaitingCoordinator = "request_waiting_coordinator"
    case agreementDue = "agreement_due"
    case pulseOpen = "pulse_open"
    /// The day before a planned conversation, to both sides, with its agenda's titles.
    case conversationTomorrow = "conversation_tomorrow"
    case passwordLinkSent = "password_link_sent"
    /// To the mentor: the mentee took her request back before it was accepted.
    case requestWithdrawn = "request_withdrawn"
    // Events, told at once
    case requestReceived = "request_received"
    case requestAccepted = "request_accepted"
    case requestDeclined = "request_declined"
    case proposalPublished = "proposal_published"
    case conversationPlanned = "conversation_planned"
    case conversationMoved = "conversation_moved"
    case conversationCancelled = "conversation_cancelled"
    case agreementChanged = "agreement_changed"
    case pairPaused = "pair_paused"
    case pairResumed = "pair_resumed"
    case pairEnded = "pair_ended"
    /// A request that had no answer for the programme's number of days closed by itself.
    case requestTimedOut = "request_timed_out"
    /// To the coordinators: the identity provider deactivated someone of an open pair (SCIM, `SCIMWrite`).
    case pairMemberDeactivated = "pair_member_deactivated"
    /// To both sides: a coordinator formed the pair directly (detail: the other side, the programme).
    case pairFormed = "pair_formed"
    /// To both sides: a coordinator withdrew a proposal before it started (detail: the other side, the programme).
    case proposalWithdrawn = "proposal_withdrawn"
    /// Once per round to each person whose open proposal an undone matching round took back
    /// (detail: the programme, then the other side of each proposal; `Notifier.tellRoundUndone`).
    case roundUndone = "round_undone"

    /// Reminders come by e-mail for people who chose "only reminders" too.
    var isReminder: Bool {
        switch self {
        case .conversationOverdue, .actionDue, .requestWaiting, .requestWaitingCoordinator, .agreementDue, .pulseOpen, .conversationTomorrow: true
        default: false
        }
    }

    /// A planned, moved or cancelled conversation reaches the other side's mailbox as a calendar
    /// invitation (`CalendarInvitations`); a second e-mail would say the same again.
    var isMailedAsInvitation: Bool { [.conversationPlanned, .conversationMoved, .conversationCancelled].contains(self) }

    /// Who an event in a pair is meant for (the actor is always left out).
    var audience: EventRules.Audience {
        switch self {
        case .requestReceived, .requestWaiting, .requestWithdrawn: .mentor
        case .requestTimedOut: .bothSidesAndCoordinators
        default: .bothSides
        }
    }

    var subject: Text { T.noticeSubject(self) }

    /// The notification in the reader's language. A reminder's detail holds its value and the
    /// names of the pair (`ReminderRules.Detail`); an event's value is the moment it is about.
    /// Days are written as the reader writes them ("19 augustus 2026"), in the time zone of `formats`.
    func text(detail: String, formats: Formats) -> String {
        let language = formats.language
        if self == .passwordLinkSent { return T.passwordLinkNotice(detail)(language) }
        let parts = ReminderRules.Detail(decoding: detail)
        let value = parts.value
        let names = parts.names.map { $0.isEmpty ? nil : $0 }
        let other = names.first ?? nil
        let name = other ?? T.theOtherSide(language)
        let moment = try? Date(value, strategy: .iso8601)
        let day = moment.map(formats.longDate) ?? formats.parseDay(value).map(formats.longDate) ?? value
        let when = moment.map { T.dayAtTime(formats.longDate($0), formats.time($0))(language) } ?? day
        let text: Text
        switch self {
        case .conversationOverdue: text = T.noticeConversationOverdue(days: value, with: other)
        case .actionDue: text = T.noticeActionDue(day: day, with: other)
        case .requestWaiting: text = T.noticeRequestWaiting(days: value, from: other)
        case .requestWaitingCoordinator:
            text = T.noticeRequestWaitingCoordinator(days: value, mentee: other, mentor: names.count > 1 ? names[1] : nil)
        case .agreementDue: text = T.noticeAgreementDue(with: other)
        case .pulseOpen: text = T.noticePulseOpen(with: other)
        case .requestWithdrawn: text = T.noticeRequestWithdrawn(by: other)
        case .conversationTomorrow:
            text = T.noticeConversationTomorrow(when: when, with: name, agenda: parts.names.dropFirst().filter { !$0.isEmpty })
        case .requestReceived: text = T.noticeRequestReceived(from: name, on: day)
        case .requestAccepted: text = T.noticeRequestAccepted(by: name, on: day)
        case .requestDeclined: text = T.noticeRequestDeclined(by: name, on: day)
        case .proposalPublished: text = T.noticeProposalPublished(with: name, on: day)
        case .conversationPlanned: text = T.noticeConversationPlanned(by: name, when: when)
        case .conversationMoved: text = T.noticeConversationMoved(by: name, when: when)
        case .conversationCancelled: text = T.noticeConversationCancelled(by: name, when: when)
        case .agreementChanged: text = T.noticeAgreementChanged(with: name, on: day)
        case .pairPaused: text = T.noticePairPaused(with: name, on: day)
        case .pairResumed: text = T.noticePairResumed(with: name, on: day)
        case .pairEnded: text = T.noticePairEnded(with: name, on: day)
        case .requestTimedOut:
            let reader = parts.names.count > 2 ? PairSide(rawValue: parts.names[2]) : nil
            text = T.noticeRequestTimedOut(days: value, mentee: parts.names.first ?? "", mentor: parts.names.count > 1 ? parts.names[1] : "",
                                           reader: reader)
        case .passwordLinkSent: text = T.passwordLinkNotice(detail)
        case .pairFormed: text = T.noticePairFormed(with: name, programme: parts.names.count > 1 ? parts.names[1] : "", on: day)
        case .proposalWithdrawn: text = T.noticeProposalWithdrawn(with: name, programme: parts.names.count > 1 ? parts.names[1] : "", on: day)
        case .roundUndone: text = T.noticeRoundUndone(programme: parts.names.first ?? "", with: Array(parts.names.dropFirst()), on: day)
        case .pairMemberDeactivated:
            text = T.noticePairMemberDeactivated(person: parts.names.first ?? "", other: parts.names.count > 1 ? parts.names[1] : "", on: day)
        }
        return text(language)
    }
}

/// How a person wants e-mail (the account page): stored as `notifyByEmail` and
/// `emailRemindersOnly` on the person.
enum EmailChoice: String, CaseIterable, Sendable {
    case everyEvent = "email"
    case remindersOnly = "reminders"
    case never = "app"

    init(_ person: Person) {
        self = !person.notifyByEmail ? .never : person.emailRemindersOnly ? .remindersOnly : .everyEvent
    }

    func apply(to person: Person) {
        person.notifyByEmail = self != .never
        person.emailRemindersOnly = self == .remindersOnly
    }

    /// Whether a notification of `kind` also goes out by e-mail.
    func mails(_ kind: NotificationKind) -> Bool {
        switch self {
        case .everyEvent: !kind.isMailedAsInvitation
        case .remindersOnly: kind.isReminder
        case .never: false
        }
    }
}

/// Creates notifications once per person and key, with an e-mail in the outbox for people who
/// want it. The notification is written with `INSERT … ON CONFLICT DO NOTHING` against the
/// unique index on (person, key), on SQLite and PostgreSQL alike: a second delivery of the same
/// event, from a retried job or another server at the same moment, inserts nothing and queues
/// no e-mail, and it never aborts the caller's transaction. The e-mail is queued in the same
/// transaction as its notification.
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
    /// The e-mail names moments in the recipient's own zone and days in `timeZone`, the firm's
    /// (`app.settings.timeZone`), where they are stored and counted. Inside a write
    /// transaction it writes in that transaction; otherwise in one of its own.
    @discardableResult
    static func notify(_ request: Request, now: Date, settings: MailSettings, timeZone: TimeZone, on db: any Database) async throws -> Bool {
        guard let person = try await Person.find(request.personID, on: db), person.active else { return false }
        let organisation = try await Organisation.find(request.organisationID, on: db)
        let language = person.language ?? organisation?.defaultLanguage ?? .nl
        return try await db.writeTransaction(gate: nil) { db in
            guard let sql = db as? any SQLDatabase else { return false }
            let id = UUID()
            let inserted = try await sql.insert(into: Notification.schema)
                .columns("id", "organisation_id", "person_id", "kind", "key", "subject_id", "detail", "link", "created_at")
                .values(SQLBind(id), SQLBind(request.organisationID), SQLBind(request.personID), SQLBind(request.kind.rawValue),
                        SQLBind(request.key), request.subjectID.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                        SQLBind(request.detail), SQLBind(request.link), SQLBind(now))
                .ignoringConflicts()
                .returning("id")
                .all()
            guard !inserted.isEmpty else { return false }
            guard EmailChoice(person).mails(request.kind), settings.sendmail != nil else { return true }
            let message = OutboxMessage()
            message.$organisation.id = request.organisationID
            message.$notification.id = id
            message.recipient = person.email
            message.subject = request.kind.subject(language)
            message.body = Self.body(kind: request.kind, detail: request.detail, link: settings.baseURL + request.link,
                                     formats: Formats(language: language, timeZone: PersonalTimeZone.resolve(person.timeZone, firm: timeZone),
                                                      dayZone: timeZone))
            message.status = "pending"
            message.attempts = 0
            message.nextAttemptAt = now
            try await message.create(on: db)
            return true
        }
    }

    static func body(kind: NotificationKind, detail: String, link: String, formats: Formats) -> String {
        let language = formats.language
        return "\(T.noticeGreeting(language))\n\n\(kind.text(detail: detail, formats: formats))\n\n\(link)\n\n-- \n\(T.noticeFooter(language))\n"
    }
}

// MARK: Events told at once

extension Notifier {
    /// Tells the people `kind` is meant for about `pair`, at once and each once, never the one
    /// signed in who caused it. Call it inside the write transaction `db` (or right after it).
    /// `occurrence` tells apart events of one kind about one pair (empty: once per pair).
    static func tell(_ kind: NotificationKind, about pair: Mentorship, occurrence: String = "", extra: [String] = [],
                     request: Vapor.Request, on db: any Database) async throws {
        let pairID = try pair.requireID()
        let link: SiteURL = kind == .agreementChanged ? .agreement(pairID) : .pair(pairID)
        try await tell(kind, pair: pair, subjectID: pairID, occurrence: occurrence, moment: request.now, link: link,
                       actor: try? request.personID(), extra: extra, now: request.now, settings: request.application.settings.mail,
                       timeZone: request.application.settings.timeZone, on: db)
    }

    /// A pair moved from `previous` to `status` (paused, resumed or ended): the other side(s) are told.
    static func tell(pairMovedFrom previous: MentorshipStatus, to status: MentorshipStatus, about pair: Mentorship,
                     request: Vapor.Request, on db: any Database) async throws {
        let kind: NotificationKind
        switch (previous, status) {
        case (.active, .paused): kind = .pairPaused
        case (.paused, .active): kind = .pairResumed
        case (_, .ended) where previous != .ended: kind = .pairEnded
        default: return
        }
        try await tell(kind, about: pair, occurrence: "\(Int(request.now.timeIntervalSince1970))", request: request, on: db)
    }

    /// A conversation planned, moved or cancelled (`CalendarChange`; nil tells nobody): the other side is told.
    static func tell(_ change: CalendarChange?, _ conversation: Conversation, request: Vapor.Request, on db: any Database) async throws {
        guard let change, let pair = try await Mentorship.find(conversation.$mentorship.id, on: db) else { return }
        let kind: NotificationKind = switch change {
        case .planned: .conversationPlanned
        case .moved: .conversationMoved
        case .cancelled: .conversationCancelled
        }
        let conversationID = try conversation.requireID()
        try await tell(kind, pair: pair, subjectID: conversationID, occurrence: "\(conversation.calendarSequence)",
                       moment: conversation.scheduledAt, link: .conversation(conversationID), actor: try? request.personID(),
                       now: request.now, settings: request.application.settings.mail, timeZone: request.application.settings.timeZone, on: db)
    }

    /// The proposals a matching round just published in `programmeID`: both sides of each are
    /// told (the key keeps it once per pair).
    static func tellProposals(of programmeID: UUID, request: Vapor.Request, on db: any Database) async throws {
        for pair in try await Mentorship.query(on: db).filter(\.$programme.$id == programmeID).filter(\.$status == .proposed)
            .filter(\.$requestedBy == nil).all() {
            try await tell(.proposalPublished, about: pair, request: request, on: db)
        }
    }

    /// The general form: returns how many people were told now (0 for a repeat).
    @discardableResult
    static func tell(_ kind: NotificationKind, pair: Mentorship, subjectID: UUID, occurrence: String, moment: Date, link: SiteURL,
                     actor: UUID?, extra: [String] = [], value: String? = nil, now: Date, settings: MailSettings, timeZone: TimeZone,
                     on db: any Database) async throws -> Int {
        let mentorID = pair.$mentor.id, menteeID = pair.$mentee.id, organisationID = pair.$organisation.id
        let audience = kind.audience
        let coordinators = try await audience == .bothSidesAndCoordinators ? coordinatorIDs(of: organisationID, on: db) : []
        let recipients = EventRules.recipients(audience, mentor: mentorID, mentee: menteeID, coordinators: coordinators, actor: actor)
        guard !recipients.isEmpty else { return 0 }
        let names = Dictionary(try await Person.query(on: db).filter(\.$id ~~ [mentorID, menteeID]).field(\.$id).field(\.$name).all()
            .compactMap { person in person.id.map { ($0, person.name) } }, uniquingKeysWith: { first, _ in first })
        let mentor = names[mentorID] ?? "", mentee = names[menteeID] ?? ""
        let shown = value ?? moment.formatted(.iso8601)
        var told = 0
        for personID in recipients {
            let detailNames: [String]
            if kind == .requestTimedOut {
                let side = personID == mentorID ? PairSide.mentor.rawValue : personID == menteeID ? PairSide.mentee.rawValue : "coordinator"
                detailNames = [mentee, mentor, side]
            } else {
                detailNames = [personID == mentorID ? mentee : mentor] + extra
            }
            let detail = ReminderRules.Detail(value: shown, names: detailNames)
            let request = Request(organisationID: organisationID, personID: personID, kind: kind,
                                  key: EventRules.key(kind: kind.rawValue, subject: subjectID, occurrence: occurrence),
                                  subjectID: subjectID, detail: detail.encoded, link: link.path)
            if try await notify(request, now: now, settings: settings, timeZone: timeZone, on: db) { told += 1 }
        }
        return told
    }

    /// The active coordinators of an organisation.
    static func coordinatorIDs(of organisationID: UUID, on db: any Database) async throws -> [UUID] {
        try await PersonRole.query(on: db).filter(\.$role == .coordinator)
            .join(Person.self, on: \PersonRole.$person.$id == \Person.$id)
            .filter(Person.self, \.$organisation.$id == organisationID).filter(Person.self, \.$active == true).all()
            .map { $0.$person.id }
    }
}
