import Vapor
import Fluent
import MentorCore
import Matching

/// Pairs: formed by a coordinator or requested by a mentee, accepted or declined by the
/// mentor (and by the mentee when matching proposed it), withdrawn, paused, resumed and ended;
/// and the fit check after the first conversation.
struct MentorshipController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .pairs, .roles([.mentor, .mentee, .coordinator]), list),
            Endpoint(.GET, .pairNew, .roles([.coordinator]), new),
            Endpoint(.POST, .pairs, .roles([.coordinator]), create),
            Endpoint(.GET, .mentors, .roles([.mentee]), findMentor),
            Endpoint(.POST, .pairRequest, .roles([.mentee]), request),
            Endpoint(.GET, .pair(.key), pair: [.mentor, .mentee, .coordinator], show),
            Endpoint(.POST, .pairAccept(.key), pair: [.mentor, .mentee], accept),
            Endpoint(.POST, .pairDecline(.key), pair: [.mentor, .mentee], decline),
            Endpoint(.POST, .pairWithdraw(.key), pair: [.mentee], withdraw),
            Endpoint(.POST, .pairWithdrawProposal(.key), pair: [.coordinator], withdrawProposal),
            Endpoint(.POST, .pairStatus(.key), pair: [.mentor, .coordinator], changeStatus),
            Endpoint(.POST, .pairFitCheck(.key), pair: [.mentor, .mentee], fitCheck),
        ]
    }

    /// The fields of the status, decline and fit check forms.
    struct MoveForm: Content, Sendable {
        var to: String?
        var reason: String?
        var answer: String?
        var comment: String?

        var trimmedReason: String { (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        var trimmedComment: String { (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    // MARK: Lists

    @Sendable func list(_ request: Request) async throws -> Response {
        let filter = (try? request.query.decode(PairsPage.Filter.self))?.cleaned ?? PairsPage.Valid()
        let model = try await PairsPage.Query.model(viewer: request.viewer, filter: filter, flash: request.takeFlash(), on: request.db)
        return PairsPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        let model = try await NewPairPage.Query.model(organisationID: try request.organisationID(), on: request.db)
        return NewPairPage.render(model, viewer: request.viewer).response()
    }

    private func refuseNewPair(_ request: Request, _ form: NewPairPage.Form, _ errors: FieldErrors) async throws -> Response {
        let model = try await NewPairPage.Query.model(organisationID: try request.organisationID(), form: form, errors: errors, on: request.db)
        return NewPairPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let form = ((try? request.content.decode(NewPairPage.Form.self)) ?? NewPairPage.Form())
        var errors: FieldErrors = [:]
        var valid: NewPairPage.Form.Valid?
        switch form.validated(language) {
        case .failure(let failure): errors = failure.fields
        case .success(let checked): valid = checked
        }
        let programme = try await NewPairPage.Form.id(form.programme).asyncFlatMap {
            try await Programme.query(on: request.db).filter(\.$id == $0).filter(\.$organisation.$id == organisationID).first()
        }
        if programme == nil { errors["programme"] = T.chooseProgramme(language) }
        let mentor = try await valid.asyncFlatMap { try await PairRows.member($0.mentorID, organisationID: organisationID, on: request.db) }
        let mentee = try await valid.asyncFlatMap { try await PairRows.member($0.menteeID, organisationID: organisationID, on: request.db) }
        if mentor == nil { errors["mentor"] = T.choosePerson(language) }
        if mentee == nil { errors["mentee"] = T.choosePerson(language) }
        guard errors.isEmpty, let programme, let mentor, let mentee,
              let programmeID = programme.id, let mentorID = mentor.id, let menteeID = mentee.id
        else { return try await refuseNewPair(request, form, errors) }
        let pair = Mentorship(organisationID: organisationID, programmeID: programmeID, mentorID: mentorID, menteeID: menteeID,
                              status: .active, startedOn: request.now)
        do {
            // Checked and written in one transaction, so two coordinators cannot both fill the last place.
            try await request.writeTransaction { db in
                try await Self.checkNewPair(programmeID: programmeID, mentor: mentor, mentee: mentee, on: db)
                try await Self.checkCapacity(mentorID: mentorID, on: db)
                try await pair.create(on: db)
                try await request.audit("create", "mentorship", id: pair.id, summary: "pair formed by coordinator", on: db)
                try await Notifier.tell(.pairFormed, about: pair, extra: [programme.name], request: request, on: db)
            }
        } catch let problem as WorkflowProblem {
            errors[problem == .notAMentee ? "mentee" : "mentor"] = T.workflowProblem(problem)(language)
            return try await refuseNewPair(request, form, errors)
        }
        request.flash(T.pairCreated(language))
        return request.redirect(to: .pair(try pair.requireID()))
    }

    static func roles(of personID: UUID, on db: any Database) async throws -> Set<Role> {
        Set(try await PersonRole.query(on: db).filter(\.$person.$id == personID).all().map(\.role))
    }

    /// Roles and duplicates; capacity is checked where the pair becomes active. Inside a write
    /// transaction, after the mentor is locked, so two identical requests make one pair. The same
    /// two people never have two open pairs, in this programme or another (a unique index on
    /// open pairs, migration 017, guards it as well).
    static func checkNewPair(programmeID: UUID, mentor: Person, mentee: Person, on db: any Database) async throws {
        let mentorID = try mentor.requireID(), menteeID = try mentee.requireID()
        if mentorID == menteeID { throw WorkflowProblem.samePerson }
        try await db.lockForUpdate(Person.self, id: mentorID)
        guard try await roles(of: mentorID, on: db).contains(.mentor) else { throw WorkflowProblem.notAMentor }
        guard try await roles(of: menteeID, on: db).contains(.mentee) else { throw WorkflowProblem.notAMentee }
        let existing = try await Mentorship.query(on: db)
            .filter(\.$mentor.$id == mentorID).filter(\.$mentee.$id == menteeID).filter(\.$status != .ended).count()
        if existing > 0 { throw WorkflowProblem.pairExists }
    }

    // MARK: A mentee asks a mentor

    @Sendable func findMentor(_ request: Request) async throws -> Response {
        try await renderFindMentor(request, error: nil, status: .ok)
    }

    private func renderFindMentor(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let model = try await FindMentorPage.Query.model(organisationID: try request.organisationID(), menteeID: try request.personID(),
                                                         language: request.viewer.language, now: request.now, error: error, on: request.db)
        return FindMentorPage.render(model, viewer: request.viewer).response(status: status)
    }

    @Sendable func request(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let form = ((try? request.content.decode(FindMentorPage.Form.self)) ?? FindMentorPage.Form())
        guard case .success(let valid) = form.validated(language),
              let mentee = try await Person.find(try request.personID(), on: request.db),
              let mentor = try await PairRows.member(valid.mentorID, organisationID: organisationID, on: request.db),
              let mentorID = mentor.id, let menteeID = mentee.id
        else { return try await renderFindMentor(request, error: T.choosePerson(language), status: .unprocessableEntity) }
        let running = try await PairRows.runningProgrammes(organisationID: organisationID, now: request.now, on: request.db)
        guard let programme = running.first(where: { $0.id == valid.programmeID }) ?? running.first, let programmeID = programme.id else {
            return try await renderFindMentor(request, error: T.chooseProgramme(language), status: .unprocessableEntity)
        }
        if let until = Availability.awayUntil(mentor.unavailableUntil, now: request.now) {
            return try await renderFindMentor(request, error: T.mentorUnavailable(request.viewer.formats.longDate(until))(language),
                                              status: .unprocessableEntity)
        }
        let pair = Mentorship(organisationID: organisationID, programmeID: programmeID, mentorID: mentorID, menteeID: menteeID, status: .proposed)
        pair.requestedBy = .mentee
        pair.menteeAcceptedAt = request.now
        do {
            try await request.writeTransaction { db in
                try await Self.checkNewPair(programmeID: programmeID, mentor: mentor, mentee: mentee, on: db)
                try await Self.checkCapacity(mentorID: mentorID, on: db)
                try await pair.create(on: db)
                try await request.audit("request", "mentorship", id: pair.id, summary: "mentee asked a mentor", on: db)
                try await Notifier.tell(.requestReceived, about: pair, request: request, on: db)
            }
        } catch let problem as WorkflowProblem {
            return try await renderFindMentor(request, error: T.workflowProblem(problem)(language), status: .unprocessableEntity)
        }
        request.flash(T.requestSent(language))
        return request.redirect(to: .pairs)
    }

    // MARK: One pair

    @Sendable func show(_ request: Request, _ context: PairContext) async throws -> Response {
        let model = try await PairPage.Query.model(pair: context.pair, place: context.role.place, language: request.viewer.language,
                                                   flash: request.takeFlash(), on: request.db)
        return PairPage.render(model, viewer: request.viewer).response()
    }

    /// A member says yes. A request starts at the mentor's yes; a pair proposed by matching when
    /// the second of mentor and mentee says yes (`PairStanding.afterAccepting`), with the mentor's
    /// capacity checked then.
    @Sendable func accept(_ request: Request, _ context: PairContext) async throws -> Response {
        guard let side = context.role.side else { throw PageError.forbidden }
        let (outcome, origin) = try await request.writeTransaction { db in
            // Read again under the lock: a second accept of the same request, or of another one
            // that took the mentor's last place, sees what the first one wrote.
            let pair = try await Self.locked(context.pairID, on: db)
            let standing = pair.standing
            try Self.refuse { try PairMoves.check(.accept, status: pair.status, place: context.role.place, standing: standing) }
            let outcome = standing.afterAccepting(by: side)
            if outcome == .startsPair { try await Self.checkCapacity(of: pair, on: db) }
            if side == .mentor { pair.mentorAcceptedAt = request.now } else { pair.menteeAcceptedAt = request.now }
            if outcome == .startsPair {
                pair.status = .active
                pair.startedOn = request.now
            }
            try await pair.save(on: db)
            let what = standing.origin == .request ? "request" : "proposal"
            try await request.audit("accept", "mentorship", id: pair.id, summary: "\(side.rawValue) accepted the \(what)", on: db)
            try await Notifier.tell(.requestAccepted, about: pair, request: request, on: db)
            return (outcome, standing.origin)
        }
        switch outcome {
        case .startsPair: request.flash((origin == .request ? T.accepted : T.proposalStarted)(request.viewer.language))
        case .waitsFor(let other): request.flash(T.acceptedWaitingFor(other)(request.viewer.language))
        }
        return request.redirect(to: .pair(context.pairID))
    }

    /// A member says no to a proposed pair: the mentor to a request or proposal, the mentee to a
    /// proposal (her own request she withdraws). The pair ends with the optional reason and who declined.
    @Sendable func decline(_ request: Request, _ context: PairContext) async throws -> Response {
        guard let side = context.role.side else { throw PageError.forbidden }
        let reason = ((try? request.content.decode(MoveForm.self)) ?? MoveForm()).trimmedReason
        let origin = try await request.writeTransaction { db in
            let pair = try await Self.locked(context.pairID, on: db)
            let standing = pair.standing
            try Self.refuse { try PairMoves.check(.decline, status: pair.status, place: context.role.place, standing: standing) }
            pair.status = .ended
            pair.endedOn = request.now
            pair.declineReason = reason.isEmpty ? nil : reason
            pair.declinedBy = side
            try await pair.save(on: db)
            let what = standing.origin == .request ? "request" : "proposal"
            try await request.audit("decline", "mentorship", id: pair.id, summary: "\(side.rawValue) declined the \(what)", on: db)
            try await Notifier.tell(.requestDeclined, about: pair, request: request, on: db)
            return standing.origin
        }
        request.flash((origin == .request ? T.declined : T.proposalDeclined)(request.viewer.language))
        return request.redirect(to: .pairs)
    }

    /// A coordinator takes back a pair matching proposed, before it started (also after one side's yes).
    @Sendable func withdrawProposal(_ request: Request, _ context: PairContext) async throws -> Response {
        try await request.writeTransaction { db in
            let pair = try await Self.locked(context.pairID, on: db)
            try Self.refuse { try PairMoves.check(.withdrawProposal, status: pair.status, place: context.role.place, standing: pair.standing) }
            pair.status = .ended
            pair.endedOn = request.now
            pair.endReason = PairMoves.proposalWithdrawnReason
            try await pair.save(on: db)
            try await request.audit("withdraw", "mentorship", id: pair.id, summary: "coordinator withdrew the proposal", on: db)
            let programme = try await Programme.find(pair.$programme.id, on: db)
            try await Notifier.tell(.proposalWithdrawn, about: pair, extra: [programme?.name ?? ""], request: request, on: db)
        }
        request.flash(T.proposalWithdrawn(request.viewer.language))
        return request.redirect(to: .pair(context.pairID))
    }

    /// The mentee takes back a request (or proposal) the mentor has not accepted yet: the pair
    /// ends with the reason "withdrawn by the mentee", and the mentor is told.
    @Sendable func withdraw(_ request: Request, _ context: PairContext) async throws -> Response {
        let pair = try await request.writeTransaction { db in
            let pair = try await Self.locked(context.pairID, on: db)
            try Self.refuse { try PairMoves.check(.withdraw, status: pair.status, place: context.role.place, standing: pair.standing) }
            pair.status = .ended
            pair.endedOn = request.now
            pair.endReason = PairMoves.withdrawnReason
            try await pair.save(on: db)
            try await request.audit("withdraw", "mentorship", id: pair.id, summary: "mentee withdrew the request", on: db)
            return pair
        }
        // After the write: the notification is written once per person and key by itself.
        let mentee = try await Person.find(pair.$mentee.id, on: request.db)
        try await Notifier.notify(.init(organisationID: pair.$organisation.id, personID: pair.$mentor.id, kind: .requestWithdrawn,
                                        key: "withdrawn:\(context.pairID)", subjectID: context.pairID,
                                        detail: ReminderRules.Detail(value: "", names: [mentee?.name ?? ""]).encoded,
                                        link: SiteURL.pair(context.pairID).path),
                                  now: request.now, settings: request.application.settings.mail, timeZone: request.application.settings.timeZone,
                                  on: request.db)
        request.flash(T.withdrawn(request.viewer.language))
        return request.redirect(to: .pairs)
    }

    @Sendable func changeStatus(_ request: Request, _ context: PairContext) async throws -> Response {
        let form = ((try? request.content.decode(MoveForm.self)) ?? MoveForm())
        guard let target = MentorshipStatus(rawValue: (form.to ?? "").trimmingCharacters(in: .whitespaces)), target != .proposed else {
            throw PageError.badRequest
        }
        let reason = form.trimmedReason
        try await request.writeTransaction { db in
            let pair = try await Self.locked(context.pairID, on: db)
            _ = try Self.refuse {
                try PairMoves.check(from: pair.status, to: target, place: context.role.place, standing: pair.standing, reason: reason)
            }
            if target == .active { try await Self.checkCapacity(of: pair, on: db) }
            let previous = pair.status
            pair.status = target
            if target == .ended {
                pair.endedOn = request.now
                pair.endReason = reason
            }
            try await pair.save(on: db)
            try await request.audit("status", "mentorship", id: pair.id, summary: "\(previous.rawValue) -> \(target.rawValue)", on: db)
            try await Notifier.tell(pairMovedFrom: previous, to: target, about: pair, request: request, on: db)
            // Paused or ended: its planned conversations ahead leave both calendars, in this same write.
            try await request.cancelPlannedConversations(of: context.pairID, movedFrom: previous, to: target, on: db)
        }
        request.flash(T.statusChanged(request.viewer.language))
        return request.redirect(to: .pair(context.pairID))
    }

    @Sendable func fitCheck(_ request: Request, _ context: PairContext) async throws -> Response {
        let form = ((try? request.content.decode(MoveForm.self)) ?? MoveForm())
        try context.requireOpen()
        guard let answer = FitAnswer(rawValue: (form.answer ?? "").trimmingCharacters(in: .whitespaces)), let side = context.role.side else {
            throw PageError.badRequest
        }
        let held = try await Conversation.query(on: request.db).filter(\.$mentorship.$id == context.pairID).filter(\.$status == .held).count()
        try Self.refuse { try PairMoves.checkFitCheck(status: context.pair.status, heldConversations: held) }
        let comment = form.trimmedComment
        // One answer per side (a unique index): looked up and written in one transaction.
        try await request.writeTransaction { db in
            try await db.lockForUpdate(Mentorship.self, id: context.pairID)
            let check = try await FitCheck.query(on: db).filter(\.$mentorship.$id == context.pairID).filter(\.$side == side).first()
                ?? FitCheck(mentorshipID: context.pairID, side: side, answer: answer, comment: "")
            check.answer = answer
            check.comment = comment
            try await check.save(on: db)
            try await request.audit("fit_check", "mentorship", id: context.pairID, summary: "fit check answered by \(side.rawValue)", on: db)
        }
        request.flash(T.fitCheckSaved(request.viewer.language))
        return request.redirect(to: .pair(context.pairID))
    }

    /// Refuses, with the reader's message, to make another pair of this mentor active when they are full.
    /// Inside a write transaction.
    static func checkCapacity(of pair: Mentorship, on db: any Database) async throws {
        do { try await checkCapacity(mentorID: pair.$mentor.id, on: db) } catch let problem as WorkflowProblem {
            throw UserError(.conflict, T.workflowProblem(problem))
        }
    }

    /// Inside a write transaction: locks the mentor (on PostgreSQL; SQLite's immediate transaction
    /// already excludes every other writer), then counts their active pairs against their capacity,
    /// so two accepts can never both take the last place. Throws `WorkflowProblem.mentorAtCapacity`.
    static func checkCapacity(mentorID: UUID, on db: any Database) async throws {
        try await db.lockForUpdate(Person.self, id: mentorID)
        guard let mentor = try await Person.find(mentorID, on: db) else { throw PageError.notFound }
        let active = try await Mentorship.query(on: db).filter(\.$mentor.$id == mentorID).filter(\.$status == .active).count()
        try PairRules.checkCapacity(activePairs: active, capacity: mentor.capacity)
    }

    /// The pair read again inside a write transaction, locked on PostgreSQL.
    static func locked(_ pairID: UUID, on db: any Database) async throws -> Mentorship {
        try await db.lockForUpdate(Mentorship.self, id: pairID)
        guard let pair = try await Mentorship.find(pairID, on: db) else { throw PageError.notFound }
        return pair
    }

    /// Runs a rule check and turns its refusal into a page with the reader's message.
    @discardableResult
    static func refuse<Value>(_ check: () throws -> Value) throws -> Value {
        do { return try check() } catch let problem as WorkflowProblem { throw UserError(.conflict, T.workflowProblem(problem)) }
    }
}

extension Optional {
    func orThrow() throws -> Wrapped {
        guard let value = self else { throw PageError.notFound }
        return value
    }

    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
