import Vapor
import Fluent
import MentorCore

/// The mentee's two questions about a held conversation (issue 14): only the pair's mentee
/// answers, once per conversation (a second answer corrects the first), and can switch the
/// questions off and on again.
struct MenteeViewController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .menteeView(.key), pair: [.mentee], of: .conversation, show),
            Endpoint(.POST, .menteeView(.key), pair: [.mentee], of: .conversation, answer),
            Endpoint(.POST, .menteeViewSetting(.key), pair: [.mentee], of: .conversation, setting),
        ]
    }

    @Sendable func show(_ request: Request, _ context: PairContext) async throws -> Response {
        let model = try await MenteeViewPage.Query.model(pair: context.pair, conversation: try context.conversation,
                                                         flash: request.takeFlash(), on: request.db)
        return MenteeViewPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func answer(_ request: Request, _ context: PairContext) async throws -> Response {
        let language = request.viewer.language
        let conversation = try context.conversation
        let conversationID = try conversation.requireID()
        let pairID = context.pairID
        let switchedOff = try await MenteeViewPage.Query.isSwitchedOff(pairID: pairID, on: request.db)
        if let refusal = MenteeView.refusal(conversation: conversation.status, pairEnded: context.pair.status == .ended, switchedOff: switchedOff) {
            throw UserError(.conflict, T.menteeViewRefusal(refusal))
        }
        let form = (try? request.content.decode(MenteeViewPage.Form.self)) ?? MenteeViewPage.Form()
        switch form.validated(language) {
        case .failure(let errors):
            let model = try await MenteeViewPage.Query.model(pair: context.pair, conversation: conversation, form: form,
                                                             errors: errors.fields, on: request.db)
            return MenteeViewPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            let corrected = try await request.writeTransaction { db -> Bool in
                // Two answers sent at once queue on the conversation's row (PostgreSQL) or the write
                // lock (SQLite); the unique index on the conversation holds either way.
                try await db.lockForUpdate(Conversation.self, id: conversationID)
                if let existing = try await MenteeViewAnswer.query(on: db).filter(\.$conversation.$id == conversationID).first() {
                    existing.room = valid.room
                    existing.challenge = valid.challenge
                    try await existing.save(on: db)
                    return true
                }
                try await MenteeViewAnswer(mentorshipID: pairID, conversationID: conversationID, room: valid.room, challenge: valid.challenge)
                    .create(on: db)
                return false
            }
            request.flash(corrected ? T.menteeViewCorrected(language) : T.menteeViewSaved(language))
            return request.redirect(to: .menteeView(conversationID))
        }
    }

    @Sendable func setting(_ request: Request, _ context: PairContext) async throws -> Response {
        let language = request.viewer.language
        let conversationID = try context.conversation.requireID()
        let pairID = context.pairID
        let form = (try? request.content.decode(MenteeViewPage.SettingForm.self)) ?? MenteeViewPage.SettingForm()
        let switchOff: Bool
        switch form.validated(language) {
        // Only the page's own two buttons send this; anything else is refused with the message.
        case .failure: throw UserError(.unprocessableEntity, T.menteeViewSettingInvalid)
        case .success(let off): switchOff = off
        }
        try await request.writeTransaction { db in
            let existing = try await MenteeViewPause.query(on: db).filter(\.$mentorship.$id == pairID).first()
            if switchOff, existing == nil {
                try await MenteeViewPause(mentorshipID: pairID).create(on: db)
            } else if !switchOff, let existing {
                try await existing.delete(on: db)
            }
        }
        request.flash(switchOff ? T.menteeViewSwitchedOff(language) : T.menteeViewSwitchedOn(language))
        return request.redirect(to: .menteeView(conversationID))
    }
}
