import Vapor
import Fluent
import MentorCore

/// The pulse survey: each member of an active pair answers two questions once per interval.
struct PulseController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .pulse(.key), pair: [.mentor, .mentee], form),
            Endpoint(.POST, .pulse(.key), pair: [.mentor, .mentee], answer),
        ]
    }

    @Sendable func form(_ request: Request, _ context: PairContext) async throws -> Response {
        let round = try await PulsePage.Query.openRound(context.pair, personID: try request.personID(), now: request.now, on: request.db)
        let other = try await PulsePage.Query.otherName(context.pair, place: context.role.place, on: request.db)
        return PulsePage.render(.init(pairID: context.pairID, otherName: other, open: round != nil), viewer: request.viewer).response()
    }

    @Sendable func answer(_ request: Request, _ context: PairContext) async throws -> Response {
        let language = request.viewer.language
        let personID = try request.personID()
        let other = try await PulsePage.Query.otherName(context.pair, place: context.role.place, on: request.db)
        guard let round = try await PulsePage.Query.openRound(context.pair, personID: personID, now: request.now, on: request.db) else {
            return PulsePage.render(.init(pairID: context.pairID, otherName: other, open: false, error: T.pulseNotOpen(language)),
                                    viewer: request.viewer).response(status: .conflict)
        }
        let form = (try? request.content.decode(PulsePage.Form.self)) ?? PulsePage.Form()
        let valid: PulsePage.Form.Valid
        switch form.validated(language) {
        case .failure(let errors):
            let shown = PulsePage.Form(value: form.value, improvement: form.trimmedImprovement)
            return PulsePage.render(.init(pairID: context.pairID, otherName: other, open: true, form: shown, error: errors.fields.values.first),
                                    viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let checked):
            valid = checked
        }
        let response = PulseResponse(mentorshipID: context.pairID, programmeID: context.pair.$programme.id, personID: personID,
                                     round: round, value: valid.value, improvement: valid.improvement)
        do { try await response.create(on: request.db) } catch let failure as any DatabaseError where failure.isConstraintFailure {
            // Sent twice (a double click): the first answer counts.
        }
        try await Notification.query(on: request.db).filter(\.$person.$id == personID).filter(\.$key == "pulse:\(context.pairID):\(round)")
            .set(\.$readAt, to: request.now).update()
        request.flash(T.pulseThanks(language))
        return request.redirect(to: .home)
    }
}
