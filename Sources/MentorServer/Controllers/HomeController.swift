import Vapor
import Fluent
import MentorCore

/// The start page: one section per role the viewer holds.
struct HomeController {
    var endpoints: [Endpoint] {
        [Endpoint(.GET, .home, .anyone, home)]
    }

    @Sendable func home(_ request: Request) async throws -> Response {
        let viewer = request.viewer
        guard let personID = viewer.personID, let organisationID = viewer.organisationID else {
            return request.redirect(to: "/signin")
        }
        var model = HomePage.Model()
        if viewer.has(.mentor) { model.mentees = try await Self.menteeRows(mentorID: personID, now: request.now, on: request.db) }
        if viewer.has(.mentee) { model.mentorships = try await Self.mentorRows(menteeID: personID, now: request.now, on: request.db) }
        if viewer.has(.coordinator) { model.programmes = try await ProgrammeQuery.programmeRows(organisationID: organisationID, on: request.db) }
        if viewer.has(.admin) { model.admin = try await Self.adminFigures(organisationID: organisationID, on: request.db) }
        return HomePage.render(model, viewer: viewer, flash: request.takeFlash()).response()
    }

    /// A mentor's current pairs with the signals the mentor needs at a glance.
    static func menteeRows(mentorID: UUID, now: Date, on db: any Database) async throws -> [HomePage.MenteeRow] {
        let pairs = try await Mentorship.query(on: db)
            .filter(\.$mentor.$id == mentorID)
            .filter(\.$status ~~ [.proposed, .active, .paused])
            .with(\.$mentee)
            .all()
        return try await pairs.asyncMap { pair in
            let pairID = try pair.requireID()
            let conversations = try await Conversation.query(on: db).filter(\.$mentorship.$id == pairID)
                .filter(\.$status != .cancelled).sort(\.$scheduledAt).all()
            let openActions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pairID).filter(\.$doneOn == nil).count()
            let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == pairID).first()
            return HomePage.MenteeRow(
                pairID: pairID, name: pair.mentee.name, status: pair.status,
                lastConversation: conversations.last(where: { $0.status == .held })?.scheduledAt,
                nextConversation: conversations.first(where: { $0.status == .planned && $0.scheduledAt >= now })?.scheduledAt,
                openActions: openActions, agreementDiscussedOn: agreement?.discussedOn)
        }.sorted { $0.name < $1.name }
    }

    static func mentorRows(menteeID: UUID, now: Date, on db: any Database) async throws -> [HomePage.MentorRow] {
        let pairs = try await Mentorship.query(on: db)
            .filter(\.$mentee.$id == menteeID)
            .filter(\.$status ~~ [.proposed, .active, .paused])
            .with(\.$mentor)
            .all()
        return try await pairs.asyncMap { pair in
            let pairID = try pair.requireID()
            let next = try await Conversation.query(on: db).filter(\.$mentorship.$id == pairID)
                .filter(\.$status == .planned).filter(\.$scheduledAt >= now).sort(\.$scheduledAt).first()
            let actions = try await ActionItem.query(on: db).filter(\.$mentorship.$id == pairID)
                .filter(\.$ownerSide == .mentee).filter(\.$doneOn == nil).sort(\.$dueOn).all()
            let goals = try await LearningGoal.query(on: db).filter(\.$mentorship.$id == pairID).sort(\.$createdAt).all()
            return HomePage.MentorRow(
                pairID: pairID, mentorName: pair.mentor.name, status: pair.status, nextConversation: next?.scheduledAt,
                openActions: actions.map { ($0.text, $0.dueOn) },
                goals: goals.map { ($0.title, $0.status) })
        }
    }

    static func adminFigures(organisationID: UUID, on db: any Database) async throws -> HomePage.AdminFigures {
        HomePage.AdminFigures(
            people: try await Person.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$active == true).count(),
            values: try await CoreValue.query(on: db).filter(\.$organisation.$id == organisationID).filter(\.$retiredAt == nil).count(),
            programmes: try await Programme.query(on: db).filter(\.$organisation.$id == organisationID).count())
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
