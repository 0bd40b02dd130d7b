import Vapor
import Fluent
import MentorCore
import Foundation

/// The reminder job: reads a snapshot of every active and proposed pair, asks
/// `ReminderRules` what is due at `now`, and notifies the people concerned, once per person
/// and key (the key names the occasion, e.g. the date of the last conversation).
enum Reminders {
    /// Returns how many new notifications it created. Days are counted in `timeZone`, the firm's
    /// (`app.settings.timeZone`), where due dates are midnight: a due day, "the day before a
    /// conversation" and "days without a conversation" belong to records both sides share, so one
    /// clock decides them for both, and each reminder is made once per person and occasion. What a
    /// reminder says is then written for its reader: the moment on their own clock, in their
    /// language (`Notifier.notify`, `PersonalTimeZone`).
    static func run(now: Date, settings: MailSettings, timeZone: TimeZone, on db: any Database) async throws -> Int {
        var created = 0
        let away = try await awayMentors(now: now, on: db)
        for pair in try await snapshots(on: db) where !away.contains(pair.mentorID) {
            for notice in ReminderRules.notices(for: pair, now: now, timeZone: timeZone) {
                if try await Notifier.notify(request(for: notice), now: now, settings: settings, timeZone: timeZone, on: db) { created += 1 }
            }
        }
        created += try await conversationsTomorrow(now: now, settings: settings, timeZone: timeZone, on: db)
        return created
    }

    /// The day before a planned conversation of an active pair: both sides get a reminder with
    /// the titles on its agenda, once per conversation and day (moved to another day, again).
    static func conversationsTomorrow(now: Date, settings: MailSettings, timeZone: TimeZone, on db: any Database) async throws -> Int {
        let conversations = try await Conversation.query(on: db).filter(\.$status == .planned)
            .filter(\.$scheduledAt > now).filter(\.$scheduledAt < now.addingTimeInterval(2 * 86_400 + 3_600))
            .join(Mentorship.self, on: \Conversation.$mentorship.$id == \Mentorship.$id).filter(Mentorship.self, \.$status == .active)
            .all().filter { EventRules.isTomorrow($0.scheduledAt, now: now, timeZone: timeZone) }
        guard !conversations.isEmpty else { return 0 }
        let ids = conversations.compactMap(\.id)
        let agenda = Dictionary(grouping: try await AgendaItem.query(on: db).filter(\.$conversation.$id ~~ ids).sort(\.$position).all(),
                                by: { $0.$conversation.id })
        var created = 0
        for conversation in conversations {
            let id = try conversation.requireID()
            let pair = try conversation.joined(Mentorship.self)
            created += try await Notifier.tell(.conversationTomorrow, pair: pair, subjectID: id,
                                               occurrence: EventRules.dayKey(conversation.scheduledAt, timeZone: timeZone),
                                               moment: conversation.scheduledAt, link: .conversation(id), actor: nil,
                                               extra: (agenda[id] ?? []).map(\.text), now: now, settings: settings, timeZone: timeZone, on: db)
        }
        return created
    }

    static func request(for notice: ReminderRules.Notice) -> Notifier.Request {
        Notifier.Request(organisationID: notice.organisationID, personID: notice.personID, kind: NotificationKind(notice.kind),
                         key: notice.key, subjectID: notice.subjectID, detail: notice.detail, link: url(notice.link).path)
    }

    static func url(_ link: ReminderRules.Link) -> SiteURL {
        switch link {
        case .pair(let id): .pair(id)
        case .agreement(let id): .agreement(id)
        case .pulse(let id): .pulse(id)
        case .conversation(let id): .conversation(id)
        case .programmeHealth(let id): .programmeHealth(id)
        }
    }

