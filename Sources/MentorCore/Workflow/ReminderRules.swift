import Foundation

/// The decisions of the reminder job: from a snapshot of one pair and the time, the
/// notifications it should get. Each has a key that names its occasion, so the job sends it
/// once per person and key however often it runs.
public enum ReminderRules {
    /// Days without an answer before a request is brought up again.
    public static let requestDays = 5.0
    static let day = 86_400.0

    public enum Kind: String, Sendable, CaseIterable {
        case conversationOverdue
        case actionDue
        case requestWaiting
        case requestWaitingCoordinator
        case agreementDue
        case pulseOpen
    }

    /// Where a notification leads.
    public enum Link: Sendable, Equatable {
        case pair(UUID)
        case agreement(UUID)
        case pulse(UUID)
        case conversation(UUID)
        case programmeHealth(UUID)
    }

    /// One notification to send.
    public struct Notice: Sendable, Equatable {
        public var organisationID: UUID
        public var personID: UUID
        public var kind: Kind
        public var key: String
        public var subjectID: UUID
        /// A number of days or a day (`yyyy-MM-dd` in the firm's time zone), with the names of the
        /// pair the reader should recognise it by (see `Detail`); never content of a conversation.
        public var detail: String
        public var link: Link

        public init(organisationID: UUID, personID: UUID, kind: Kind, key: String, subjectID: UUID, detail: String, link: Link) {
            self.organisationID = organisationID
            self.personID = personID
            self.kind = kind
            self.key = key
            self.subjectID = subjectID
            self.detail = detail
            self.link = link
        }
    }

    /// What a notice's `detail` holds: its value (days, a round or a day) and the names that say
    /// which pair it is about: for a member the other person, for a coordinator mentee and mentor.
    /// Stored as one text, the parts separated by U+001F (no name holds it), so the text can be
    /// written later in each reader's language.
    public struct Detail: Sendable, Equatable {
        static let separator: Character = "\u{1F}"
        public var value: String
        public var names: [String]

        public init(value: String, names: [String] = []) {
            self.value = value
            self.names = names
        }

        /// Reads a stored detail; one written before names were stored has none.
        public init(decoding text: String) {
            let parts = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
            self.init(value: parts.first ?? "", names: Array(parts.dropFirst()))
        }

        /// The value alone while there are no names, so older details read the same.
        public var encoded: String {
            let names = names.map { $0.filter { $0 != Self.separator } }
            return names.allSatisfy(\.isEmpty) ? value : ([value] + names).joined(separator: String(Self.separator))
        }
    }

    public struct Conversation: Sendable, Equatable {
        public var status: ConversationStatus
        public var date: Date
        public init(status: ConversationStatus, date: Date) {
            self.status = status
            self.date = date
        }
    }

    public struct OpenAction: Sendable, Equatable {
        public var id: UUID
        public var conversationID: UUID
        public var owner: PairSide
        public var dueOn: Date?
        public init(id: UUID, conversationID: UUID, owner: PairSide, dueOn: Date?) {
            self.id = id
            self.conversationID = conversationID
            self.owner = owner
            self.dueOn = dueOn
        }
    }

    public struct PulseAnswer: Sendable, Equatable {
        public var personID: UUID
        public var round: Int
        public init(personID: UUID, round: Int) {
            self.personID = personID
            self.round = round
        }
    }

    /// What the rules need to know of one pair.
    public struct PairSnapshot: Sendable, Equatable {
        public var id: UUID
        public var organisationID: UUID
        public var programmeID: UUID
        public var mentorID: UUID
        public var menteeID: UUID
        public var status: MentorshipStatus
        public var createdAt: Date?
        public var startedOn: Date?
        public var cadenceDays: Int
        public var pulseIntervalDays: Int
        public var conversations: [Conversation]
        public var agreement: AgreementRecord?
        public var agreementRevision: Int
        /// When each of the pair's learning goals was written.
        public var goalsWritten: [Date]
        public var pulseAnswers: [PulseAnswer]
        /// Actions not done yet.
        public var openActions: [OpenAction]
        /// The active coordinators of the pair's organisation.
        public var coordinators: [UUID]
        public var mentorName: String
        public var menteeName: String

        public init(id: UUID, organisationID: UUID, programmeID: UUID, mentorID: UUID, menteeID: UUID, status: MentorshipStatus,
                    createdAt: Date?, startedOn: Date?, cadenceDays: Int, pulseIntervalDays: Int,
                    conversations: [Conversation] = [], agreement: AgreementRecord? = nil, agreementRevision: Int = 0,
                    goalsWritten: [Date] = [], pulseAnswers: [PulseAnswer] = [], openActions: [OpenAction] = [], coordinators: [UUID] = [],
                    mentorName: String = "", menteeName: String = "") {
            self.id = id
            self.organisationID = organisationID
            self.programmeID = programmeID
            self.mentorID = mentorID
            self.menteeID = menteeID
            self.status = status
            self.createdAt = createdAt
            self.startedOn = startedOn
            self.cadenceDays = cadenceDays
            self.pulseIntervalDays = pulseIntervalDays
            self.conversations = conversations
            self.agreement = agreement
            self.agreementRevision = agreementRevision
            self.goalsWritten = goalsWritten
            self.pulseAnswers = pulseAnswers
            self.openActions = openActions
            self.coordinators = coordinators
            self.mentorName = mentorName
            self.menteeName = menteeName
        }

        var members: [UUID] { [mentorID, menteeID] }

