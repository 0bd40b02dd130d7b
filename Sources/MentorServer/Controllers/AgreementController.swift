import Vapor
import Fluent
import MentorCore

/// The expectations agreement of a pair. Every saved change keeps a revision; a change to
/// an agreement that either side had confirmed asks both to confirm again.
struct AgreementController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .agreement(.key), .roles([.mentor, .mentee]), show),
            Endpoint(.POST, .agreement(.key), .roles([.mentor, .mentee]), save),
            Endpoint(.POST, .agreementConfirm(.key), .roles([.mentor, .mentee]), confirm),
        ]
    }

    static let fields = ["menteeExpectations", "mentorExpectations", "frequency", "duration", "whoPlans", "preparation", "confidentiality"]

    @Sendable func show(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        return try await render(request, context: context, values: nil, errors: [:], status: .ok)
    }

    private func render(_ request: Request, context: PairContext, values: [String: String]?, errors: FieldErrors, status: HTTPStatus) async throws -> Response {
        let agreement = try await Agreement.query(on: request.db).filter(\.$mentorship.$id == context.pairID).first()
        let revisions = try await agreement.asyncFlatMap { agreement in
            try await AgreementRevision.query(on: request.db).filter(\.$agreement.$id == agreement.id!).with(\.$editedBy).sort(\.$revision, .descending).all()
        } ?? []
        try await context.pair.$mentor.load(on: request.db)
        try await context.pair.$mentee.load(on: request.db)
        let formats = request.viewer.formats
        let current = agreement.map(Self.values(of:)) ?? [:]
        let model = AgreementPage.Model(
            pairID: context.pairID, role: context.role, open: context.pair.status != .ended,
            mentorName: context.pair.mentor.name, menteeName: context.pair.mentee.name,
            values: values ?? current.merging(["discussedOn": agreement?.discussedOn.map(formats.isoDay) ?? ""]) { a, _ in a },
            status: AgreementStatus.of(exists: agreement != nil, discussedOn: agreement?.discussedOn,
                                       mentorConfirmed: agreement?.mentorConfirmedAt != nil, menteeConfirmed: agreement?.menteeConfirmedAt != nil),
            discussedOn: agreement?.discussedOn, mentorConfirmedAt: agreement?.mentorConfirmedAt, menteeConfirmedAt: agreement?.menteeConfirmedAt,
            revisions: revisions.map { ($0.revision, $0.createdAt ?? request.now, $0.editedBy?.name ?? "") },
            errors: errors)
        return AgreementPage.render(model, viewer: request.viewer, flash: request.takeFlash()).response(status: status)
    }

    static func values(of agreement: Agreement) -> [String: String] {
        ["menteeExpectations": agreement.menteeExpectations, "mentorExpectations": agreement.mentorExpectations,
         "frequency": agreement.frequency, "duration": agreement.duration, "whoPlans": agreement.whoPlans,
         "preparation": agreement.preparation, "confidentiality": agreement.confidentiality]
    }

    @Sendable func save(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        try context.requireOpen()
        let language = request.viewer.language
        var values: [String: String] = [:]
        for field in Self.fields { values[field] = request.field(field) }
        let discussedText = request.field("discussedOn")
        values["discussedOn"] = discussedText
        var errors: FieldErrors = [:]
        var discussedOn: Date?
        if !discussedText.isEmpty {
            discussedOn = request.viewer.formats.parseDay(discussedText)
            if discussedOn == nil { errors["discussedOn"] = T.invalidDay(language) }
            else if discussedOn! > request.now { errors["discussedOn"] = T.workflowProblem(.heldInFuture)(language) }
        }
        if values["menteeExpectations"]!.isEmpty && values["mentorExpectations"]!.isEmpty {
            errors["menteeExpectations"] = T.required(language)
        }
        guard errors.isEmpty else { return try await render(request, context: context, values: values, errors: errors, status: .unprocessableEntity) }

        var snapshot = values
        snapshot["discussedOn"] = discussedOn.map(request.viewer.formats.isoDay) ?? ""
        let snapshotText = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        let personID = try request.personID()
        let captured = values, discussed = discussedOn
        // Read, compared and written in one transaction (the pair locked on PostgreSQL): two first
        // saves make one agreement and two revisions, never a second agreement or revision number.
        let outcome: (changed: Bool, wasConfirmed: Bool) = try await request.writeTransaction { db in
            try await db.lockForUpdate(Mentorship.self, id: context.pairID)
            let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == context.pairID).first()
                ?? Agreement(mentorshipID: context.pairID)
            let before = Self.values(of: agreement)
            let changed = agreement.id == nil || Self.fields.contains { before[$0] != captured[$0] } || agreement.discussedOn != discussed
            guard changed else { return (false, false) }
            let wasConfirmed = agreement.mentorConfirmedAt != nil || agreement.menteeConfirmedAt != nil
            agreement.menteeExpectations = captured["menteeExpectations"]!
            agreement.mentorExpectations = captured["mentorExpectations"]!
            agreement.frequency = captured["frequency"]!
            agreement.duration = captured["duration"]!
            agreement.whoPlans = captured["whoPlans"]!
            agreement.preparation = captured["preparation"]!
            agreement.confidentiality = captured["confidentiality"]!
            agreement.discussedOn = discussed
            agreement.mentorConfirmedAt = nil
            agreement.menteeConfirmedAt = nil
            agreement.revision += 1
            try await agreement.save(on: db)
            try await AgreementRevision(agreementID: agreement.id!, revision: agreement.revision, snapshot: snapshotText, editedByID: personID).create(on: db)
            try await request.audit("update", "agreement", id: agreement.id, summary: "revision \(agreement.revision)", on: db)
            return (true, wasConfirmed)
        }
        guard outcome.changed else { return request.redirect(to: "/mentorships/\(context.pairID)/agreement") }
        request.flash(outcome.wasConfirmed ? T.agreementSavedNeedsConfirmation(language) : T.saved(language))
        return request.redirect(to: "/mentorships/\(context.pairID)/agreement")
    }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let context = try await request.pairContext(allow: [.mentor, .mentee])
        try context.requireOpen()
        // Read inside the transaction, so a save and a confirmation at the same moment apply one after the other.
        try await request.writeTransaction { db in
            try await db.lockForUpdate(Mentorship.self, id: context.pairID)
            guard let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == context.pairID).first(),
                  agreement.discussedOn != nil
            else { throw UserError(.conflict, T.confirmNeedsDiscussion) }
            if context.role == .mentor { agreement.mentorConfirmedAt = request.now } else { agreement.menteeConfirmedAt = request.now }
            try await agreement.save(on: db)
            try await request.audit("confirm", "agreement", id: agreement.id, summary: "confirmed by \(context.role.side?.rawValue ?? "")", on: db)
        }
        request.flash(T.agreementConfirmed(request.viewer.language))
        return request.redirect(to: "/mentorships/\(context.pairID)/agreement")
    }
}
