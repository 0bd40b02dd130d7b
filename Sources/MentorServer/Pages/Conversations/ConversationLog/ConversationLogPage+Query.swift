import Fluent
import Foundation
import MentorCore

extension ConversationLogPage {
    enum Query {
        /// What the log page offers, each table read once: the conversation's agenda, the pair's
        /// open action items and goals, the organisation's values in use and its patterns.
        /// Only the mentor reaches this page (the route says so).
        static func model(_ conversation: Conversation, _ context: PairContext, formats: Formats, on db: any Database) async throws -> Model {
            let language = formats.language
            let conversationID = try conversation.requireID()
            let pair = context.pair
            let names = try await PairRows.memberNames(of: pair, on: db)
            let agenda = try await AgendaItem.query(on: db).filter(\.$conversation.$id == conversationID).sort(\.$position).all()
            let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == context.pairID).filter(\.$doneOn == nil)
                .sort(\.$createdAt).all()
            let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == context.pairID).sort(\.$createdAt).all()
            let values = try await CoreValueQuery.all(organisationID: pair.$organisation.id, on: db)
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            return Model(
                id: conversationID, pairID: context.pairID, mentorName: names.mentor, menteeName: names.mentee, at: conversation.scheduledAt,
                agenda: agenda.map { AgendaEntry(id: $0.id!, text: $0.text, author: $0.authorSide, carried: $0.isCarried) },
                openActions: actions.map { OpenAction(id: $0.id!, text: $0.text, owner: $0.ownerSide, due: $0.dueOn) },
                goals: goals.filter { $0.status != .dropped }.map { Choice(value: $0.id!.uuidString, label: $0.title) },
                values: values.filter { $0.retiredAt == nil }.map { Choice(value: $0.id!.uuidString, label: $0.name(in: language)) },
                patterns: vocabulary.patterns.map { Choice(value: $0.key, label: $0.name(language)) },
                form: storedForm(conversation, coveredItems: agenda.filter(\.covered).compactMap(\.id), formats: formats))
        }

        /// The fields filled with what the conversation holds; a planned conversation is offered as held.
        static func storedForm(_ conversation: Conversation, coveredItems: [UUID], formats: Formats) -> Form {
            Form(date: formats.localDay(conversation.scheduledAt), time: formats.timeOfDay(conversation.scheduledAt),
                 durationMinutes: "\(conversation.durationMinutes)", place: conversation.place,
                 status: (conversation.status == .planned ? ConversationStatus.held : conversation.status).rawValue,
                 initiative: conversation.initiatedBy.rawValue, covered: coveredItems.map(\.uuidString),
                 sharedNotes: conversation.sharedNotes, privateNotes: conversation.privateNotes,
                 talkShare: conversation.talkShareEstimate.map { "\(Int(($0 * 100).rounded()))" } ?? "")
        }
    }
}
