import Vapor
import Fluent
import MentorCore

/// The expectations agreement of a pair. Every saved change keeps a revision; a change to
/// an agreement that either side had confirmed asks both to confirm again.
struct AgreementController {
    var endpoints: [Endpoint] {
        [
            Endpoint(.GET, .agreement(.key), pair: [.mentor, .mentee], show),
            Endpoint(.POST, .agreement(.key), pair: [.mentor, .mentee], save),
            Endpoint(.POST, .agreementConfirm(.key), pair: [.mentor, .mentee], confirm),
        ]
    }

    @Sendable func show(_ request: Request, _ context: PairContext) async throws -> Response {
        let model = try await AgreementPage.Query.model(pair: context.pair, place: context.role.place, formats: request.viewer.formats,
                                                        now: request.now, flash: request.takeFlash(), on: request.db)
        return AgreementPage.render(model, viewer: request.viewer).response()
    }

    @Sendable func save(_ request: Request, _ context: PairContext) async throws -> Response {
        try context.requireOpen()
        let language = request.viewer.language
        let formats = request.viewer.formats
        let form = ((try? request.content.decode(AgreementPage.Form.self)) ?? AgreementPage.Form()).trimmed
        let valid: AgreementPage.Form.Valid
        switch form.validated(language, formats: formats, now: request.now) {
        case .failure(let errors):
            let model = try await AgreementPage.Query.model(pair: context.pair, place: context.role.place, formats: formats, now: request.now,
                                                            sent: form, errors: errors.fields, flash: nil, on: request.db)
            return AgreementPage.render(model, viewer: request.viewer).response(status: .unprocessableEntity)
        case .success(let checked):
            valid = checked
        }
        let snapshotText = String(decoding: try JSONEncoder().encode(valid.snapshot(formats: formats)), as: UTF8.self)
        let personID = try request.personID()
        // Read, compared and written in one transaction (the pair locked on PostgreSQL): two first
        // saves make one agreement and two revisions, never a second agreement or revision number.
        let outcome: (changed: Bool, wasConfirmed: Bool) = try await request.writeTransaction { db in
            try await db.lockForUpdate(Mentorship.self, id: context.pairID)
            let agreement = try await Agreement.query(on: db).filter(\.$mentorship.$id == context.pairID).first()
                ?? Agreement(mentorshipID: context.pairID)
            let changed = agreement.id == nil || AgreementPage.Form.Valid(agreement) != valid
            guard changed else { return (false, false) }
            let wasConfirmed = agreement.mentorConfirmedAt != nil || agreement.menteeConfirmedAt != nil
            valid.apply(to: agreement)
            agreement.mentorConfirmedAt = nil
            agreement.menteeConfirmedAt = nil
            agreement.revision += 1
            try await agreement.save(on: db)
            try await AgreementRevision(agreementID: try agreement.requireID(), revision: agreement.revision, snapshot: snapshotText,
                                        editedByID: personID).create(on: db)
            try await request.audit("update", "agreement", id: agreement.id, summary: "revision \(agreement.revision)", on: db)
            // Every change clears both confirmations: the other side is asked to confirm.
            try await Notifier.tell(.agreementChanged, about: context.pair, occurrence: "r\(agreement.revision)", request: request, on: db)
            return (true, wasConfirmed)
        }
        guard outcome.changed else { return request.redirect(to: .agreement(context.pairID)) }
        request.flash(outcome.wasConfirmed ? T.agreementSavedNeedsConfirmation(language) : T.saved(language))
        return request.redirect(to: .agreement(context.pairID))
    }

    @Sendable func confirm(_ request: Request, _ context: PairContext) async throws -> Response {
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
        return request.redirect(to: .agreement(context.pairID))
    }
}
