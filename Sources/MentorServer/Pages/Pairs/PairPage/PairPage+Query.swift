import Fluent
import Foundation
import MentorCore

extension PairPage {
    enum Query {
        /// The pair page for the viewer's place; every table read once, whatever the number of
        /// conversations, goals and actions. A coordinator's page reads no content.
        static func model(pair: Mentorship, place: PairPlace, language: Language, flash: String?, on db: any Database) async throws -> Model {
            let pairID = try pair.requireID()
            let names = try await PairRows.memberNames(of: pair, on: db)
            let programme = try await Programme.find(pair.$programme.id, on: db)
            let conversations = try await Conversation.query(on: db).filter(\.$mentorship.$id == pairID)
                .sort(\.$scheduledAt, .descending).all()
            let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == pairID).first()
            var model = Model(
                id: pairID, place: place, mentorName: names.mentor, menteeName: names.mentee, programmeName: programme?.name ?? "",
                status: pair.status, requestedBy: pair.requestedBy, startedOn: pair.startedOn,
                endedOn: pair.endedOn, endReason: pair.endReason, declineReason: pair.declineReason,
                agreementStatus: AgreementReview.status(agreement.map(PairRows.record)),
                agreementDiscussedOn: agreement?.discussedOn,
                conversations: conversations.compactMap { conversation in
                    conversation.id.map { .init(id: $0, at: conversation.scheduledAt, status: conversation.status, initiative: conversation.initiatedBy) }
                },
                flash: flash)
            model.standing = pair.standing
            model.declinedBy = pair.declinedBy
            guard place.isMember else { return model }
            let vocabulary = try await Vocabulary.load(organisationID: pair.$organisation.id, on: db)
            model.goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == pairID).sort(\.$createdAt).all()
                .compactMap { goal in goal.id.map { .init(id: $0, title: goal.title, status: goal.status, theme: vocabulary.themeName(goal.theme, language)) } }
            model.openActions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pairID)
                .filter(\.$doneOn == nil).sort(\.$dueOn).all().map { .init(text: $0.text, owner: $0.ownerSide, due: $0.dueOn) }
            if let side = place.side {
                model.fitCheck = try await FitCheck.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$side == side).first()?.answer
            }
            return model
        }
    }
}