        /// The detail for `person`: a member reads the other person's name, anyone else both.
        func detail(_ value: String, for person: UUID) -> String {
            let names = person == mentorID ? [menteeName] : person == menteeID ? [mentorName] : [menteeName, mentorName]
            return Detail(value: value, names: names).encoded
        }
    }

    /// Every notification the pair should have at `now`, in the order they are sent: for an
    /// active pair the overdue conversation, the agreement and the pulse survey, then its
    /// actions due; for a proposed pair, the request waiting. Days are named in `timeZone`, the firm's.
    public static func notices(for pair: PairSnapshot, now: Date, timeZone: TimeZone) -> [Notice] {
        switch pair.status {
        case .active: overdue(pair, now: now) + agreement(pair, now: now) + pulse(pair, now: now) + actionsDue(pair, now: now, timeZone: timeZone)
        case .proposed: requestWaiting(pair, now: now)
        case .paused, .ended: []
        }
    }

    /// Nothing held for longer than the programme's cadence and nothing planned ahead: both
    /// members, once per last conversation (or start).
    public static func overdue(_ pair: PairSnapshot, now: Date) -> [Notice] {
        let held = lastHeld(pair, now: now)
        let since = held ?? pair.startedOn ?? pair.createdAt ?? now
        let planned = pair.conversations.contains { $0.status == .planned && $0.date > now }
        let quietDays = now.timeIntervalSince(since) / day
        guard !planned, quietDays > Double(pair.cadenceDays) else { return [] }
        return pair.members.map { person in
            Notice(organisationID: pair.organisationID, personID: person, kind: .conversationOverdue,
                   key: "overdue:\(pair.id):\(Int(since.timeIntervalSince1970))", subjectID: pair.id,
                   detail: pair.detail("\(Int(quietDays))", for: person), link: .pair(pair.id))
        }
    }

    /// After the first held conversation the agreement should be confirmed; a confirmed one
    /// comes up again when a goal was written after it was discussed. Once per revision and
    /// discussion date.
    public static func agreement(_ pair: PairSnapshot, now: Date) -> [Notice] {
        let held = lastHeld(pair, now: now) != nil
        guard AgreementReview.needsConversation(pair.agreement, heldConversation: held, changes: pair.goalsWritten) else { return [] }
        let discussed = Int(pair.agreement?.discussedOn?.timeIntervalSince1970 ?? 0)
        return pair.members.map { person in
            Notice(organisationID: pair.organisationID, personID: person, kind: .agreementDue,
                   key: "agreement:\(pair.id):\(pair.agreementRevision):\(discussed)", subjectID: pair.id,
                   detail: pair.detail("", for: person), link: .agreement(pair.id))
        }
    }

    /// The pulse survey of the current round, for each member who has not answered it.
    public static func pulse(_ pair: PairSnapshot, now: Date) -> [Notice] {
        let start = pair.startedOn ?? pair.createdAt ?? now
        let round = PulseSchedule.round(startedOn: start, now: now, intervalDays: pair.pulseIntervalDays)
        guard round >= 1 else { return [] }
        return pair.members.filter { person in !pair.pulseAnswers.contains { $0.personID == person && $0.round == round } }.map { person in
            Notice(organisationID: pair.organisationID, personID: person, kind: .pulseOpen, key: "pulse:\(pair.id):\(round)",
                   subjectID: pair.id, detail: pair.detail("\(round)", for: person), link: .pulse(pair.id))
        }
    }

    /// Open actions due within a day (or overdue), for their owner, once per due date. A due date
    /// is midnight of its day in the firm's time zone, so the day is named in `timeZone` too.
    public static func actionsDue(_ pair: PairSnapshot, now: Date, timeZone: TimeZone) -> [Notice] {
        pair.openActions.compactMap { action in
            guard let due = action.dueOn, due <= now.addingTimeInterval(day) else { return nil }
            let owner = action.owner == .mentor ? pair.mentorID : pair.menteeID
            return Notice(organisationID: pair.organisationID, personID: owner,
                          kind: .actionDue, key: "action:\(action.id):\(Int(due.timeIntervalSince1970))", subjectID: action.id,
                          detail: pair.detail(isoDay(due, in: timeZone), for: owner), link: .conversation(action.conversationID))
        }
    }

    /// A request without an answer for five days: the mentor, and the coordinators.
    public static func requestWaiting(_ pair: PairSnapshot, now: Date) -> [Notice] {
        guard let asked = pair.createdAt, now.timeIntervalSince(asked) >= requestDays * day else { return [] }
        let days = "\(Int(now.timeIntervalSince(asked) / day))"
        let mentor = Notice(organisationID: pair.organisationID, personID: pair.mentorID, kind: .requestWaiting, key: "request:\(pair.id)",
                            subjectID: pair.id, detail: pair.detail(days, for: pair.mentorID), link: .pair(pair.id))
        return [mentor] + pair.coordinators.map { coordinator in
            Notice(organisationID: pair.organisationID, personID: coordinator, kind: .requestWaitingCoordinator,
                   key: "request-coordinator:\(pair.id)", subjectID: pair.id, detail: pair.detail(days, for: coordinator),
                   link: .programmeHealth(pair.programmeID))
        }
    }

    /// The date of the last conversation held up to now.
    static func lastHeld(_ pair: PairSnapshot, now: Date) -> Date? {
        pair.conversations.filter { $0.status == .held && $0.date <= now }.map(\.date).max()
    }

    /// `yyyy-MM-dd` of the day `date` falls on in `timeZone`. (Printed in UTC, a due date at
    /// midnight in Amsterdam fell on the day before.)
    static func isoDay(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
