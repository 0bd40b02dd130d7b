import Vapor
import Fluent
import MentorCore
import Transcripts

/// Everything the product holds about one person, for their download. A mentor's private
/// notes and talk-share estimates are included only in that mentor's own download; scores and
/// observations about a mentee are in both the mentor's (as author) and the mentee's (as the
/// person concerned).
struct PersonalData: Content {
    struct Profile: Codable {
        var name, email, organisation: String
        var roles: [String]
        var language: String?
        var seniority: String?
        var practiceGroup: String
        var expertise: [String]
        var languages: [String]
        var capacity: Int
        var lineManager: String?
        /// Whether any e-mail comes at all (kept for older readers of the download).
        var remindersByEmail: Bool
        var active: Bool
        /// The account's e-mail choice (`EmailChoice`: `email`, `reminders` or `app`); nil in older downloads.
        var emailChoice: String? = nil
        /// The person's own time zone (IANA identifier); nil: the firm's. Every moment in the
        /// download is in UTC (ISO 8601 with `Z`); pages and e-mails show it in this zone.
        var timeZone: String? = nil
    }
    struct Agenda: Codable { var text: String; var addedBy: String; var covered: Bool }
    struct Action: Codable { var text: String; var owner: String; var dueOn: Date?; var doneOn: Date? }
    struct Score: Codable { var value: String; var score: Int; var behaviour: String }
    struct Observation: Codable { var pattern: String; var effect: String; var note: String }
    /// The stored figures as they are kept; nil when they cannot be read as a transcript's figures.
    struct Transcript: Codable { var format: String; var mentorShare: Double; var figures: StoredTranscriptFigures?; var text: String? }
    struct ConversationRecord: Codable {
        var scheduledAt: Date
        var durationMinutes: Int
        var place: String
        var status: String
        var initiatedBy: String
        var sharedNotes: String
        /// Present only in the download of the pair's mentor.
        var privateNotes: String?
        /// The mentor's own estimate of their talk share: for the mentor only, like the notes.
        var talkShareEstimate: Double?
        var agenda: [Agenda]
        var actions: [Action]
        var valueScores: [Score]
        var observations: [Observation]
        var transcript: Transcript?
    }
    struct Evidence: Codable { var conversationOn: Date?; var text: String }
    struct Goal: Codable {
        var title, description, successCriteria, status: String
        var theme: String?
        var targetDate: Date?
        var mentorComment: String
        var evidence: [Evidence]
    }
    struct Agreement: Codable {
        var menteeExpectations, mentorExpectations, frequency, duration, whoPlans, preparation, confidentiality: String
        var discussedOn: Date?
        var revision: Int
    }
    struct Pair: Codable {
        var programme: String
        var role: String
        var otherPerson: String
        var status: String
        var startedOn: Date?
        var endedOn: Date?
        var endReason: String?
        var declineReason: String?
        var agreement: Agreement?
        var conversations: [ConversationRecord]
        var goals: [Goal]
        var fitCheck: [String]
    }
    struct Pulse: Codable { var round: Int; var value: Int; var improvement: String; var answeredAt: Date? }
    struct Preference: Codable { var kind: String; var person: String; var rank: Int }
    struct ReflectionRecord: Codable { var from, to: Date; var initiative, expectations, coreValues, learningGoals: String }
    struct NotificationRecord: Codable { var kind: String; var detail: String; var createdAt: Date?; var readAt: Date? }
    struct AuditRecord: Codable { var at: Date?; var action, entity, summary: String }
    /// The mentee's own answers to their two questions (issue 14); never in the mentor's download.
    struct MenteeViewRecord: Codable { var conversationOn: Date?; var room: Int; var challenge: Int; var answeredAt: Date? }

    var exportedAt: Date
    var profile: Profile
    var pairs: [Pair]
    var pulseAnswers: [Pulse]
    var matchingPreferences: [Preference]
    var reflections: [ReflectionRecord]
    var notifications: [NotificationRecord]
    var actionsInAuditLog: [AuditRecord]
    var menteeViewAnswers: [MenteeViewRecord] = []

