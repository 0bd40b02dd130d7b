import Vapor
import Fluent
import MentorCore
import Matching

/// Matching in the product: the coordinator's proposal for a programme, locks and
/// exclusions, publishing; and each person's wishes.
struct MatchingController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .matching(programme: .key), record: Programme.self, roles: [.coordinator], review),
            Endpoint(.POST, .matchingMark(programme: .key), record: Programme.self, roles: [.coordinator], mark),
            Endpoint(.POST, .matchingPublish(programme: .key), record: Programme.self, roles: [.coordinator], publish),
            Endpoint(.GET, .accountPreferences, .roles([.mentor, .mentee]), preferences),
            Endpoint(.POST, .accountPreferences, .roles([.mentor, .mentee]), savePreferences),
        ]
    }

    @Sendable func review(_ request: Request, _ programme: Programme) async throws -> Response {
        let model = try await MatchingPage.Query.model(programme: programme, organisationID: try request.organisationID(),
                                                       language: request.viewer.language, flash: request.takeFlash(), on: request.db)
        return MatchingPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func mark(_ request: Request, _ programme: Programme) async throws -> Response {
        let organisationID = try request.organisationID()
        let programmeID = try programme.requireID()
        let form = (try? request.content.decode(MatchingPage.MarkForm.self)) ?? MatchingPage.MarkForm()
        guard case .success(let valid) = form.validated(request.viewer.language),
              let mentee = try await PairRows.member(valid.menteeID, organisationID: organisationID, on: request.db),
              let mentor = try await PairRows.member(valid.mentorID, organisationID: organisationID, on: request.db),
              let menteeID = mentee.id, let mentorID = mentor.id
        else { throw PageError.badRequest }
        try await request.writeTransaction { db in
            try await MatchingMark.query(on: db).filter(\.$programme.$id == programmeID).filter(\.$mentee.$id == menteeID)
                .filter(\.$mentor.$id == mentorID).delete()
            if valid.action == .lock {
                // One locked mentor per mentee.
                try await MatchingMark.query(on: db).filter(\.$programme.$id == programmeID).filter(\.$mentee.$id == menteeID)
                    .filter(\.$mark == .locked).delete()
            }
            if valid.action != .clear {
                try await MatchingMark(programmeID: programmeID, menteeID: menteeID, mentorID: mentorID,
                                       mark: valid.action == .lock ? .locked : .excluded).create(on: db)
            }
            try await request.audit("matching_\(valid.action.rawValue)", "programme", id: programmeID, summary: "matching round adjusted", on: db)
        }
        return request.redirect(to: .matching(programme: programmeID))
    }

    @Sendable func publish(_ request: Request, _ programme: Programme) async throws -> Response {
        let organisationID = try request.organisationID()
        let programmeID = try programme.requireID()
        let round = try await MatchingRound.load(programme: programme, organisationID: organisationID, on: request.db)
        let count = round.proposal.pairs.count
        try await request.writeTransaction { db in
            for pair in round.proposal.pairs {
                guard let menteeID = UUID(uuidString: pair.mentee), let mentorID = UUID(uuidString: pair.mentor) else { continue }
                try await Mentorship(organisationID: organisationID, programmeID: programmeID, mentorID: mentorID, menteeID: menteeID,
                                     status: .proposed).create(on: db)
            }
            try await MatchingMark.query(on: db).filter(\.$programme.$id == programmeID).delete()
            try await request.audit("matching_publish", "programme", id: programmeID, summary: "\(count) proposed pairs", on: db)
        }
        request.flash(T.published(count)(request.viewer.language))
        return request.redirect(to: .pairs)
    }

    // MARK: Wishes

    @Sendable func preferences(_ request: Request) async throws -> Response {
        let model = try await PreferencesPage.Query.model(viewer: request.viewer, flash: request.takeFlash(), on: request.db)
        return PreferencesPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func savePreferences(_ request: Request) async throws -> Response {
        let me = try request.personID()
        let organisationID = try request.organisationID()
        let people = Set(try await Person.query(on: request.db).filter(\.$organisation.$id == organisationID).all().compactMap(\.id)).subtracting([me])
        let form = (try? request.content.decode(PreferencesPage.Form.self)) ?? PreferencesPage.Form()
        guard case .success(let valid) = form.validated(request.viewer.language, people: people,
                                                        isMentee: request.viewer.has(.mentee), isMentor: request.viewer.has(.mentor))
        else { throw PageError.badRequest }
        try await request.writeTransaction { db in
            try await MatchingPreference.query(on: db).filter(\.$person.$id == me).delete()
            for (rank, id) in valid.wishes.enumerated() { try await MatchingPreference(personID: me, kind: .wish, targetID: id, rank: rank + 1).create(on: db) }
            for id in valid.avoid { try await MatchingPreference(personID: me, kind: .avoid, targetID: id, rank: 0).create(on: db) }
            for (rank, id) in valid.preferred.enumerated() { try await MatchingPreference(personID: me, kind: .prefer, targetID: id, rank: rank + 1).create(on: db) }
            try await request.audit("update", "matching_preferences", id: me, summary: "matching wishes saved", on: db)
        }
        request.flash(T.saved(request.viewer.language))
        return request.redirect(to: .accountPreferences)
    }
}
