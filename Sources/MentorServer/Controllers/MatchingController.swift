import Vapor
import Fluent
import MentorCore
import Matching

/// Matching in the product: the coordinator's proposal for a programme, locks and
/// exclusions, publishing and undoing a published round; each person's wishes, and a mentor's
/// availability and own capacity.
struct MatchingController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .matching(programme: .key), record: Programme.self, roles: [.coordinator], review),
            Endpoint(.POST, .matchingMark(programme: .key), record: Programme.self, roles: [.coordinator], mark),
            Endpoint(.POST, .matchingPublish(programme: .key), record: Programme.self, roles: [.coordinator], publish),
            Endpoint(.POST, .matchingUndo(programme: .key), record: Programme.self, roles: [.coordinator], undo),
            Endpoint(.GET, .accountAvailability, .roles([.mentor]), availability),
            Endpoint(.POST, .accountAvailability, .roles([.mentor]), saveAvailability),
            Endpoint(.GET, .accountPreferences, .roles([.mentor, .mentee]), preferences),
            Endpoint(.POST, .accountPreferences, .roles([.mentor, .mentee]), savePreferences),
        ]
    }

    @Sendable func review(_ request: Request, _ programme: Programme) async throws -> Response {
        let model = try await MatchingPage.Query.model(programme: programme, organisationID: try request.organisationID(), now: request.now,
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

    /// Publishes the round as proposed pairs, all or none, kept together as a `PublishedRound`.
    /// The round is read again inside the write, and a mentee who already has an open pair in the
    /// programme, or with the same mentor anywhere, is refused (409) with nothing written: never a
    /// second pair.
    @Sendable func publish(_ request: Request, _ programme: Programme) async throws -> Response {
        let organisationID = try request.organisationID()
        let programmeID = try programme.requireID()
        let count = try await request.writeTransaction { db in
            let round = try await MatchingRound.load(programme: programme, organisationID: organisationID, now: request.now, on: db)
            let proposed = round.proposal.pairs.compactMap { pair -> (mentee: UUID, mentor: UUID)? in
                guard let menteeID = UUID(uuidString: pair.mentee), let mentorID = UUID(uuidString: pair.mentor) else { return nil }
                return (menteeID, mentorID)
            }
            let open = proposed.isEmpty ? [] : try await Mentorship.query(on: db).filter(\.$mentee.$id ~~ proposed.map(\.mentee))
                .filter(\.$status ~~ MatchingRound.openStatuses).all()
            for pair in proposed where open.contains(where: { $0.$mentee.id == pair.mentee && ($0.$programme.id == programmeID || $0.$mentor.id == pair.mentor) }) {
                throw UserError(.conflict, T.menteeAlreadyPaired(round.people[pair.mentee]?.name ?? ""))
            }
            let published = PublishedRound(organisationID: organisationID, programmeID: programmeID, publishedBy: try request.personID(),
                                           publishedAt: request.now, pairCount: proposed.count)
            try await published.create(on: db)
            for pair in proposed {
                let mentorship = Mentorship(organisationID: organisationID, programmeID: programmeID, mentorID: pair.mentor, menteeID: pair.mentee,
                                            status: .proposed)
                mentorship.roundID = try published.requireID()
                try await mentorship.create(on: db)
            }
            try await MatchingMark.query(on: db).filter(\.$programme.$id == programmeID).delete()
            try await Notifier.tellProposals(of: programmeID, request: request, on: db)
            try await request.audit("matching_publish", "programme", id: programmeID, summary: "\(proposed.count) proposed pairs", on: db)
            return proposed.count
        }
        request.flash(T.publishedForBoth(count)(request.viewer.language))
        return request.redirect(to: .pairs)
    }

    /// The coordinator undoes a published round while nobody in it has accepted
    /// (`PairMoves.checkUndo`): its proposals still open end as withdrawn, and its mentees are
    /// back in matching. Once someone accepted it is refused (409) with the reason, and nothing changes.
    @Sendable func undo(_ request: Request, _ programme: Programme) async throws -> Response {
        let programmeID = try programme.requireID()
        let form = (try? request.content.decode(MatchingPage.UndoForm.self)) ?? MatchingPage.UndoForm()
        guard let roundID = form.roundID else { throw PageError.badRequest }
        let count = try await request.writeTransaction { db in
            try await db.lockForUpdate(PublishedRound.self, id: roundID)
            guard let round = try await PublishedRound.query(on: db).filter(\.$id == roundID).filter(\.$programme.$id == programmeID).first()
            else { throw UserError(.notFound, T.roundNotFound) }
            let pairs = try await Mentorship.query(on: db).filter(\.$roundID == roundID).all()
            do { try PairMoves.checkUndo(pairs.map(\.standing), undone: round.undoneAt != nil) } catch let problem as RoundUndoProblem {
                throw UserError(.conflict, T.roundUndoProblem(problem))
            }
            let open = pairs.filter { $0.status == .proposed }
            for pair in open {
                pair.status = .ended
                pair.endedOn = request.now
                pair.endReason = PairMoves.roundUndoneReason
                try await pair.save(on: db)
            }
            round.undoneAt = request.now
            try await round.save(on: db)
            try await Notifier.tellRoundUndone(roundID, programme: programme, pairs: open, request: request, on: db)
            try await request.audit("matching_undo", "programme", id: programmeID, summary: "\(open.count) proposed pairs", on: db)
            return open.count
        }
        request.flash(T.roundUndone(count)(request.viewer.language))
        return request.redirect(to: .matching(programme: programmeID))
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

    // MARK: Availability

    @Sendable func availability(_ request: Request) async throws -> Response {
        let model = try await AvailabilityPage.Query.model(personID: try request.personID(), formats: request.viewer.formats, now: request.now,
                                                           flash: request.takeFlash(), on: request.db)
        return AvailabilityPage.render(model, viewer: request.viewer).response()
    }

    /// A mentor's "not available until" and own capacity, checked by `Availability`; a bad value
    /// shows the form again with its message (422) and changes nothing.
    @Sendable func saveAvailability(_ request: Request) async throws -> Response {
        let me = try request.personID()
        let form = (try? request.content.decode(AvailabilityPage.Form.self)) ?? AvailabilityPage.Form()
        guard let person = try await Person.find(me, on: request.db),
              let organisation = try await Organisation.find(person.$organisation.id, on: request.db) else { throw PageError.notFound }
        switch form.validated(request.viewer.formats, now: request.now, maximum: organisation.maxCapacity, current: person.capacity) {
        case .failure(let errors):
            let model = try await AvailabilityPage.Query.model(personID: me, formats: request.viewer.formats, now: request.now,
                                                               form: form, errors: errors.fields, on: request.db)
            return AvailabilityPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let valid):
            try await request.writeTransaction { db in
                try await Person.query(on: db).filter(\.$id == me)
                    .set(\.$unavailableUntil, to: valid.unavailableUntil).set(\.$capacity, to: valid.capacity).update()
                try await request.audit("update", "person", id: me, summary: "availability changed", on: db)
            }
            request.flash(T.saved(request.viewer.language))
            return request.redirect(to: .accountAvailability)
        }
    }
}