    /// Every active and proposed pair with what the rules need (the names of both members
    /// included, so each reminder says which pair it is about), each table read once.
    static func snapshots(on db: any Database) async throws -> [ReminderRules.PairSnapshot] {
        let pairs = try await Mentorship.query(on: db).filter(\.$status ~~ [.active, .proposed]).with(\.$programme).all()
        let activeIDs = pairs.filter { $0.status == .active }.compactMap(\.id)
        let conversations = activeIDs.isEmpty ? [:] : Dictionary(grouping: try await LeanRows(db: db, pairIDs: activeIDs).conversations(), by: \.pair)
        let agreements = Dictionary(try await Agreement.query(on: db).filter(\.$mentorship.$id ~~ activeIDs).all().map { ($0.$mentorship.id, $0) },
                                    uniquingKeysWith: { first, _ in first })
        let goals = Dictionary(grouping: try await LearningGoal.query(on: db).filter(\.$mentorship.$id ~~ activeIDs)
            .field(\.$id).field(\.$mentorship.$id).field(\.$createdAt).all(), by: { $0.$mentorship.id })
        let pulses = Dictionary(grouping: try await PulseResponse.query(on: db).filter(\.$mentorship.$id ~~ activeIDs).all(), by: { $0.$mentorship.id })
        let actions = Dictionary(grouping: try await ActionItem.query(on: db).filter(\.$mentorship.$id ~~ activeIDs).filter(\.$doneOn == nil)
            .filter(\.$dueOn != nil).all(), by: { $0.$mentorship.id })
        let waitingOrganisations = Set(pairs.filter { $0.status == .proposed }.map { $0.$organisation.id })
        let memberIDs = Set(pairs.flatMap { [$0.$mentor.id, $0.$mentee.id] })
        let names = memberIDs.isEmpty ? [:] : Dictionary(
            try await Person.query(on: db).filter(\.$id ~~ memberIDs).field(\.$id).field(\.$name).all().compactMap { person in
                person.id.map { ($0, person.name) }
            }, uniquingKeysWith: { first, _ in first })
        var coordinators: [UUID: [UUID]] = [:]
        if !waitingOrganisations.isEmpty {
            for role in try await PersonRole.query(on: db).filter(\.$role == .coordinator)
                .join(Person.self, on: \PersonRole.$person.$id == \Person.$id)
                .filter(Person.self, \.$organisation.$id ~~ waitingOrganisations).filter(Person.self, \.$active == true).all() {
                coordinators[try role.joined(Person.self).$organisation.id, default: []].append(role.$person.id)
            }
        }
        return pairs.compactMap { pair in
            guard let id = pair.id else { return nil }
            let agreement = agreements[id]
            return ReminderRules.PairSnapshot(
                id: id, organisationID: pair.$organisation.id, programmeID: pair.$programme.id,
                mentorID: pair.$mentor.id, menteeID: pair.$mentee.id, status: pair.status,
                createdAt: pair.createdAt, startedOn: pair.startedOn,
                cadenceDays: pair.programme.cadenceDays, pulseIntervalDays: pair.programme.pulseIntervalDays,
                conversations: (conversations[id] ?? []).map { .init(status: $0.status, date: $0.date) },
                agreement: agreement.map { AgreementRecord(discussedOn: $0.discussedOn, mentorConfirmedAt: $0.mentorConfirmedAt,
                                                           menteeConfirmedAt: $0.menteeConfirmedAt) },
                agreementRevision: agreement?.revision ?? 0,
                goalsWritten: (goals[id] ?? []).compactMap(\.createdAt),
                pulseAnswers: (pulses[id] ?? []).map { .init(personID: $0.$person.id, round: $0.round) },
                openActions: (actions[id] ?? []).compactMap { action in
                    action.id.map { .init(id: $0, conversationID: action.$conversation.id, owner: action.ownerSide, dueOn: action.dueOn) }
                },
                coordinators: coordinators[pair.$organisation.id] ?? [],
                mentorName: names[pair.$mentor.id] ?? "", menteeName: names[pair.$mentee.id] ?? "")
        }
    }
}

extension NotificationKind {
    init(_ kind: ReminderRules.Kind) {
        switch kind {
        case .conversationOverdue: self = .conversationOverdue
        case .actionDue: self = .actionDue
        case .requestWaiting: self = .requestWaiting
        case .requestWaitingCoordinator: self = .requestWaitingCoordinator
        case .agreementDue: self = .agreementDue
        case .pulseOpen: self = .pulseOpen
        }
    }
}

/// The request time-out: a mentee's request that had no answer for its programme's number of
/// days (`Programme.requestTimeoutDays`; empty: never) ends by itself, and the mentee, the
/// mentor and the organisation's coordinators are told. Each pair is closed and told once: the
/// pair is read again under its lock, and the notifications have keys of their own.
enum RequestTimeouts {
    /// The reason kept on a pair that closed this way (shown in the reader's language).
    static let reason = "no answer in time"

    /// Returns how many requests it closed.
    static func run(now: Date, settings: MailSettings, timeZone: TimeZone, on db: any Database) async throws -> Int {
        let waiting = try await Mentorship.query(on: db).filter(\.$status == .proposed).filter(\.$requestedBy == .mentee)
            .with(\.$programme).all()
        var closed = 0
        for candidate in waiting where EventRules.requestTimedOut(requestedAt: candidate.createdAt, days: candidate.programme.requestTimeoutDays, now: now) {
            let pairID = try candidate.requireID()
            let days = candidate.programme.requestTimeoutDays ?? 0
            let done: Bool = try await db.writeTransaction(gate: nil) { db in
                try await db.lockForUpdate(Mentorship.self, id: pairID)
                guard let pair = try await Mentorship.find(pairID, on: db), pair.status == .proposed else { return false }
                pair.status = .ended
                pair.endedOn = now
                pair.endReason = Self.reason
                try await pair.save(on: db)
                try await AuditEvent(organisationID: pair.$organisation.id, actorID: nil, action: "timeout", entity: "mentorship",
                                     entityID: pairID, summary: "request closed without an answer in time").create(on: db)
                try await Notifier.tell(.requestTimedOut, pair: pair, subjectID: pairID, occurrence: "", moment: now, link: .pair(pairID),
                                        actor: nil, value: "\(days)", now: now, settings: settings, timeZone: timeZone, on: db)
                return true
            }
            if done { closed += 1 }
        }
        return closed
    }
}
