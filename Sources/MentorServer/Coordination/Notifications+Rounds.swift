import Vapor
import Fluent
import MentorCore

extension Notifier {
    /// A matching round undone in `programme`: everyone whose open proposal in it was taken back
    /// (`pairs`) is told once per round (`EventRules.roundRecipients`), naming the programme and the
    /// other side of each proposal; never the coordinator who undid it. Inside the write transaction.
    static func tellRoundUndone(_ roundID: UUID, programme: Programme, pairs: [Mentorship], request: Vapor.Request,
                                on db: any Database) async throws {
        let recipients = EventRules.roundRecipients(pairs.map { ($0.$mentor.id, $0.$mentee.id) }, actor: try? request.personID())
        guard !recipients.isEmpty else { return }
        let ids = Array(Set(recipients.flatMap(\.others)))
        let names = Dictionary(try await Person.query(on: db).filter(\.$id ~~ ids).field(\.$id).field(\.$name).all()
            .compactMap { person in person.id.map { ($0, person.name) } }, uniquingKeysWith: { first, _ in first })
        let key = EventRules.key(kind: NotificationKind.roundUndone.rawValue, subject: roundID)
        for recipient in recipients {
            let detail = ReminderRules.Detail(value: request.now.formatted(.iso8601),
                                              names: [programme.name] + recipient.others.map { names[$0] ?? "" })
            try await notify(.init(organisationID: programme.$organisation.id, personID: recipient.person, kind: .roundUndone, key: key,
                                   subjectID: roundID, detail: detail.encoded, link: SiteURL.pairs.path),
                             now: request.now, settings: request.application.settings.mail, timeZone: request.application.settings.timeZone, on: db)
        }
    }
}

extension Request {
    /// A pair paused or ended (`CalendarChange.cancelsPlanned`): each planned conversation still
    /// ahead is cancelled, its `SEQUENCE` raised, and both sides get the CANCEL invitation as their
    /// e-mail choice allows, inside the write transaction `db` of the move. Held, cancelled and past
    /// planned conversations stay as they are. The other side hears of the move itself
    /// (`pair_paused`, `pair_ended`), not of each conversation: a coordinator may have made it.
    /// Returns how many were cancelled.
    @discardableResult
    func cancelPlannedConversations(of pairID: UUID, movedFrom previous: MentorshipStatus, to status: MentorshipStatus,
                                    on db: any Database) async throws -> Int {
        guard CalendarChange.cancelsPlanned(pairMovedFrom: previous, to: status) else { return 0 }
        let planned = try await Conversation.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$status == .planned).all()
            .filter { CalendarChange.isCancelledWithPair(start: $0.scheduledAt, now: now) }
        for conversation in planned {
            CalendarInvitations.prepare(.cancelled, conversation)
            conversation.status = .cancelled
            try await conversation.save(on: db)
            try await CalendarInvitations.queue(.cancelled, conversation, settings: application.settings.mail,
                                                timeZone: application.settings.timeZone, now: now, on: db)
        }
        return planned.count
    }
}
