import Vapor
import Fluent
import MentorCore
import Matching

/// Pairs: formed by a coordinator or requested by a mentee, accepted or declined by the
/// mentor, paused, resumed and ended; and the fit check after the first conversation.
struct MentorshipController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .pairs, .roles([.mentor, .mentee, .coordinator]), list),
            Endpoint(.GET, .pairNew, .roles([.coordinator]), new),
            Endpoint(.POST, .pairs, .roles([.coordinator]), create),
            Endpoint(.GET, .mentors, .roles([.mentee]), findMentor),
            Endpoint(.POST, .pairRequest, .roles([.mentee]), request),
            Endpoint(.GET, .pair(.key), .roles([.mentor, .mentee, .coordinator]), show),
            Endpoint(.POST, .pairAccept(.key), .roles([.mentor]), accept),
            Endpoint(.POST, .pairDecline(.key), .roles([.mentor]), decline),
            Endpoint(.POST, .pairStatus(.key), .roles([.mentor, .coordinator]), changeStatus),
            Endpoint(.POST, .pairFitCheck(.key), .roles([.mentor, .mentee]), fitCheck),
        ]
    }

    // MARK: Queries

    /// The pairs a person sees in their lists: their own as mentor and mentee, and, for a
    /// coordinator, every pair of the organisation.
    static func pairsQuery(viewer: Viewer, on db: any Database) async throws -> PairsPage.Model {
        let personID = try viewer.personID.orThrow()
        let organisationID = try viewer.organisationID.orThrow()
        var model = PairsPage.Model()
        let base = { Mentorship.query(on: db).filter(\.$organisation.$id == organisationID).with(\.$mentor).with(\.$mentee).with(\.$programme).sort(\.$createdAt, .descending) }
        if viewer.has(.mentor) { model.asMentor = try await base().filter(\.$mentor.$id == personID).all().map(PairsPage.Row.init) }
        if viewer.has(.mentee) { model.asMentee = try await base().filter(\.$mentee.$id == personID).all().map(PairsPage.Row.init) }
        if viewer.has(.coordinator) {
            let all = try await base().all()
            model.all = all.map(PairsPage.Row.init)
            let checks = try await FitCheck.query(on: db).join(Mentorship.self, on: \FitCheck.$mentorship.$id == \Mentorship.$id)
                .filter(Mentorship.self, \.$organisation.$id == organisationID).all()
            model.fitCounts = (checks.filter { $0.answer == .goodFit }.count, checks.filter { $0.answer == .notSure }.count,
                               checks.filter { $0.answer == .notAGoodFit }.count, checks.filter { !$0.comment.isEmpty }.count)
        }
        return model
    }

    static func activePairs(mentorID: UUID, on db: any Database) async throws -> Int {
        try await Mentorship.query(on: db).filter(\.$mentor.$id == mentorID).filter(\.$status == .active).count()
    }

    static func roles(of personID: UUID, on db: any Database) async throws -> Set<Role> {
        Set(try await PersonRole.query(on: db).filter(\.$person.$id == personID).all().map(\.role))
    }

    // MARK: Lists

    @Sendable func list(_ request: Request) async throws -> Response {
        let model = try await Self.pairsQuery(viewer: request.viewer, on: request.db)
        return PairsPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func new(_ request: Request) async throws -> Response {
        try await renderNewPair(request, errors: [:], values: [:], status: .ok)
    }

    private func renderNewPair(_ request: Request, errors: FieldErrors, values: [String: String], status: HTTPStatus) async throws -> Response {
        let organisationID = try request.organisationID()
        let people = try await PeopleQuery.all(organisationID: organisationID, on: request.db).filter(\.active)
        let programmes = try await Programme.query(on: request.db).filter(\.$organisation.$id == organisationID).sort(\.$startsOn, .descending).all()
        var load: [UUID: Int] = [:]
        for pair in try await Mentorship.query(on: request.db).filter(\.$organisation.$id == organisationID).filter(\.$status == .active).all() {
            load[pair.$mentor.id, default: 0] += 1
        }
        let model = NewPairPage.Model(
            programmes: programmes.map { ($0.id!, $0.name) },
            mentors: people.filter { $0.roleRows.contains { $0.role == .mentor } }.map { ($0.id!, $0.name, $0.capacity - (load[$0.id!] ?? 0)) },
            mentees: people.filter { $0.roleRows.contains { $0.role == .mentee } }.map { ($0.id!, $0.name) },
            values: values, errors: errors)
        return NewPairPage.render(model, viewer: request.viewer).response(status: status)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        let values = ["programme": request.field("programme"), "mentor": request.field("mentor"), "mentee": request.field("mentee")]
        var errors: FieldErrors = [:]
        let programme = try await request.optionalUUID("programme").asyncFlatMap {
            try await Programme.query(on: request.db).filter(\.$id == $0).filter(\.$organisation.$id == organisationID).first()
        }
        if programme == nil { errors["programme"] = T.chooseProgramme(language) }
        let mentor = try await request.optionalUUID("mentor").asyncFlatMap { try await Self.member($0, organisationID, on: request.db) }
        let mentee = try await request.optionalUUID("mentee").asyncFlatMap { try await Self.member($0, organisationID, on: request.db) }
        if mentor == nil { errors["mentor"] = T.choosePerson(language) }
        if mentee == nil { errors["mentee"] = T.choosePerson(language) }
        guard errors.isEmpty, let programme, let mentor, let mentee else {
            return try await renderNewPair(request, errors: errors, values: values, status: .unprocessableEntity)
        }
        let pair = Mentorship(organisationID: organisationID, programmeID: programme.id!, mentorID: mentor.id!, menteeID: mentee.id!,
                              status: .active, startedOn: request.now)
        do {
            // Checked and written in one transaction, so two coordinators cannot both fill the last place.
            try await request.writeTransaction { db in
                try await Self.checkNewPair(programmeID: programme.id!, mentor: mentor, mentee: mentee, on: db)
                try await Self.checkCapacity(mentorID: mentor.id!, on: db)
                try await pair.create(on: db)
                try await request.audit("create", "mentorship", id: pair.id, summary: "pair formed by coordinator", on: db)
            }
        } catch let problem as WorkflowProblem {
            errors[problem == .notAMentee ? "mentee" : "mentor"] = T.workflowProblem(problem)(language)
            return try await renderNewPair(request, errors: errors, values: values, status: .unprocessableEntity)
        }
        request.flash(T.pairCreated(language))
        return request.redirect(to: "/mentorships/\(pair.id!)")
    }

    static func member(_ id: UUID, _ organisationID: UUID, on db: any Database) async throws -> Person? {
        try await Person.query(on: db).filter(\.$id == id).filter(\.$organisation.$id == organisationID).filter(\.$active == true).first()
    }

    /// Roles and duplicates; capacity is checked where the pair becomes active. Inside a write
    /// transaction, after the mentor is locked, so two identical requests make one pair.
    static func checkNewPair(programmeID: UUID, mentor: Person, mentee: Person, on db: any Database) async throws {
        if mentor.id == mentee.id { throw WorkflowProblem.samePerson }
        try await db.lockForUpdate(Person.self, id: mentor.id!)
        guard try await roles(of: mentor.id!, on: db).contains(.mentor) else { throw WorkflowProblem.notAMentor }
        guard try await roles(of: mentee.id!, on: db).contains(.mentee) else { throw WorkflowProblem.notAMentee }
        let existing = try await Mentorship.query(on: db).filter(\.$programme.$id == programmeID)
            .filter(\.$mentor.$id == mentor.id!).filter(\.$mentee.$id == mentee.id!).filter(\.$status != .ended).count()
        if existing > 0 { throw WorkflowProblem.pairExists }
    }

    // MARK: A mentee asks a mentor

    @Sendable func findMentor(_ request: Request) async throws -> Response {
        try await renderFindMentor(request, error: nil, status: .ok)
    }

    private func renderFindMentor(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let organisationID = try request.organisationID()
        let me = try request.personID()
        let people = try await PeopleQuery.all(organisationID: organisationID, on: request.db)
            .filter { $0.active && $0.id != me && $0.roleRows.contains { $0.role == .mentor } }
        var load: [UUID: Int] = [:]
        for pair in try await Mentorship.query(on: request.db).filter(\.$organisation.$id == organisationID).filter(\.$status == .active).all() {
            load[pair.$mentor.id, default: 0] += 1
        }
        let programmes = try await Self.runningProgrammes(organisationID: organisationID, now: request.now, on: request.db)
        // Where mentees choose, their three best suggestions come first, each with the reasons.
        var suggestions: [FindMentorPage.Suggestion] = []
        if let choosing = programmes.first(where: \.letsMenteesChoose) {
            let round = try await MatchingController.round(programme: choosing, organisationID: organisationID, onlyMentee: me, on: request.db)
            if let mentee = round.mentees.first {
                let settings = choosing.matchingSettings
                suggestions = round.mentors.compactMap { mentor -> FindMentorPage.Suggestion? in
                    guard case .allowed(let score, let parts) = Scoring.score(mentee, mentor, weights: settings.weights, rules: settings.rules),
                          let id = UUID(uuidString: mentor.id), let person = round.people[id] else { return nil }
                    return FindMentorPage.Suggestion(id: id, name: person.name, score: score, why: MatchExplanation.words(parts, language: request.viewer.language))
                }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.name < $1.name }.prefix(3).map { $0 }
            }
        }
        let model = FindMentorPage.Model(
            mentors: people.compactMap { person in
                let left = person.capacity - (load[person.id!] ?? 0)
                return left > 0 ? FindMentorPage.Mentor(id: person.id!, name: person.name, seniority: person.seniority,
                                                        practiceGroup: person.practiceGroup, expertise: person.expertise, placesLeft: left) : nil
            },
            programmes: programmes.map { ($0.id!, $0.name) }, suggestions: suggestions, error: error)
        return FindMentorPage.render(model, viewer: request.viewer).response(status: status)
    }

    static func runningProgrammes(organisationID: UUID, now: Date, on db: any Database) async throws -> [Programme] {
        return try await Programme.query(on: db).filter(\.$organisation.$id == organisationID)
            .filter(\.$endsOn >= now).sort(\.$startsOn, .descending).all()
    }

    @Sendable func request(_ request: Request) async throws -> Response {
        let organisationID = try request.organisationID()
        let language = request.viewer.language
        guard let mentee = try await Person.find(try request.personID(), on: request.db),
              let mentor = try await request.optionalUUID("mentor").asyncFlatMap({ try await Self.member($0, organisationID, on: request.db) })
        else { return try await renderFindMentor(request, error: T.choosePerson(language), status: .unprocessableEntity) }
        let running = try await Self.runningProgrammes(organisationID: organisationID, now: request.now, on: request.db)
        guard let programme = running.first(where: { $0.id == request.optionalUUID("programme") }) ?? running.first else {
            return try await renderFindMentor(request, error: T.chooseProgramme(language), status: .unprocessableEntity)
        }
        let pair = Mentorship(organisationID: organisationID, programmeID: programme.id!, mentorID: mentor.id!, menteeID: mentee.id!, status: .proposed)
        pair.requestedBy = .mentee
        do {
            try await request.writeTransaction { db in
                try await Self.checkNewPair(programmeID: programme.id!, mentor: mentor, mentee: mentee, on: db)
                try await Self.checkCapacity(mentorID: mentor.id!, on: db)
                try await pair.create(on: db)
                try await request.audit("request", "mentorship", id: pair.id, summary: "mentee asked a mentor", on: db)
            }
        } catch let problem as WorkflowProblem {
            return try await renderFindMentor(request, error: T.workflowProblem(problem)(language), status: .unprocessableEntity)
        }
        request.flash(T.requestSent(language))
        return request.redirect(to: "/mentorships")
    }

    // MARK: One pair

    @Sendable func show(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee, .coordinator])
        let pair = context.pair
        try await pair.$mentor.load(on: request.db)
        try await pair.$mentee.load(on: request.db)
        try await pair.$programme.load(on: request.db)
        let conversations = try await Conversation.query(on: request.db).filter(\.$mentorship.$id == context.pairID).sort(\.$scheduledAt, .descending).all()
        let agreement = try await Agreement.query(on: request.db).filter(\.$mentorship.$id == context.pairID).first()
        var model = PairPage.Model(
            id: context.pairID, role: context.role, mentorName: pair.mentor.name, menteeName: pair.mentee.name,
            programmeName: pair.programme.name, status: pair.status, requestedBy: pair.requestedBy, startedOn: pair.startedOn,
            endedOn: pair.endedOn, endReason: pair.endReason, declineReason: pair.declineReason,
            agreementStatus: AgreementStatus.of(exists: agreement != nil, discussedOn: agreement?.discussedOn,
                                                mentorConfirmed: agreement?.mentorConfirmedAt != nil, menteeConfirmed: agreement?.menteeConfirmedAt != nil),
            agreementDiscussedOn: agreement?.discussedOn,
            conversations: conversations.map { ($0.id!, $0.scheduledAt, $0.status, $0.initiatedBy) },
            heldCount: conversations.filter { $0.status == .held }.count)
        if context.role != .coordinator {
            let vocabulary = try await Vocabulary.load(organisationID: try request.organisationID(), on: request.db)
            model.goals = try await LearningGoal.query(on: request.db).filter(\.$mentorship.$id == context.pairID).sort(\.$createdAt).all()
                .map { ($0.id!, $0.title, $0.status, vocabulary.themeName($0.theme, request.viewer.language)) }
            model.openActions = try await ActionItem.query(on: request.db).filter(\.$mentorship.$id == context.pairID)
                .filter(\.$doneOn == nil).sort(\.$dueOn).all().map { ($0.text, $0.ownerSide, $0.dueOn) }
            if let side = context.role.side {
                model.fitCheck = try await FitCheck.query(on: request.db).filter(\.$mentorship.$id == context.pairID).filter(\.$side == side).first()?.answer
            }
        }
        return PairPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response()
    }

    @Sendable func accept(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor])
        try await request.writeTransaction { db in
            // Read again under the lock: a second accept of the same request, or of another one
            // that took the mentor's last place, sees what the first one wrote.
            let pair = try await Self.locked(context.pairID, on: db)
            guard pair.status == .proposed else { throw UserError(.conflict, T.workflowProblem(.statusChangeNotAllowed(from: pair.status, to: .active))) }
            try await Self.checkCapacity(of: pair, on: db)
            pair.status = .active
            pair.startedOn = request.now
            try await pair.save(on: db)
            try await request.audit("accept", "mentorship", id: pair.id, summary: "mentor accepted the request", on: db)
        }
        request.flash(T.accepted(request.viewer.language))
        return request.redirect(to: "/mentorships/\(context.pairID)")
    }

    @Sendable func decline(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor])
        let reason = request.field("reason")
        try await request.writeTransaction { db in
            let pair = try await Self.locked(context.pairID, on: db)
            guard pair.status == .proposed else { throw UserError(.conflict, T.workflowProblem(.statusChangeNotAllowed(from: pair.status, to: .ended))) }
            pair.status = .ended
            pair.endedOn = request.now
            pair.declineReason = reason.isEmpty ? nil : reason
            try await pair.save(on: db)
            try await request.audit("decline", "mentorship", id: pair.id, summary: "mentor declined the request", on: db)
        }
        request.flash(T.declined(request.viewer.language))
        return request.redirect(to: "/mentorships")
    }

    @Sendable func changeStatus(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .coordinator])
        guard let target = MentorshipStatus(rawValue: request.field("to")), target != .proposed else { throw PageError.badRequest }
        let reason = request.field("reason")
        try await request.writeTransaction { db in
            let pair = try await Self.locked(context.pairID, on: db)
            try Self.refuse { try PairRules.checkMove(from: pair.status, to: target, reason: reason) }
            if target == .active { try await Self.checkCapacity(of: pair, on: db) }
            let previous = pair.status
            pair.status = target
            if target == .ended {
                pair.endedOn = request.now
                pair.endReason = reason
            }
            try await pair.save(on: db)
            try await request.audit("status", "mentorship", id: pair.id, summary: "\(previous.rawValue) -> \(target.rawValue)", on: db)
        }
        request.flash(T.statusChanged(request.viewer.language))
        return request.redirect(to: "/mentorships/\(context.pairID)")
    }

    @Sendable func fitCheck(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        try context.requireOpen()
        guard let answer = FitAnswer(rawValue: request.field("answer")), let side = context.role.side else { throw PageError.badRequest }
        let held = try await Conversation.query(on: request.db).filter(\.$mentorship.$id == context.pairID).filter(\.$status == .held).count()
        if held == 0 { throw UserError(.conflict, T.workflowProblem(.fitCheckTooEarly)) }
        let comment = request.field("comment")
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
        return request.redirect(to: "/mentorships/\(context.pairID)")
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
        let active = try await activePairs(mentorID: mentorID, on: db)
        try PairRules.checkCapacity(activePairs: active, capacity: mentor.capacity)
    }

    /// The pair read again inside a write transaction, locked on PostgreSQL.
    static func locked(_ pairID: UUID, on db: any Database) async throws -> Mentorship {
        try await db.lockForUpdate(Mentorship.self, id: pairID)
        guard let pair = try await Mentorship.find(pairID, on: db) else { throw PageError.notFound }
        return pair
    }

    /// Runs a rule check and turns its refusal into a page with the reader's message.
    static func refuse(_ check: () throws -> Void) throws {
        do { try check() } catch let problem as WorkflowProblem { throw UserError(.conflict, T.workflowProblem(problem)) }
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
