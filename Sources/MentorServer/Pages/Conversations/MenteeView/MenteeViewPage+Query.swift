import Fluent
import Foundation
import MentorCore

extension MenteeViewPage {
    enum Query {
        /// The page for the conversation the route wrapper loaded and checked, with the stored
        /// answer (or `form`, what was sent) and whether the mentee switched the questions off.
        static func model(pair: Mentorship, conversation: Conversation, form: Form? = nil, errors: FieldErrors = [:],
                          flash: String? = nil, on db: any Database) async throws -> Model {
            let conversationID = try conversation.requireID()
            let mentorName = try await PairSummaryRows.personName(pair.$mentor.id, on: db)
            let answer = try await MenteeViewAnswer.query(on: db).filter(\.$conversation.$id == conversationID).first()
            let switchedOff = try await isSwitchedOff(pairID: try pair.requireID(), on: db)
            return Model(conversationID: conversationID, mentorName: mentorName, at: conversation.scheduledAt,
                         refusal: MenteeView.refusal(conversation: conversation.status, pairEnded: pair.status == .ended, switchedOff: switchedOff),
                         switchedOff: switchedOff, answeredAt: answer.flatMap { $0.updatedAt ?? $0.createdAt },
                         form: form ?? Form(room: answer.map { "\($0.room)" }, challenge: answer.map { "\($0.challenge)" }),
                         errors: errors, flash: flash)
        }

        static func isSwitchedOff(pairID: UUID, on db: any Database) async throws -> Bool {
            try await MenteeViewPause.query(on: db).filter(\.$mentorship.$id == pairID).first() != nil
        }
    }
}