    /// Core-value names are given in `language`, the reader's.
    static func collect(personID: UUID, language: Language, now: Date, on db: any Database) async throws -> PersonalData {
        guard let person = try await Person.query(on: db).filter(\.$id == personID).with(\.$roleRows).first() else { throw PageError.notFound }
        let organisation = try await Organisation.find(person.organisationID, on: db)
        let manager = try await person.$manager.get(on: db)
        let pairs = try await Mentorship.query(on: db).group(.or) { $0.filter(\.$mentor.$id == personID).filter(\.$mentee.$id == personID) }
            .with(\.$programme).with(\.$mentor).with(\.$mentee).sort(\.$createdAt).all()
        let values = try await CoreValue.query(on: db).filter(\.$organisation.$id == person.organisationID).all()
        var records: [Pair] = []
        for pair in pairs {
            let isMentor = pair.$mentor.id == personID
            let conversations = try await Conversation.query(on: db).filter(\.$mentorship.$id == pair.id!).sort(\.$scheduledAt).all()
            let ids = conversations.compactMap(\.id)
            let agenda = try await AgendaItem.query(on: db).filter(\.$conversation.$id ~~ ids).sort(\.$position).all()
            let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pair.id!).all()
            let scores = try await ValueScore.query(on: db).filter(\.$conversation.$id ~~ ids).all()
            let observations = try await AttitudeObservation.query(on: db).filter(\.$conversation.$id ~~ ids).all()
            let transcripts = try await TranscriptAnalysis.query(on: db).filter(\.$conversation.$id ~~ ids).all()
            let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == pair.id!).sort(\.$createdAt).all()
            let evidence = try await GoalEvidence.query(on: db).filter(\.$goal.$id ~~ goals.compactMap(\.id)).all()
            let agreement = try await MentorServer.Agreement.query(on: db).filter(\.$mentorship.$id == pair.id!).first()
            let fits = try await FitCheck.query(on: db).filter(\.$mentorship.$id == pair.id!).filter(\.$side == (isMentor ? .mentor : .mentee)).all()
            records.append(Pair(
                programme: pair.programme.name, role: isMentor ? "mentor" : "mentee", otherPerson: isMentor ? pair.mentee.name : pair.mentor.name,
                status: pair.status.rawValue, startedOn: pair.startedOn, endedOn: pair.endedOn, endReason: pair.endReason, declineReason: pair.declineReason,
                agreement: agreement.map {
                    Agreement(menteeExpectations: $0.menteeExpectations, mentorExpectations: $0.mentorExpectations, frequency: $0.frequency, duration: $0.duration,
                              whoPlans: $0.whoPlans, preparation: $0.preparation, confidentiality: $0.confidentiality, discussedOn: $0.discussedOn, revision: $0.revision)
                },
                conversations: conversations.map { conversation in
                    let id = conversation.id!
                    let transcript = transcripts.first { $0.$conversation.id == id }
                    return ConversationRecord(
                        scheduledAt: conversation.scheduledAt, durationMinutes: conversation.durationMinutes, place: conversation.place,
                        status: conversation.status.rawValue, initiatedBy: conversation.initiatedBy.rawValue, sharedNotes: conversation.sharedNotes,
                        privateNotes: isMentor ? conversation.privateNotes : nil,
                        talkShareEstimate: isMentor ? conversation.talkShareEstimate : nil,
                        agenda: agenda.filter { $0.$conversation.id == id }.map { Agenda(text: $0.text, addedBy: $0.authorSide.rawValue, covered: $0.covered) },
                        actions: actions.filter { $0.$conversation.id == id }.map { Action(text: $0.text, owner: $0.ownerSide.rawValue, dueOn: $0.dueOn, doneOn: $0.doneOn) },
                        valueScores: scores.filter { $0.$conversation.id == id }.map { score in
                            Score(value: values.first { $0.id == score.$coreValue.id }.map { language == .nl ? $0.nameNL : $0.nameEN } ?? "", score: score.score, behaviour: score.behaviour)
                        },
                        observations: observations.filter { $0.$conversation.id == id }.map { Observation(pattern: $0.pattern, effect: $0.effect.rawValue, note: $0.note) },
                        transcript: transcript.map { Transcript(format: $0.format, mentorShare: $0.mentorShare, figures: $0.storedFigures, text: $0.rawText) })
                },
                goals: goals.map { goal in
                    Goal(title: goal.title, description: goal.description, successCriteria: goal.successCriteria, status: goal.status.rawValue, theme: goal.theme,
                         targetDate: goal.targetDate, mentorComment: goal.mentorComment,
                         evidence: evidence.filter { $0.$goal.id == goal.id }.map { item in
                             Evidence(conversationOn: conversations.first { $0.id == item.$conversation.id }?.scheduledAt, text: item.text)
                         })
                },
                fitCheck: fits.map { "\($0.answer.rawValue): \($0.comment)" }))
        }
        let pulses = try await PulseResponse.query(on: db).filter(\.$person.$id == personID).all()
        let menteePairs = pairs.filter { $0.$mentee.id == personID }.compactMap(\.id)
        let menteeAnswers = menteePairs.isEmpty ? [] : try await MenteeViewAnswer.query(on: db).filter(\.$mentorship.$id ~~ menteePairs)
            .with(\.$conversation).all()
        let preferences = try await MatchingPreference.query(on: db).filter(\.$person.$id == personID).with(\.$target).all()
        let reflections = try await Reflection.query(on: db).filter(\.$mentor.$id == personID).all()
        let notifications = try await Notification.query(on: db).filter(\.$person.$id == personID).sort(\.$createdAt).all()
        let audit = try await AuditEvent.query(on: db).filter(\.$actor.$id == personID).sort(\.$createdAt).all()
        var data = PersonalData(
            exportedAt: now,
            profile: Profile(name: person.name, email: person.email, organisation: organisation?.name ?? "", roles: person.roleRows.map(\.role.rawValue).sorted(),
                             language: person.language?.rawValue, seniority: person.seniority?.rawValue, practiceGroup: person.practiceGroup,
                             expertise: person.expertise, languages: person.languages, capacity: person.capacity, lineManager: manager?.name,
                             remindersByEmail: person.notifyByEmail, active: person.active, emailChoice: EmailChoice(person).rawValue,
                             timeZone: person.timeZone),
            pairs: records,
            pulseAnswers: pulses.map { Pulse(round: $0.round, value: $0.value, improvement: $0.improvement, answeredAt: $0.createdAt) },
            matchingPreferences: preferences.map { Preference(kind: $0.kind.rawValue, person: $0.target.name, rank: $0.rank) },
            reflections: reflections.map { ReflectionRecord(from: $0.periodFrom, to: $0.periodTo, initiative: $0.initiative, expectations: $0.expectations,
                                                             coreValues: $0.coreValues, learningGoals: $0.learningGoals) },
            notifications: notifications.map { NotificationRecord(kind: $0.kind, detail: $0.detail, createdAt: $0.createdAt, readAt: $0.readAt) },
            actionsInAuditLog: audit.map { AuditRecord(at: $0.createdAt, action: $0.action, entity: $0.entity, summary: $0.summary) })
        data.menteeViewAnswers = menteeAnswers.map {
            MenteeViewRecord(conversationOn: $0.conversation.scheduledAt, room: $0.room, challenge: $0.challenge, answeredAt: $0.updatedAt ?? $0.createdAt)
        }
        return data
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
