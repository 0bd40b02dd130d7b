import Vapor
import Fluent
import MentorCore

/// The pulse survey: each member of an active pair answers two questions once per interval.
struct PulseController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .pulse(.key), .roles([.mentor, .mentee]), form),
            Endpoint(.POST, .pulse(.key), .roles([.mentor, .mentee]), answer),
        ]
    }

    /// The round the viewer may answer now for this pair, if any.
    static func openRound(_ pair: Mentorship, personID: UUID, now: Date, on db: any Database) async throws -> Int? {
        guard pair.status == .active else { return nil }
        let programme = try await pair.$programme.get(on: db)
        let answered = try await PulseResponse.query(on: db).filter(\.$mentorship.$id == pair.id!).filter(\.$person.$id == personID).all(\.$round)
        return PulseSchedule.openRound(startedOn: pair.startedOn ?? pair.createdAt ?? now, now: now, intervalDays: programme.pulseIntervalDays,
                                       answeredRounds: Set(answered))
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        let round = try await Self.openRound(context.pair, personID: try request.personID(), now: request.now, on: request.db)
        let other = try await (context.isMentor ? context.pair.$mentee : context.pair.$mentor).get(on: request.db)
        return PulsePage.render(pairID: context.pairID, otherName: other.name, open: round != nil, value: nil, improvement: "", error: nil,
                                viewer: request.viewer).response()
    }

    @Sendable func answer(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        let language = request.viewer.language
        let personID = try request.personID()
        let other = try await (context.isMentor ? context.pair.$mentee : context.pair.$mentor).get(on: request.db)
        guard let round = try await Self.openRound(context.pair, personID: personID, now: request.now, on: request.db) else {
            return PulsePage.render(pairID: context.pairID, otherName: other.name, open: false, value: nil, improvement: "",
                                    error: T.pulseNotOpen(language), viewer: request.viewer).response(status: .conflict)
        }
        let value = Int(request.field("value"))
        let improvement = request.field("improvement")
        var error: String?
        if value == nil || !(1...5).contains(value!) { error = T.pulseValueMissing(language) }
        else if improvement.count > 1000 { error = T.pulseImprovementTooLong(language) }
        if let error {
            return PulsePage.render(pairID: context.pairID, otherName: other.name, open: true, value: value, improvement: improvement,
                                    error: error, viewer: request.viewer).response(status: .unprocessableEntity)
        }
        let response = PulseResponse(mentorshipID: context.pairID, programmeID: context.pair.$programme.id, personID: personID,
                                     round: round, value: value!, improvement: improvement)
        do { try await response.create(on: request.db) } catch let failure as any DatabaseError where failure.isConstraintFailure {
            // Sent twice (a double click): the first answer counts.
        }
        try await Notification.query(on: request.db).filter(\.$person.$id == personID).filter(\.$key == "pulse:\(context.pairID):\(round)")
            .set(\.$readAt, to: request.now).update()
        request.flash(T.pulseThanks(language))
        return request.redirect(to: "/")
    }
}
